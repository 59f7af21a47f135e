package com.example.perf;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

import com.example.ProducerCallback;
import com.example.ProducerWithAsyncCallback;
import com.example.common.KafkaSettings;

/**
 * 3.4.1 프로듀서 API — 주요 옵션, measured: records/s, MB/s and p50/p99 latency (send() to callback) for
 * {@code acks}, {@code linger.ms}, {@code batch.size}, {@code compression.type}, {@code enable.idempotence}
 * and sync {@code send().get()} per record versus the async callback — then the tuned options run back to back
 * through the book's {@link ProducerWithAsyncCallback} and through Kafka's own {@code ProducerPerformance}
 * ({@code kafka-producer-perf-test.sh}), and the ratio of the two is the headline.
 *
 * <p>Run: {@code ./mvnw -q -pl performance-lab exec:java -Dexec.mainClass=com.example.perf.ProducerTuningLab}
 * (a fresh local broker on a free port; {@code -Dbootstrap.servers=host:port} measures yours instead;
 * {@code -Dlab.records=500000 -Dlab.recordSize=100 -Dlab.syncRecords=2000 -Dlab.rounds=3} change the sizes).
 * Writes {@code performance-lab/target/perf/producer.csv} and {@code producer.svg}.
 *
 * <p>Every record is {@code recordSize} random letters A–Z without a key, exactly what ProducerPerformance sends
 * with {@code --record-size}, so compression sees the same data in both.
 */
public final class ProducerTuningLab {

    /** The options the tuned example and ProducerPerformance both run with. */
    public static final Map<String, Object> TUNED = orderedMap(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.LINGER_MS_CONFIG, "20",
            ProducerConfig.BATCH_SIZE_CONFIG, "131072",
            ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");

    private ProducerTuningLab() {
    }

    public static void main(String[] args) throws Exception {
        LabOptions options = PerformanceLab.optionsOrExit();
        LabBroker.run(System.out, settings -> run(settings, options, System.out));
    }

    /** What one run found. */
    public record Report(ResultTable table, double bestExample, double bestProducerPerformance,
                         double bestLabLoop, double medianRatio, Path csv) {

        /** Our tuned example's throughput / ProducerPerformance's (best of the rounds each). */
        public double ratio() {
            return bestExample / bestProducerPerformance;
        }
    }

    /** The median of the values (the mean of the middle two for an even count). */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int size = sorted.size();
        return size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    }

    /** Measures every row on {@code settings}' broker, prints the table and writes the CSV/SVG. */
    public static Report run(KafkaSettings settings, LabOptions o, PrintStream out) throws Exception {
        quietExampleCallbacks();
        ResultTable table = new ResultTable();
        out.printf("producer lab: %,d records x %d bytes per option row (sync rows: %,d; tuned runs: %,d), "
                + "%d partitions, %d cores%n", o.records(), o.recordSize(), o.syncRecords(), o.tunedRecords(),
                o.partitions(),
                Runtime.getRuntime().availableProcessors());

        // warm up the JIT of client and broker, unreported
        measureAsync(settings, o, "warm-up", "", Map.of(), Math.min(o.records(), 100_000), true);

        table.add(measureAsync(settings, o, "defaults", "Kafka 4.3", Map.of(), o.records(), true)
                .withNote("acks=all idempotence=true linger.ms=5 batch.size=16384 none"));
        for (String acks : List.of("0", "1", "all")) {
            table.add(measureAsync(settings, o, "acks", "acks=" + acks, Map.of(ProducerConfig.ACKS_CONFIG, acks),
                    o.records(), true).withNote(acks.equals("all") ? "idempotence on" : "idempotence off (implied)"));
        }
        for (String linger : List.of("0", "5", "20")) {
            table.add(measureAsync(settings, o, "linger.ms", "linger.ms=" + linger,
                    Map.of(ProducerConfig.LINGER_MS_CONFIG, linger), o.records(), true));
        }
        for (String batch : List.of("4096", "16384", "131072")) {
            table.add(measureAsync(settings, o, "batch.size", "batch.size=" + batch,
                    Map.of(ProducerConfig.BATCH_SIZE_CONFIG, batch), o.records(), true));
        }
        for (String compression : List.of("none", "lz4", "zstd")) {
            table.add(measureAsync(settings, o, "compression.type", "compression.type=" + compression,
                    Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression), o.records(), true));
        }
        for (String idempotence : List.of("true", "false")) {
            table.add(measureAsync(settings, o, "enable.idempotence", "enable.idempotence=" + idempotence,
                    Map.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, idempotence), o.records(), true)
                    .withNote("acks=all"));
        }
        Measurement sync = measureSync(settings, o, o.syncRecords());
        Measurement async = measureAsync(settings, o, "send", "async callback", Map.of(), o.syncRecords(), true);
        table.add(sync.withNote(String.format(Locale.ROOT, "%.0fx slower than the callback",
                async.recordsPerSecond() / sync.recordsPerSecond())));
        table.add(async.withNote("same records, same options"));

        // the headline: tuned example vs ProducerPerformance, back to back (order alternating), best of the rounds
        double bestPerf = 0;
        double bestExample = 0;
        double bestLoop = 0;
        List<Double> exampleRatios = new ArrayList<>();
        List<Double> loopRatios = new ArrayList<>();
        String tuned = describe(TUNED);
        long n = o.tunedRecords();
        for (int round = 1; round <= o.rounds(); round++) {
            String option = "tuned #" + round;
            Measurement example = null;
            if (round % 2 == 0) {
                example = measureBookExample(settings, o, option, TUNED, n);
            }
            KafkaPerfTools.ProducerSummary perf = KafkaPerfTools.producerPerformance(settings,
                    LabTopics.create(settings, LabTopics.unique("perf-producer"), o.partitions()), n, o.recordSize(),
                    TUNED);
            if (example == null) {
                example = measureBookExample(settings, o, option, TUNED, n);
            }
            Measurement loop = measureAsync(settings, o, option, "lab loop (callback)", TUNED, n, false);
            table.add(new Measurement("producer", option, "ProducerPerformance", perf.records(), o.recordSize(),
                    perf.records() / perf.recordsPerSec(), perf.p50Ms(), perf.p99Ms(), tuned));
            table.add(example.withNote(String.format(Locale.ROOT, "%.2fx ProducerPerformance",
                    example.recordsPerSecond() / perf.recordsPerSec())));
            table.add(loop.withNote(String.format(Locale.ROOT, "%.2fx ProducerPerformance",
                    loop.recordsPerSecond() / perf.recordsPerSec())));
            exampleRatios.add(example.recordsPerSecond() / perf.recordsPerSec());
            loopRatios.add(loop.recordsPerSecond() / perf.recordsPerSec());
            bestPerf = Math.max(bestPerf, perf.recordsPerSec());
            bestExample = Math.max(bestExample, example.recordsPerSecond());
            bestLoop = Math.max(bestLoop, loop.recordsPerSecond());
            out.println("  ProducerPerformance: " + perf.line());
        }

        out.println();
        table.print(out);
        Path csv = table.writeCsv(o.outDir().resolve("producer.csv"));
        table.writeSvg(o.outDir().resolve("producer.svg"), "producer records/s (" + o.recordSize() + "-byte records)");
        Report report = new Report(table, bestExample, bestPerf, bestLoop, median(exampleRatios), csv);
        out.println();
        out.printf(Locale.ROOT, "tuned (%s), %,d records, %d rounds back to back:%n", tuned, n, o.rounds());
        out.printf(Locale.ROOT, "                                 best records/s   best vs best   median of the "
                + "rounds' ratios%n");
        out.printf(Locale.ROOT, "  ProducerPerformance            %,14.0f%n", bestPerf);
        out.printf(Locale.ROOT, "  ProducerWithAsyncCallback      %,14.0f   %10.2fx   %10.2fx   (target >= 0.90)%n",
                bestExample, report.ratio(), report.medianRatio());
        out.printf(Locale.ROOT, "  lab loop (same callback style) %,14.0f   %10.2fx   %10.2fx%n", bestLoop,
                bestLoop / bestPerf, median(loopRatios));
        out.println("CSV: " + csv.toAbsolutePath());
        return report;
    }

    /**
     * The book's async pattern with a measuring callback: {@code send(record, callback)} per record, the
     * callback notes the latency; the clock stops after {@code close()} (which waits for every callback), as in
     * ProducerPerformance. Producer creation is outside the clock, as there.
     *
     * @param prime send one record and wait for it before the clock starts, so the row measures the steady state
     *              and not the first metadata fetch and producer-id request (the option rows do; the comparison
     *              with ProducerPerformance does not, because ProducerPerformance does not)
     */
    static Measurement measureAsync(KafkaSettings settings, LabOptions o, String option, String variant,
                                    Map<String, ?> overrides, long count, boolean prime)
            throws InterruptedException, ExecutionException {
        String topic = LabTopics.create(settings, LabTopics.unique("lab-producer"), o.partitions());
        Properties configs = KafkaSettings.with(settings.producer(), overrides);
        int n = (int) count;
        Latencies latencies = new Latencies(n);
        AtomicLong failures = new AtomicLong();
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        SplittableRandom random = new SplittableRandom(0);
        char[] letters = new char[o.recordSize()];
        KafkaProducer<String, String> producer = new KafkaProducer<>(configs);
        if (prime) {
            producer.send(new ProducerRecord<>(topic, "prime")).get();
        }
        long start = System.nanoTime();
        try {
            for (int i = 0; i < n; i++) {
                String value = randomLetters(random, letters);
                long sent = System.nanoTime();
                int index = i;
                producer.send(new ProducerRecord<>(topic, value), (metadata, e) -> {
                    if (e != null) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e);
                    } else {
                        latencies.record(index, System.nanoTime() - sent);
                    }
                });
            }
        } finally {
            producer.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        requireNoFailures(variant, failures.get(), firstFailure.get());
        return new Measurement("producer", option, variant, n, o.recordSize(), seconds,
                latencies.percentileMs(0.5), latencies.percentileMs(0.99), "");
    }

    /** {@code send(record).get()} per record: one round trip each, nothing batched. Default options. */
    static Measurement measureSync(KafkaSettings settings, LabOptions o, long count)
            throws InterruptedException, ExecutionException {
        String topic = LabTopics.create(settings, LabTopics.unique("lab-producer-sync"), o.partitions());
        int n = (int) count;
        Latencies latencies = new Latencies(n);
        SplittableRandom random = new SplittableRandom(0);
        char[] letters = new char[o.recordSize()];
        KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producer());
        producer.send(new ProducerRecord<>(topic, "prime")).get(); // like the async row: steady state only
        long start = System.nanoTime();
        try {
            for (int i = 0; i < n; i++) {
                String value = randomLetters(random, letters);
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, value)).get();
                latencies.record(i, System.nanoTime() - sent);
            }
        } finally {
            producer.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measurement("producer", "send", "sync .get() per record", n, o.recordSize(), seconds,
                latencies.percentileMs(0.5), latencies.percentileMs(0.99), "");
    }

    /**
     * chapter3-producer's {@link ProducerWithAsyncCallback#send} as it is, with {@code overrides}: the clock runs
     * around the whole call (producer creation, a {@link ProducerCallback} per record, {@code close()}).
     * Its per-record INFO log is turned down to WARN ({@link #quietExampleCallbacks()}): printing 200,000 lines
     * would measure the terminal, not Kafka. Latency is not observable from outside the example.
     */
    static Measurement measureBookExample(KafkaSettings settings, LabOptions o, String option,
                                          Map<String, ?> overrides, long count) throws InterruptedException {
        String topic = LabTopics.create(settings, LabTopics.unique("lab-producer-book"), o.partitions());
        SplittableRandom random = new SplittableRandom(0);
        char[] letters = new char[o.recordSize()];
        List<Map.Entry<String, String>> records = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            records.add(new AbstractMap.SimpleEntry<>(null, randomLetters(random, letters))); // no key, like the perf tool
        }
        long start = System.nanoTime();
        List<ProducerCallback> callbacks = ProducerWithAsyncCallback.send(settings, topic, records, overrides);
        double seconds = (System.nanoTime() - start) / 1e9;
        long failed = callbacks.stream().filter(c -> c.exception() != null).count();
        requireNoFailures("ProducerWithAsyncCallback", failed,
                callbacks.stream().map(ProducerCallback::exception).filter(e -> e != null).findFirst().orElse(null));
        return new Measurement("producer", option, "ProducerWithAsyncCallback", count, o.recordSize(), seconds,
                Double.NaN, Double.NaN, "");
    }

    /**
     * ProducerCallback logs every record at INFO, the consumers log "Consumer stopped" after every row: the lab
     * sets those loggers to WARN before they are created, so the table is not buried.
     */
    static void quietExampleCallbacks() {
        for (String example : new String[] {"ProducerCallback", "SimpleConsumer", "ConsumerWithSyncCommit",
                "ConsumerWithSyncOffsetCommit"}) {
            System.setProperty("org.slf4j.simpleLogger.log.com.example." + example, "warn");
        }
    }

    static String randomLetters(SplittableRandom random, char[] letters) {
        for (int j = 0; j < letters.length; j++) {
            letters[j] = (char) ('A' + random.nextInt(26));
        }
        return new String(letters);
    }

    private static void requireNoFailures(String what, long failures, Exception first) {
        if (failures > 0) {
            throw new IllegalStateException(what + ": " + failures + " sends failed, first: " + first, first);
        }
    }

    static String describe(Map<String, ?> configs) {
        StringBuilder sb = new StringBuilder();
        configs.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }

    private static Map<String, Object> orderedMap(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
