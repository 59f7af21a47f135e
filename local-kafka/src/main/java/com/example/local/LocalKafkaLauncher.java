package com.example.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.example.common.ForegroundJvm;

/**
 * 2.1.4 카프카 브로커 실행 — what {@code ./mvnw -q -pl local-kafka exec:java} runs: {@link LocalKafkaMain} in a JVM of
 * its own with the book's heap ({@code KAFKA_HEAP_OPTS="-Xmx400m -Xms400m"}), stopped with Maven (Ctrl+C,
 * SIGTERM, an IDE's stop button) and exiting with the broker's own exit code and one-line error.
 */
public final class LocalKafkaLauncher {

    /** The book's broker heap (2.1.4: 400 MB for a t2.micro), and the GC Kafka's script uses. */
    static final List<String> BROKER_JVM = List.of("-Xms400m", "-Xmx400m", "-XX:+UseG1GC");

    private LocalKafkaLauncher() {
    }

    public static void main(String[] args) {
        List<String> brokerArgs = new ArrayList<>();
        // an empty -Dlocal.kafka.args reaches exec:java as a null argument
        Arrays.stream(args).filter(arg -> arg != null && !arg.isBlank()).forEach(brokerArgs::add);
        brokerArgs.add("--stop-with-parent");
        ForegroundJvm.runAndExit(BROKER_JVM, LocalKafkaMain.class.getName(), brokerArgs);
    }
}
