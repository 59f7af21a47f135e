package com.example.perf;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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
 * <p>Every record is {@code recordSize} {@link RandomLetters} without a key, as ProducerPerformance sends them.
 */
public final class ProducerTuningLab {

    /** The options the tuned example and ProducerPerformance both run with. */
    public static final Map<String, Object> TUNED = ResultTable.orderedOptions(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.LINGER_MS_CONFIG, "20",
            ProducerConfig.BATCH_SIZE_CONFIG, "131072",
            ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");

    /** The headline's rows besides ProducerPerformance. */
    private static final String BOOK_EXAMPLE = "ProducerWithAsyncCallback";
    private static final String LAB_LOOP = "lab loop (same callback style)";

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

    /** One row of the option table: which option, the value as the row shows it, the overrides, a note. */
    record OptionRow(String option, String variant, Map<String, ?> overrides, String note) {
    }

    /** The option rows, measured in this order with {@code records} records each: one table, iterated once. */
    static final List<OptionRow> OPTION_ROWS = optionRows();

    private static List<OptionRow> optionRows() {
        List<OptionRow> rows = new ArrayList<>();
        rows.add(new OptionRow("defaults", "Kafka 4.3", Map.of(),
                "acks=all idempotence=true linger.ms=5 batch.size=16384 none"));
        for (String acks : List.of("0", "1", "all")) {
            rows.add(row(ProducerConfig.ACKS_CONFIG, acks,
                    acks.equals("all") ? "idempotence on" : "idempotence off (implied)"));
        }
        List.of("0", "5", "20").forEach(linger -> rows.add(row(ProducerConfig.LINGER_MS_CONFIG, linger, "")));
        List.of("4096", "16384", "131072").forEach(batch -> rows.add(row(ProducerConfig.BATCH_SIZE_CONFIG, batch, "")));
        List.of("none", "lz4", "zstd").forEach(type -> rows.add(row(ProducerConfig.COMPRESSION_TYPE_CONFIG, type, "")));
        for (String idempotence : List.of("true", "false")) {
            rows.add(row(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, idempotence, "acks=all"));
        }
        return List.copyOf(rows);
    }

    private static OptionRow row(String option, String value, String note) {
        return new OptionRow(option, option + "=" + value, Map.of(option, value), note);
    }

    /** Measures every row on {@code settings}' broker, prints the table and writes the CSV/SVG. */
    public static Report run(KafkaSettings settings, LabOptions o, PrintStream out) throws Exception {
        ExampleLogs.quiet();
        ResultTable table = new ResultTable();
        out.printf("producer lab: %,d records x %d bytes per option row (sync rows: %,d; tuned runs: %,d), "
                + "%d partitions, %d cores%n", o.records(), o.recordSize(), o.syncRecords(), o.tunedRecords(),
                o.partitions(), Runtime.getRuntime().availableProcessors());
        // warm up the JIT of client and broker, unreported
        measureAsync(settings, o, "warm-up", "", Map.of(), Math.min(o.records(), 100_000), true);
        for (OptionRow row : OPTION_ROWS) {
            table.add(measureAsync(settings, o, row.option(), row.variant(), row.overrides(), o.records(), true)
                    .withNote(row.note()));
        }
        syncVersusCallback(settings, o, table);
        Rounds rounds = tunedRounds(settings, o, table, out);

        out.println();
        table.print(out);
        Path csv = table.writeCsv(o.outDir().resolve("producer.csv"));
        table.writeSvg(o.outDir().resolve("producer.svg"), "producer records/s (" + o.recordSize() + "-byte records)");
        out.println();
        out.printf(Locale.ROOT, "tuned (%s), %,d records, %d rounds back to back:%n", ResultTable.describe(TUNED),
                o.tunedRecords(), o.rounds());
        rounds.print(out, Map.of(BOOK_EXAMPLE, "(target >= 0.90)"));
        out.println("CSV: " + csv.toAbsolutePath());
        return new Report(table, rounds.best(BOOK_EXAMPLE), rounds.bestTool(), rounds.best(LAB_LOOP),
                rounds.medianRatio(BOOK_EXAMPLE), csv);
    }

    /** {@code send().get()} per record against the callback, the same records with the same options. */
    private static void syncVersusCallback(KafkaSettings settings, LabOptions o, ResultTable table)
            throws InterruptedException, ExecutionException {
        Measurement sync = measureSync(settings, o, o.syncRecords());
        Measurement async = measureAsync(settings, o, "send", "async callback", Map.of(), o.syncRecords(), true);
        table.add(sync.withNote(String.format(Locale.ROOT, "%.0fx slower than the callback",
                async.recordsPerSecond() / sync.recordsPerSecond())));
        table.add(async.withNote("same records, same options"));
    }

    /**
     * The headline: the tuned options through the book's example, through ProducerPerformance and through the lab's
     * own loop, back to back (which goes first alternates), {@code rounds} times.
     */
    private static Rounds tunedRounds(KafkaSettings settings, LabOptions o, ResultTable table, PrintStream out)
            throws Exception {
        Rounds rounds = new Rounds("ProducerPerformance");
        long n = o.tunedRecords();
        for (int round = 1; round <= o.rounds(); round++) {
            String option = "tuned #" + round;
            Measurement example = round % 2 == 0 ? measureBookExample(settings, o, option, TUNED, n) : null;
            KafkaPerfTools.ProducerSummary perf = KafkaPerfTools.producerPerformance(settings,
                    LabTopics.create(settings, LabTopics.unique("perf-producer"), o.partitions()), n, o.recordSize(),
                    TUNED);
            if (example == null) {
                example = measureBookExample(settings, o, option, TUNED, n);
            }
            Measurement loop = measureAsync(settings, o, option, "lab loop (callback)", TUNED, n, false);
            table.add(new Measurement("producer", option, "ProducerPerformance", perf.records(), o.recordSize(),
                    perf.records() / perf.recordsPerSec(), perf.p50Ms(), perf.p99Ms(), ResultTable.describe(TUNED)));
            table.add(example.withNote(versus(example, perf.recordsPerSec())));
            table.add(loop.withNote(versus(loop, perf.recordsPerSec())));
            rounds.add(perf.recordsPerSec(), Map.of(BOOK_EXAMPLE, example.recordsPerSecond(),
                    LAB_LOOP, loop.recordsPerSecond()));
            out.println("  ProducerPerformance: " + perf.line());
        }
        return rounds;
    }

    private static String versus(Measurement row, double toolRecordsPerSecond) {
        return String.format(Locale.ROOT, "%.2fx ProducerPerformance", row.recordsPerSecond() / toolRecordsPerSecond);
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
        RandomLetters letters = new RandomLetters(0, o.recordSize());
        KafkaProducer<String, String> producer = new KafkaProducer<>(configs);
        if (prime) {
            producer.send(new ProducerRecord<>(topic, "prime")).get();
        }
        long start = System.nanoTime();
        try {
            for (int i = 0; i < n; i++) {
                String value = letters.next();
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
        RandomLetters letters = new RandomLetters(0, o.recordSize());
        KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producer());
        producer.send(new ProducerRecord<>(topic, "prime")).get(); // like the async row: steady state only
        long start = System.nanoTime();
        try {
            for (int i = 0; i < n; i++) {
                String value = letters.next();
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
     * Its per-record INFO log is turned down to WARN ({@link ExampleLogs}). Latency is not observable from outside the example.
     */
    static Measurement measureBookExample(KafkaSettings settings, LabOptions o, String option,
                                          Map<String, ?> overrides, long count) throws InterruptedException {
        String topic = LabTopics.create(settings, LabTopics.unique("lab-producer-book"), o.partitions());
        RandomLetters letters = new RandomLetters(0, o.recordSize());
        List<Map.Entry<String, String>> records = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            records.add(new AbstractMap.SimpleEntry<>(null, letters.next())); // no key, like the perf tool
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

    private static void requireNoFailures(String what, long failures, Exception first) {
        if (failures > 0) {
            throw new IllegalStateException(what + ": " + failures + " sends failed, first: " + first, first);
        }
    }
}
