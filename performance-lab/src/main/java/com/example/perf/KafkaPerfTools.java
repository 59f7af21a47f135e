package com.example.perf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.tools.ConsumerPerformance;
import org.apache.kafka.tools.ProducerPerformance;

import com.example.common.InProcessTool;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * Kafka's own benchmarks — {@code kafka-producer-perf-test.sh} ({@link ProducerPerformance}) and
 * {@code kafka-consumer-perf-test.sh} ({@link ConsumerPerformance}) — run in this JVM through their {@code main},
 * back to back with our examples on the same broker (book-common's {@link InProcessTool}: a usage error becomes an
 * exception instead of the end of the JVM). Their summary line is read from what they printed and parsed.
 */
final class KafkaPerfTools {

    /** {@code 200000 records sent, 251572.327044 records/sec (23.99 MB/sec), 80.87 ms avg latency, ...}. */
    private static final Pattern PRODUCER_SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.,]+) records/sec \\(([\\d.,]+) MB/sec\\), ([\\d.,]+) ms avg latency, "
                    + "([\\d.,]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    private KafkaPerfTools() {
    }

    /** ProducerPerformance's summary. */
    record ProducerSummary(long records, double recordsPerSec, double mbPerSec, double avgMs, int p50Ms,
                           int p99Ms, double seconds, String line) {
    }

    /** ConsumerPerformance's summary (nMsg.sec counts the group join; fetch.nMsg.sec does not). */
    record ConsumerSummary(long records, double recordsPerSec, double mbPerSec, long rebalanceMs, long fetchMs,
                           double fetchRecordsPerSec, double seconds, String line) {
    }

    /**
     * {@code kafka-producer-perf-test.sh --topic T --num-records n --record-size s --throughput -1
     * --producer-props bootstrap.servers=... k=v ...}.
     */
    static ProducerSummary producerPerformance(KafkaSettings settings, String topic, long records, int recordSize,
                                               Map<String, ?> producerProps) {
        List<String> args = new ArrayList<>(List.of("--topic", topic, "--num-records", Long.toString(records),
                "--record-size", Integer.toString(recordSize), "--throughput", "-1"));
        Path clientConfig = settings.client().isEmpty() ? null : configFile(settings.client(), "producer-perf-");
        if (clientConfig != null) { // a secured cluster: its settings in a file only we can read, never in args
            args.addAll(List.of("--command-config", clientConfig.toString()));
        }
        args.addAll(List.of("--producer-props", "bootstrap.servers=" + settings.bootstrapServers()));
        producerProps.forEach((k, v) -> args.add(k + "=" + v));
        long started = System.nanoTime();
        String output;
        try {
            output = run(ProducerPerformance.class, args.toArray(String[]::new));
        } finally {
            if (clientConfig != null) {
                clientConfig.toFile().delete();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String line = lastLineMatching(output, PRODUCER_SUMMARY, "ProducerPerformance");
        Matcher m = PRODUCER_SUMMARY.matcher(line);
        if (!m.find()) {
            throw new IllegalStateException("unexpected ProducerPerformance summary: " + line);
        }
        return new ProducerSummary(Long.parseLong(m.group(1)), number(m.group(2)), number(m.group(3)),
                number(m.group(4)), Integer.parseInt(m.group(6)), Integer.parseInt(m.group(8)), seconds, line);
    }

    /** A temporary client config file that only this user can read (it may hold a password). */
    private static Path configFile(Map<String, ?> settings, String prefix) {
        try {
            Path file = Files.createTempFile(prefix, ".properties");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException windows) {
                // the temporary directory under the user's profile is the user's
            }
            Properties props = new Properties();
            settings.forEach((k, v) -> props.setProperty(k, String.valueOf(v)));
            try (OutputStream out = Files.newOutputStream(file)) {
                props.store(out, "performance-lab: client settings of one tool run");
            }
            return file;
        } catch (IOException e) {
            throw Messages.failure(e, "perf.client-config-unwritable", e.getMessage());
        }
    }

    /**
     * {@code kafka-consumer-perf-test.sh --bootstrap-server ... --topic T --messages n --group G
     * --consumer.config <file with consumerProps>}.
     */
    static ConsumerSummary consumerPerformance(KafkaSettings settings, String topic, long records, String group,
                                               Map<String, ?> consumerProps) {
        Map<String, Object> props = new LinkedHashMap<>(settings.client()); // a secured cluster's settings
        props.putAll(consumerProps);
        Path config = configFile(props, "consumer-perf-");
        try {
            String[] args = {"--bootstrap-server", settings.bootstrapServers(), "--topic", topic,
                    "--messages", Long.toString(records), "--group", group, "--timeout", "30000",
                    // the consumer's default receive buffer (64 KiB), not the tool's 2 MiB: same sockets as ours
                    "--socket-buffer-size", "65536",
                    "--consumer.config", config.toString()};
            long started = System.nanoTime();
            String output = run(ConsumerPerformance.class, args);
            double seconds = (System.nanoTime() - started) / 1e9;
            return parseConsumerSummary(output, seconds);
        } finally {
            config.toFile().delete();
        }
    }

    /** Finds the header line and reads the values under it by name. */
    static ConsumerSummary parseConsumerSummary(String output, double seconds) {
        List<String> lines = output.lines().map(String::trim).toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("start.time")) {
                List<String> names = Arrays.stream(lines.get(i).split(",")).map(String::trim).toList();
                String valuesLine = lines.get(i + 1);
                List<String> values = Arrays.stream(valuesLine.split(",")).map(String::trim).toList();
                if (values.size() < names.size()) {
                    break;
                }
                return new ConsumerSummary(
                        Long.parseLong(value(names, values, "data.consumed.in.nMsg")),
                        number(value(names, values, "nMsg.sec")),
                        number(value(names, values, "MB.sec")),
                        Long.parseLong(value(names, values, "rebalance.time.ms")),
                        Long.parseLong(value(names, values, "fetch.time.ms")),
                        number(value(names, values, "fetch.nMsg.sec")),
                        seconds, valuesLine);
            }
        }
        throw new IllegalStateException("no ConsumerPerformance summary in its output:\n" + output);
    }

    private static String value(List<String> names, List<String> values, String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("ConsumerPerformance printed no column " + name + ": " + names);
        }
        return values.get(index);
    }

    /** Runs Kafka's tool in this JVM (book-common's {@link InProcessTool}) and returns what it printed. */
    static String run(Class<?> tool, String... args) {
        InProcessTool.Result result = InProcessTool.run(tool.getName(), List.of(args), null, line -> { });
        if (result.exitCode() != 0) {
            throw new IllegalStateException(tool.getSimpleName() + " exited with " + result.exitCode() + "; output:\n"
                    + result.output());
        }
        return result.output();
    }

    private static String lastLineMatching(String output, Pattern pattern, String tool) {
        String found = null;
        for (String line : output.lines().toList()) {
            if (pattern.matcher(line).find()) {
                found = line.trim();
            }
        }
        if (found == null) {
            throw new IllegalStateException("no " + tool + " summary in its output:\n" + output);
        }
        return found;
    }

    /** Numbers as printed with either '.' or ',' as decimal point (the tools use the default locale). */
    static double number(String text) {
        String t = text.trim();
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        } else {
            t = t.replace(",", "");
        }
        return Double.parseDouble(t);
    }
}
