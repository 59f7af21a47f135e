package com.example.perf;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import com.example.ConsumerWithSyncCommit;
import com.example.ConsumerWithSyncOffsetCommit;
import com.example.SimpleConsumer;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;

/**
 * 3.4.2 컨슈머 API — 주요 옵션, measured (smaller than the producer lab): the book's consumers read a backlog of
 * records from the beginning with different {@code max.poll.records} and {@code fetch.min.bytes}, and with
 * per-record {@code commitSync(map)}; then {@link SimpleConsumer} (auto commit, like the tool),
 * {@link ConsumerWithSyncCommit} and Kafka's own {@code ConsumerPerformance} ({@code kafka-consumer-perf-test.sh})
 * read the same topic back to back with the same options.
 *
 * <p>Run: {@code ./mvnw -q -pl performance-lab exec:java -Dexec.mainClass=com.example.perf.ConsumerTuningLab}
 * ({@code -Dlab.consumerRecords=500000 -Dlab.consumerSyncRecords=3000}). Writes
 * {@code performance-lab/target/perf/consumer.csv}.
 *
 * <p>The clock of a row starts before the consumer is created and stops at its last record, so it includes
 * joining the group, like ConsumerPerformance's {@code nMsg.sec}; the note gives the time to the first record.
 */
public final class ConsumerTuningLab {

    private static final long DEADLINE_SECONDS = 60;

    private ConsumerTuningLab() {
    }

    public static void main(String[] args) throws Exception {
        LabOptions options = PerformanceLab.optionsOrExit();
        LabBroker.run(System.out, settings -> run(settings, options, System.out));
    }

    /** What one run found. */
    public record Report(ResultTable table, double bestSimpleConsumer, double bestSyncCommit,
                         double bestConsumerPerformance, double medianRatio, Path csv) {

        /** SimpleConsumer's throughput / ConsumerPerformance's (best of the rounds each). */
        public double ratio() {
            return bestSimpleConsumer / bestConsumerPerformance;
        }
    }

    /** One of the book's consumer loops: {@code run(settings, topic, group, stop, overrides, onRecord)}. */
    @FunctionalInterface
    interface BookConsumer {
        void run(KafkaSettings settings, String topic, String groupId, StopSignal stop, Map<String, ?> overrides,
                 Consumer<ConsumerRecord<String, String>> onRecord);
    }

    public static Report run(KafkaSettings settings, LabOptions o, PrintStream out) throws Exception {
        ProducerTuningLab.quietExampleCallbacks();
        ResultTable table = new ResultTable();
        long n = o.consumerRecords();
        String topic = LabTopics.create(settings, LabTopics.unique("lab-consumer"), o.partitions());
        long filled = fill(settings, topic, n, o.recordSize());
        out.printf("consumer lab: %,d records x %d bytes in %s (%d partitions), written in %.1f s%n", n,
                o.recordSize(), topic, o.partitions(), filled / 1e9);

        // warm up, unreported
        measure(settings, topic, o, "warm-up", "", ConsumerWithSyncCommit::run, Map.of(), Math.min(n, 50_000));

        table.add(measure(settings, topic, o, "auto commit", "SimpleConsumer", SimpleConsumer::run, Map.of(), n));
        for (String maxPoll : new String[] {"10", "500", "2000"}) {
            // a commitSync per poll: 10 per poll is slow, so that row reads a tenth of the records
            table.add(measure(settings, topic, o, "max.poll.records", "max.poll.records=" + maxPoll,
                    ConsumerWithSyncCommit::run, Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPoll),
                    maxPoll.equals("10") ? Math.max(1, n / 10) : n));
        }
        for (String minBytes : new String[] {"1", "65536", "1048576"}) {
            table.add(measure(settings, topic, o, "fetch.min.bytes", "fetch.min.bytes=" + minBytes,
                    ConsumerWithSyncCommit::run, Map.of(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, minBytes), n));
        }
        table.add(measure(settings, topic, o, "commit", "per record (SyncOffsetCommit)",
                ConsumerWithSyncOffsetCommit::run, Map.of(), Math.min(n, o.consumerSyncRecords())));
        table.add(measure(settings, topic, o, "commit", "per poll (SyncCommit)",
                ConsumerWithSyncCommit::run, Map.of(), Math.min(n, o.consumerSyncRecords())));

        Map<String, Object> same = new LinkedHashMap<>();
        same.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        same.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1");
        double bestPerf = 0;
        double bestSimple = 0;
        double bestSync = 0;
        List<Double> simpleRatios = new ArrayList<>();
        List<Double> syncRatios = new ArrayList<>();
        for (int round = 1; round <= o.rounds(); round++) {
            String option = "same #" + round;
            Measurement simple = null;
            if (round % 2 == 0) {
                simple = measure(settings, topic, o, option, "SimpleConsumer", SimpleConsumer::run, same, n);
            }
            KafkaPerfTools.ConsumerSummary perf = KafkaPerfTools.consumerPerformance(settings, topic, n,
                    LabTopics.unique("perf-consumer"), same);
            if (simple == null) {
                simple = measure(settings, topic, o, option, "SimpleConsumer", SimpleConsumer::run, same, n);
            }
            Measurement sync = measure(settings, topic, o, option, "ConsumerWithSyncCommit",
                    ConsumerWithSyncCommit::run, same, n);
            table.add(new Measurement("consumer", option, "ConsumerPerformance", perf.records(), o.recordSize(),
                    perf.records() / perf.recordsPerSec(), Double.NaN, Double.NaN,
                    "joined in " + perf.rebalanceMs() + " ms; auto commit, check.crcs=false"));
            table.add(simple.withNote(simple.note() + String.format(Locale.ROOT, "; %.2fx ConsumerPerformance",
                    simple.recordsPerSecond() / perf.recordsPerSec())));
            table.add(sync.withNote(sync.note() + String.format(Locale.ROOT, "; %.2fx ConsumerPerformance",
                    sync.recordsPerSecond() / perf.recordsPerSec())));
            simpleRatios.add(simple.recordsPerSecond() / perf.recordsPerSec());
            syncRatios.add(sync.recordsPerSecond() / perf.recordsPerSec());
            bestPerf = Math.max(bestPerf, perf.recordsPerSec());
            bestSimple = Math.max(bestSimple, simple.recordsPerSecond());
            bestSync = Math.max(bestSync, sync.recordsPerSecond());
            out.println("  ConsumerPerformance: " + perf.line());
        }

        out.println();
        table.print(out);
        Path csv = table.writeCsv(o.outDir().resolve("consumer.csv"));
        table.writeSvg(o.outDir().resolve("consumer.svg"), "consumer records/s (" + o.recordSize() + "-byte records)");
        Report report = new Report(table, bestSimple, bestSync, bestPerf, ProducerTuningLab.median(simpleRatios),
                csv);
        out.println();
        out.printf(Locale.ROOT, "same options (max.poll.records=500 fetch.min.bytes=1), %,d records, %d rounds:%n", n,
                o.rounds());
        out.printf(Locale.ROOT, "                          best records/s   best vs best   median of the rounds' "
                + "ratios%n");
        out.printf(Locale.ROOT, "  ConsumerPerformance     %,14.0f%n", bestPerf);
        out.printf(Locale.ROOT, "  SimpleConsumer          %,14.0f   %10.2fx   %10.2fx   (both auto commit)%n",
                bestSimple, report.ratio(), report.medianRatio());
        out.printf(Locale.ROOT, "  ConsumerWithSyncCommit  %,14.0f   %10.2fx   %10.2fx   (a commitSync per poll)%n",
                bestSync, bestSync / bestPerf, ProducerTuningLab.median(syncRatios));
        out.println("CSV: " + csv.toAbsolutePath());
        return report;
    }

    /**
     * Runs {@code consumer} (the book's loop, in this thread) from the beginning of {@code topic} in a new group
     * until it has seen {@code count} records, then stops it with its {@link StopSignal} — the same way Ctrl+C
     * does. A watchdog stops it after {@value #DEADLINE_SECONDS} s if the records never come.
     */
    static Measurement measure(KafkaSettings settings, String topic, LabOptions o, String option, String variant,
                               BookConsumer consumer, Map<String, ?> options, long count) {
        Map<String, Object> overrides = new LinkedHashMap<>(options);
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        StopSignal stop = new StopSignal();
        long[] seen = {0};
        long[] firstAt = {0};
        long[] lastAt = {0};
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lab-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.schedule(() -> {
            timedOut.set(true);
            stop.stop();
        }, DEADLINE_SECONDS, TimeUnit.SECONDS);
        long start = System.nanoTime();
        try {
            consumer.run(settings, topic, LabTopics.unique("lab-group"), stop, overrides, record -> {
                if (seen[0] < count) {
                    if (seen[0] == 0) {
                        firstAt[0] = System.nanoTime();
                    }
                    seen[0]++;
                    if (seen[0] == count) {
                        lastAt[0] = System.nanoTime();
                        stop.stop();
                    }
                }
            });
        } finally {
            watchdog.shutdownNow();
        }
        if (timedOut.get() && seen[0] < count) {
            throw new IllegalStateException(variant + ": only " + seen[0] + " of " + count + " records within "
                    + DEADLINE_SECONDS + " s");
        }
        double seconds = (lastAt[0] - start) / 1e9;
        return new Measurement("consumer", option, variant, count, o.recordSize(), seconds, Double.NaN, Double.NaN,
                String.format(Locale.ROOT, "first record after %d ms", (firstAt[0] - start) / 1_000_000));
    }

    /** Writes {@code count} random-letter records, no key; returns the nanoseconds it took. */
    static long fill(KafkaSettings settings, String topic, long count, int recordSize) {
        SplittableRandom random = new SplittableRandom(1);
        char[] letters = new char[recordSize];
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                KafkaSettings.with(settings.producer(), ProducerTuningLab.TUNED))) {
            for (long i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, ProducerTuningLab.randomLetters(random, letters)));
            }
        }
        return System.nanoTime() - start;
    }
}
