package com.example.testing;

import java.nio.file.Path;
import java.util.Optional;

import com.example.common.KafkaSettings;
import com.example.local.LocalKafkaBroker;
import com.example.local.LocalKafkaCluster;

/** A running broker that tests talk to. */
public interface TestBroker extends AutoCloseable {

    /** What clients pass as {@code bootstrap.servers}. */
    String bootstrapServers();

    /** How clients reach it: its address and, for a secured broker, the reader user's TLS and SASL settings. */
    default KafkaSettings settings() {
        return new KafkaSettings(bootstrapServers());
    }

    /** A secured broker's client config file for its reader user ({@code --command-config} of Kafka's tools). */
    default Optional<Path> clientConfigFile() {
        return Optional.empty();
    }

    /** {@code local}, {@code testcontainers}, {@code external}, {@code zookeeper} or {@code cluster}. */
    String mode();

    /** The in-process broker, for tests that stop and restart it (local mode only). */
    default Optional<LocalKafkaBroker> local() {
        return Optional.empty();
    }

    /** The in-process cluster, for tests that stop and start its nodes ({@code @KafkaTest(brokers = N)}). */
    default Optional<LocalKafkaCluster> cluster() {
        return Optional.empty();
    }

    /** {@code host:port} of the cluster's ZooKeeper (zookeeper mode only), e.g. for the ZooKeeper shell. */
    default Optional<String> zookeeperConnect() {
        return Optional.empty();
    }

    /** The container's id (testcontainers mode only), for the report: which container a module talked to. */
    default Optional<String> containerId() {
        return Optional.empty();
    }

    @Override
    void close();
}
