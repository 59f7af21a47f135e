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
        Map<String, String> all = new HashMap<>(MirrorMakerLauncher.fastIntervals());
        all.putAll(overrides);
        // config/ of the module directory under surefire, of chapter3-mirrormaker2 from the repository root (the tour)
        Path path = MirrorMakerLauncher.resolveConfigFile("config/" + file, "chapter3-mirrormaker2");
        Map<String, String> config = MirrorMakerLauncher.loadConfig(path, all, system);
        return new TestMirrorMaker(config, MirrorMakerLauncher.start(config, List.of(targetClusters)));
    }

    @Override
    public void close() {
        mirrorMaker.stop();
        mirrorMaker.awaitStop();
    }
}
