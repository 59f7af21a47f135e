package com.example.perf;

import java.nio.file.Path;
import java.util.function.Function;
import com.example.common.Messages;

/**
 * The lab's knobs, all system properties so one {@code exec:java} command line sets them
 * ({@code -Dlab.records=500000}). Defaults are quick: the whole lab (producer and consumer) runs in about a
 * minute on 2 cores.
 *
 * @param records          records per producer option row (default 200000)
 * @param tunedRecords     records per run of the tuned example and of ProducerPerformance (default 500000)
 * @param recordSize       value size in bytes (default 100, the target size)
 * @param syncRecords      records for the sync {@code send().get()} rows, slow by design (default 1000)
 * @param partitions       partitions of each measured topic (default 3)
 * @param rounds           back-to-back rounds of "tuned example vs ProducerPerformance" (default 5)
 * @param consumerRecords  records the consumer lab reads per measurement (default 500000)
 * @param consumerSyncRecords records for the per-record commit consumer row (default 3000)
 * @param outDir           where the CSV and SVG go (default {@code performance-lab/target/perf})
 */
public record LabOptions(long records, long tunedRecords, int recordSize, long syncRecords, int partitions, int rounds,
                         long consumerRecords, long consumerSyncRecords, Path outDir) {

    public LabOptions {
        requirePositive("lab.records", records);
        requirePositive("lab.tunedRecords", tunedRecords);
        requirePositive("lab.recordSize", recordSize);
        requirePositive("lab.syncRecords", syncRecords);
        requirePositive("lab.partitions", partitions);
        requirePositive("lab.rounds", rounds);
        requirePositive("lab.consumerRecords", consumerRecords);
        requirePositive("lab.consumerSyncRecords", consumerSyncRecords);
        if (Math.max(records, Math.max(tunedRecords, consumerRecords)) > 100_000_000) {
            throw Messages.badInput("lab.too-many-records");
        }
    }

    /** The defaults, with every {@code -Dlab.*} system property laid over them. */
    public static LabOptions fromSystemProperties() {
        return from(System::getProperty);
    }

    static LabOptions from(Function<String, String> props) {
        return new LabOptions(
                number(props, "lab.records", 200_000),
                number(props, "lab.tunedRecords", 500_000),
                (int) number(props, "lab.recordSize", 100),
                number(props, "lab.syncRecords", 1_000),
                (int) number(props, "lab.partitions", 3),
                (int) number(props, "lab.rounds", 5),
                number(props, "lab.consumerRecords", 500_000),
                number(props, "lab.consumerSyncRecords", 3_000),
                props.apply("lab.out") != null ? Path.of(props.apply("lab.out")) : defaultOutDir());
    }

    /** A copy with other record counts (tests use tiny ones). */
    public LabOptions withCounts(long records, long syncRecords, long consumerRecords, long consumerSyncRecords,
                                 int rounds, Path outDir) {
        return new LabOptions(records, records, recordSize, syncRecords, partitions, rounds, consumerRecords,
                consumerSyncRecords, outDir);
    }

    private static long number(Function<String, String> props, String name, long defaultValue) {
        String value = props.apply(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, e.g. -D" + name + "=" + defaultValue
                    + " (got '" + value + "')");
        }
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be greater than 0 (got " + value + ")");
        }
    }

    /** {@code <module>/target/perf} when run from the module's classes (exec:java, tests), else {@code target/perf}. */
    static Path defaultOutDir() {
        try {
            Path classes = Path.of(LabOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (classes.getFileName() != null && classes.getFileName().toString().equals("classes")
                    && classes.getParent() != null) {
                return classes.getParent().resolve("perf");
            }
        } catch (Exception e) {
            // fall through: not run from a classes directory
        }
        return Path.of("target", "perf");
    }
}
