package com.example.perf;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
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
    /** The headline's rows besides ConsumerPerformance. */
    private static final String SIMPLE = "SimpleConsumer";
    private static final String SYNC_COMMIT = "ConsumerWithSyncCommit";
    /** What the three of the headline run with. */
    private static final Map<String, Object> SAME_OPTIONS = ResultTable.orderedOptions(
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500", ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1");
    /** How the topic is written: batched and lz4-compressed, fast (the producer lab's tuned options). */
    private static final Map<String, Object> FILL_OPTIONS = Map.of(ProducerConfig.LINGER_MS_CONFIG, "20",
            ProducerConfig.BATCH_SIZE_CONFIG, "131072", ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");

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

    /** One row of the option table: which option, the value as the row shows it, the loop, its options, how many. */
    record OptionRow(String option, String variant, BookConsumer consumer, Map<String, ?> overrides,
                     LongUnaryOperator records) {
    }

    /** The option rows, measured in this order on the same topic: one table, iterated once. */
    static final List<OptionRow> OPTION_ROWS = optionRows();

    private static List<OptionRow> optionRows() {
        List<OptionRow> rows = new ArrayList<>();
        rows.add(new OptionRow("auto commit", "SimpleConsumer", SimpleConsumer::run, Map.of(), n -> n));
        for (String maxPoll : List.of("10", "500", "2000")) {
            // a commitSync per poll: 10 per poll is slow, so that row reads a tenth of the records
            rows.add(new OptionRow(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "max.poll.records=" + maxPoll,
                    ConsumerWithSyncCommit::run, Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPoll),
                    maxPoll.equals("10") ? n -> Math.max(1, n / 10) : n -> n));
        }
        for (String minBytes : List.of("1", "65536", "1048576")) {
            rows.add(new OptionRow(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "fetch.min.bytes=" + minBytes,
                    ConsumerWithSyncCommit::run, Map.of(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, minBytes), n -> n));
        }
        return List.copyOf(rows);
    }

    public static Report run(KafkaSettings settings, LabOptions o, PrintStream out) throws Exception {
        ExampleLogs.quiet();
        ResultTable table = new ResultTable();
        long n = o.consumerRecords();
        String topic = LabTopics.create(settings, LabTopics.unique("lab-consumer"), o.partitions());
        long filled = fill(settings, topic, n, o.recordSize());
        out.printf("consumer lab: %,d records x %d bytes in %s (%d partitions), written in %.1f s%n", n,
                o.recordSize(), topic, o.partitions(), filled / 1e9);
        // warm up, unreported
        measure(settings, topic, o, "warm-up", "", ConsumerWithSyncCommit::run, Map.of(), Math.min(n, 50_000));
        for (OptionRow row : OPTION_ROWS) {
            table.add(measure(settings, topic, o, row.option(), row.variant(), row.consumer(), row.overrides(),
                    row.records().applyAsLong(n)));
        }
        long commits = Math.min(n, o.consumerSyncRecords());
        table.add(measure(settings, topic, o, "commit", "per record (SyncOffsetCommit)",
                ConsumerWithSyncOffsetCommit::run, Map.of(), commits));
        table.add(measure(settings, topic, o, "commit", "per poll (SyncCommit)", ConsumerWithSyncCommit::run,
                Map.of(), commits));
        Rounds rounds = sameOptionRounds(settings, topic, o, table, out);

        out.println();
        table.print(out);
        Path csv = table.writeCsv(o.outDir().resolve("consumer.csv"));
        table.writeSvg(o.outDir().resolve("consumer.svg"), "consumer records/s (" + o.recordSize() + "-byte records)");
        out.println();
        out.printf(Locale.ROOT, "same options (%s), %,d records, %d rounds:%n", ResultTable.describe(SAME_OPTIONS), n, o.rounds());
        rounds.print(out, Map.of(SIMPLE, "(both auto commit)", SYNC_COMMIT, "(a commitSync per poll)"));
        out.println("CSV: " + csv.toAbsolutePath());
        return new Report(table, rounds.best(SIMPLE), rounds.best(SYNC_COMMIT), rounds.bestTool(),
                rounds.medianRatio(SIMPLE), csv);
    }

    /**
     * The headline: SimpleConsumer, ConsumerPerformance and ConsumerWithSyncCommit read the whole topic with the
     * same options back to back (which goes first alternates), {@code rounds} times.
     */
    private static Rounds sameOptionRounds(KafkaSettings settings, String topic, LabOptions o, ResultTable table,
                                           PrintStream out) {
        Rounds rounds = new Rounds("ConsumerPerformance");
        long n = o.consumerRecords();
        for (int round = 1; round <= o.rounds(); round++) {
            String option = "same #" + round;
            Measurement simple = round % 2 == 0
                    ? measure(settings, topic, o, option, SIMPLE, SimpleConsumer::run, SAME_OPTIONS, n) : null;
            KafkaPerfTools.ConsumerSummary perf = KafkaPerfTools.consumerPerformance(settings, topic, n,
                    LabTopics.unique("perf-consumer"), SAME_OPTIONS);
            if (simple == null) {
                simple = measure(settings, topic, o, option, SIMPLE, SimpleConsumer::run, SAME_OPTIONS, n);
            }
            Measurement sync = measure(settings, topic, o, option, SYNC_COMMIT, ConsumerWithSyncCommit::run,
                    SAME_OPTIONS, n);
            table.add(new Measurement("consumer", option, "ConsumerPerformance", perf.records(), o.recordSize(),
                    perf.records() / perf.recordsPerSec(), Double.NaN, Double.NaN,
                    "joined in " + perf.rebalanceMs() + " ms; auto commit, check.crcs=false"));
            table.add(simple.withNote(simple.note() + versus(simple, perf.recordsPerSec())));
            table.add(sync.withNote(sync.note() + versus(sync, perf.recordsPerSec())));
            rounds.add(perf.recordsPerSec(), Map.of(SIMPLE, simple.recordsPerSecond(),
                    SYNC_COMMIT, sync.recordsPerSecond()));
            out.println("  ConsumerPerformance: " + perf.line());
        }
        return rounds;
    }

    private static String versus(Measurement row, double toolRecordsPerSecond) {
        return String.format(Locale.ROOT, "; %.2fx ConsumerPerformance",
                row.recordsPerSecond() / toolRecordsPerSecond);
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

    /** Writes {@code count} {@link RandomLetters} records, no key; returns the nanoseconds it took. */
    static long fill(KafkaSettings settings, String topic, long count, int recordSize) {
        RandomLetters letters = new RandomLetters(1, recordSize);
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                KafkaSettings.with(settings.producer(), FILL_OPTIONS))) {
            for (long i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, letters.next()));
            }
        }
        return System.nanoTime() - start;
    }
}
