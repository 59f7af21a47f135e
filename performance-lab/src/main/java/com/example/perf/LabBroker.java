package com.example.perf;

import java.io.PrintStream;
import java.util.Optional;

import com.example.common.BrokerCheck;
import com.example.common.ClientConfig;
import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.local.LocalKafkaBroker;

/**
 * Where the lab measures: the broker given with {@code -Dbootstrap.servers=host:port} or {@code BOOTSTRAP_SERVERS}
 * (read through {@link KafkaSettings#given()}, checked like every example's), or else a fresh
 * {@link LocalKafkaBroker} on a free port (real single-node KRaft Kafka in this JVM, deleted afterwards), so
 * one command measures without any setup and never touches a broker the reader already runs on 9092.
 */
final class LabBroker {

    /** What the lab runs on the broker. */
    @FunctionalInterface
    interface Work {
        void run(KafkaSettings settings) throws Exception;
    }

    private LabBroker() {
    }

    static void run(PrintStream out, Work work) throws Exception {
        Optional<KafkaSettings.Resolved> given = KafkaSettings.given();
        Optional<ClientConfig> clientConfig = ClientConfig.fromEnvironment();
        if (given.isPresent() || clientConfig.flatMap(ClientConfig::bootstrapServers).isPresent()) {
            KafkaSettings settings = KafkaSettings.from(clientConfig); // the reader's cluster, secured or not
            BrokerCheck.requireReachable(settings);
            clientConfig.ifPresent(config -> Examples.announce(config, settings));
            out.println("broker: " + settings.bootstrapServers()
                    + given.map(resolved -> " (from " + resolved.source() + ")").orElse(""));
            work.run(settings);
            return;
        }
        long started = System.nanoTime();
        try (LocalKafkaBroker broker = LocalKafkaBroker.builder().port(0).build().start()) {
            out.printf("broker: local Kafka %s at %s (started in %d ms, deleted afterwards)%n",
                    LocalKafkaBroker.KAFKA_VERSION, broker.bootstrapServers(),
                    (System.nanoTime() - started) / 1_000_000);
            work.run(broker.settings());
        }
    }
}
