package com.example;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.connect.mirror.MirrorMaker;

/**
 * MirrorMaker for a test: one of this module's config files, pointed at the test clusters, with the test's topic
 * filter and intervals of about a second (MirrorMaker's defaults are minutes), started through
 * {@link MirrorMakerLauncher#start} — the reader's code path — and stopped cleanly on {@link #close()}.
 */
final class TestMirrorMaker implements AutoCloseable {

    final Map<String, String> config;
    final MirrorMaker mirrorMaker;

    private TestMirrorMaker(Map<String, String> config, MirrorMaker mirrorMaker) {
        this.config = config;
        this.mirrorMaker = mirrorMaker;
    }

    /**
     * Starts MirrorMaker with {@code config/<file>} plus {@code overrides}; {@code targetClusters} as
     * {@code --clusters} (none: every cluster).
     */
    static TestMirrorMaker start(String file, TwoClusters clusters, Map<String, String> overrides,
            String... targetClusters) {
        Properties system = new Properties();
        system.setProperty("A.bootstrap.servers", clusters.a.bootstrapServers());
        system.setProperty("B.bootstrap.servers", clusters.b.bootstrapServers());
        Map<String, String> all = new HashMap<>(fastIntervals());
        all.putAll(overrides);
        Map<String, String> config = MirrorMakerLauncher.loadConfig(Path.of("config", file), all, system);
        return new TestMirrorMaker(config, MirrorMakerLauncher.start(config, List.of(targetClusters)));
    }

    /** Seconds instead of minutes: how often MirrorMaker looks for topics, configs, groups, checkpoints. */
    static Map<String, String> fastIntervals() {
        Map<String, String> fast = new HashMap<>();
        fast.put("refresh.topics.interval.seconds", "1");
        fast.put("refresh.groups.interval.seconds", "1");
        fast.put("sync.topic.configs.interval.seconds", "1");
        fast.put("emit.checkpoints.interval.seconds", "1");
        fast.put("sync.group.offsets.interval.seconds", "1");
        fast.put("emit.heartbeats.interval.seconds", "1");
        // an offset sync for every record, so that checkpoints translate group offsets exactly (default 100)
        fast.put("offset.lag.max", "0");
        // the connectors' poll loops
        fast.put("consumer.poll.timeout.ms", "200");
        for (String cluster : List.of("A", "B")) {
            // the Connect worker of each flow into this cluster: commit source offsets (and flush delayed offset
            // syncs) every 500 ms instead of 60 s; reassign tasks of a lost worker after 1 s instead of 5 min
            fast.put(cluster + ".offset.flush.interval.ms", "500");
            fast.put(cluster + ".scheduled.rebalance.max.delay.ms", "1000");
            // clients: send at once, answer fetches quickly
            fast.put(cluster + ".producer.linger.ms", "0");
            fast.put(cluster + ".consumer.fetch.max.wait.ms", "100");
        }
        return fast;
    }

    @Override
    public void close() {
        mirrorMaker.stop();
        mirrorMaker.awaitStop();
    }
}
