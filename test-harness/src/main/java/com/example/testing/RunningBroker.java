package com.example.testing;

import java.nio.file.Path;
import java.util.Optional;

import com.example.common.KafkaSettings;
import com.example.local.LocalKafkaBroker;
import com.example.local.LocalKafkaCluster;
import com.example.local.LocalSecurity;

/** A {@link TestBroker} that {@link TestBrokers} started (or found): its address, mode, handles and how to stop it. */
record RunningBroker(String mode, String bootstrapServers, Optional<LocalKafkaBroker> local,
                     Optional<LocalKafkaCluster> cluster, Optional<String> containerId, Runnable stop)
        implements TestBroker {

    static RunningBroker of(String mode, String bootstrapServers, Runnable stop) {
        return new RunningBroker(mode, bootstrapServers, Optional.empty(), Optional.empty(), Optional.empty(), stop);
    }

    RunningBroker withLocal(LocalKafkaBroker broker) {
        return new RunningBroker(mode, bootstrapServers, Optional.of(broker), cluster, containerId, stop);
    }

    RunningBroker withCluster(LocalKafkaCluster running) {
        return new RunningBroker(mode, bootstrapServers, local, Optional.of(running), containerId, stop);
    }

    RunningBroker withContainerId(String id) {
        return new RunningBroker(mode, bootstrapServers, local, cluster, Optional.of(id), stop);
    }

    /** A local broker's own settings (a secured one's: its reader user's), else just the address. */
    @Override
    public KafkaSettings settings() {
        return local.map(LocalKafkaBroker::settings).orElseGet(() -> new KafkaSettings(bootstrapServers));
    }

    @Override
    public Optional<Path> clientConfigFile() {
        return local.filter(LocalKafkaBroker::isSecure).map(broker -> broker.clientConfigFile(LocalSecurity.READER));
    }

    @Override
    public void close() {
        stop.run();
    }
}
