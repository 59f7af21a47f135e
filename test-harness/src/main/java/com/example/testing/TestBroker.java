package com.example.testing;

import java.util.Optional;

import com.example.local.LocalKafkaBroker;

/** A running broker that tests talk to. */
public interface TestBroker extends AutoCloseable {

    /** What clients pass as {@code bootstrap.servers}. */
    String bootstrapServers();

    /** {@code local}, {@code testcontainers} or {@code external}. */
    String mode();

    /** The in-process broker, for tests that stop and restart it (local mode only). */
    default Optional<LocalKafkaBroker> local() {
        return Optional.empty();
    }

    @Override
    void close();
}
