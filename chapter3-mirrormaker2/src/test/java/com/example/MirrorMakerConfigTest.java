package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.connect.mirror.MirrorMakerConfig;
import org.apache.kafka.connect.mirror.SourceAndTarget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.example.common.Examples;

/** The config files say what the book says, and the launcher rejects bad input with one clear line. */
class MirrorMakerConfigTest {

    private static final Properties NO_SYSTEM_PROPERTIES = new Properties();

    @Test
    void theBookFileReplicatesTestFromAToBWithReplicationFactorOne() {
        Map<String, String> config = load("connect-mirror-maker.properties");

        assertThat(MirrorMakerLauncher.clusterAliases(config)).containsExactly("A", "B");
        assertThat(config).containsEntry("A.bootstrap.servers", "localhost:9092")
                .containsEntry("B.bootstrap.servers", "localhost:9093")
                .containsEntry("A->B.enabled", "true")
                .containsEntry("A->B.topics", "test")
                .containsEntry("B->A.enabled", "false");
        assertThat(MirrorMakerLauncher.enabledFlows(config)).containsExactly("A->B");
        for (String key : List.of("replication.factor", "checkpoints.topic.replication.factor",
                "heartbeats.topic.replication.factor", "offset-syncs.topic.replication.factor",
                "offset.storage.replication.factor", "status.storage.replication.factor",
                "config.storage.replication.factor")) {
            assertThat(config).containsEntry(key, "1");
        }
        // MirrorMaker's own reading of the file: the flow A->B replicates, and its Connect worker (on B) keeps
        // its internal topics with one replica
        MirrorMakerConfig parsed = new MirrorMakerConfig(config);
        Map<String, String> worker = parsed.workerConfig(new SourceAndTarget("A", "B"));
        assertThat(worker).containsEntry("bootstrap.servers", "localhost:9093")
                .containsEntry("offset.storage.replication.factor", "1")
                .containsEntry("config.storage.topic", "mm2-configs.A.internal");
    }

    @Test
    void activeStandbyAndActiveActiveDifferInTheFlows() {
        assertThat(MirrorMakerLauncher.enabledFlows(load("active-standby.properties"))).containsExactly("A->B");
        assertThat(load("active-standby.properties")).containsEntry("A->B.sync.group.offsets.enabled", "true");
        assertThat(MirrorMakerLauncher.enabledFlows(load("active-active.properties")))
                .containsExactlyInAnyOrder("A->B", "B->A");
    }

    @Test
    void bootstrapServersCanBeOverriddenBySystemPropertyOrArgument() {
        Properties system = new Properties();
        system.setProperty("B.bootstrap.servers", "b-kafka:9092");
        MirrorMakerLauncher.Launch launch = MirrorMakerLauncher.Launch.parse(new String[] {
                "config/active-active.properties", "--clusters", "B", "A.bootstrap.servers=a-kafka:9092"});

        Map<String, String> config = MirrorMakerLauncher.loadConfig(Path.of(launch.configFile()), launch.overrides(), system);

        assertThat(launch.clusters()).containsExactly("B");
        assertThat(config).containsEntry("A.bootstrap.servers", "a-kafka:9092")
                .containsEntry("B.bootstrap.servers", "b-kafka:9092");
    }

    @Test
    void theDefaultFileIsFoundFromTheRepositoryRootToo() {
        // exec:java runs in the directory Maven started in; the pom passes the module directory
        Path module = Path.of("").toAbsolutePath();
        assertThat(MirrorMakerLauncher.resolveConfigFile("active-active.properties", module.toString()))
                .isEqualTo(module.resolve("config/active-active.properties"));
        assertThat(MirrorMakerLauncher.resolveConfigFile(MirrorMakerLauncher.DEFAULT_CONFIG, "/nowhere"))
                .isEqualTo(Path.of(MirrorMakerLauncher.DEFAULT_CONFIG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-file.properties", "--cluster", "=value"})
    void badArgumentsGiveOneLineAndExitCodeOne(String arg) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = MirrorMakerLauncher.execute(new String[] {arg}, NO_SYSTEM_PROPERTIES,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("error: ").doesNotContain("\n");
    }

    @Test
    void aClusterWithoutBootstrapServersIsRejected() {
        assertThatThrownBy(() -> MirrorMakerLauncher.loadConfig(Path.of("config/connect-mirror-maker.properties"),
                Map.of("clusters", "A, B, C"), NO_SYSTEM_PROPERTIES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("C.bootstrap.servers");
        assertThatThrownBy(() -> MirrorMakerLauncher.start(load("connect-mirror-maker.properties"), List.of("C")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--clusters C");
    }

    private static Map<String, String> load(String file) {
        return MirrorMakerLauncher.loadConfig(Path.of("config", file), Map.of(), NO_SYSTEM_PROPERTIES);
    }
}
