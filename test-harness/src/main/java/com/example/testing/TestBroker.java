package com.example.testing;

import java.util.Optional;

import com.example.local.LocalKafkaBroker;
import com.example.local.LocalKafkaCluster;

/** A running broker that tests talk to. */
public interface TestBroker extends AutoCloseable {

    /** What clients pass as {@code bootstrap.servers}. */
    String bootstrapServers();

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
