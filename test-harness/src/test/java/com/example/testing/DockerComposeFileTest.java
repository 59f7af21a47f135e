package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The compose file's promises, checked by reading it (no engine needed); the README shows the profiles run
 * on a Docker engine with the locally built image.
 */
class DockerComposeFileTest {

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        Path file = Paths.get("..", "docker-compose.yml");
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void defaultIsTheBooksZooKeeperPlusBrokerOnKafka39() {
        List<String> defaults = services.entrySet().stream()
                .filter(e -> !e.getValue().containsKey("profiles")).map(Map.Entry::getKey).toList();
        assertThat(defaults).containsExactlyInAnyOrder("zookeeper", "kafka");
        // the published images unless CP_*_IMAGE name the local stand-ins (scripts/compose-verify.sh runs them)
        assertThat(services.get("zookeeper").get("image"))
                .isEqualTo("${CP_ZOOKEEPER_IMAGE:-confluentinc/cp-zookeeper:7.9.1}");
        assertThat(services.get("kafka").get("image")).isEqualTo("${CP_KAFKA_IMAGE:-confluentinc/cp-kafka:7.9.1}");
        assertThat(environment("kafka")).containsEntry("KAFKA_ZOOKEEPER_CONNECT", "zookeeper:2181")
                .containsEntry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://localhost:9092")
                .containsEntry("KAFKA_HEAP_OPTS", "-Xmx400m -Xms400m");
    }

    @Test
    void kraftAndMirrorProfilesRunApacheKafka431() {
        assertThat(services.get("kafka-kraft").get("profiles")).asList().containsExactly("kraft");
        assertThat(services.get("kafka-b").get("profiles")).asList().containsExactly("mirror");
        // apache/kafka:4.3.1 unless KAFKA_IMAGE names a local stand-in (scripts/kafka-image/build.sh)
        assertThat(services.get("kafka-kraft").get("image")).isEqualTo("${KAFKA_IMAGE:-apache/kafka:4.3.1}");
        assertThat(services.get("kafka-b").get("image")).isEqualTo("${KAFKA_IMAGE:-apache/kafka:4.3.1}");
        assertThat(environment("kafka-b")).containsEntry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://localhost:9093")
                .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
    }

    @Test
    void everyImageIsPinnedEveryPortIsLoopbackAndEveryServiceHasAHealthcheck() {
        List<String> ports = new ArrayList<>();
        services.forEach((name, service) -> {
            assertThat(service.get("image")).as(name).asString().matches(".+:\\d+\\.\\d+\\.\\d+}?");
            assertThat(service).as(name).containsKey("healthcheck");
            for (Object port : (List<?>) service.get("ports")) {
                assertThat(port).as(name).asString().startsWith("127.0.0.1:");
                ports.add(name + " " + port);
            }
        });
        assertThat(ports).hasSize(7);
    }

    @Test
    void theClusterProfileIsThreeNodesOfOneQuorumOnLoopbackPorts9092To9094() {
        List<String> nodes = List.of("kafka-1", "kafka-2", "kafka-3");
        for (int i = 0; i < nodes.size(); i++) {
            String node = nodes.get(i);
            int port = 9092 + i;
            assertThat(services.get(node).get("profiles")).as(node).asList().containsExactly("cluster");
            assertThat(services.get(node).get("image")).isEqualTo("${KAFKA_IMAGE:-apache/kafka:4.3.1}");
            assertThat(services.get(node).get("ports")).asList().containsExactly("127.0.0.1:" + port + ":" + port);
            assertThat(environment(node)).containsEntry("KAFKA_NODE_ID", i + 1)
                    .containsEntry("CLUSTER_ID", environment("kafka-1").get("CLUSTER_ID"))
                    .containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka-1:29093,2@kafka-2:29093,3@kafka-3:29093")
                    .containsEntry("KAFKA_ADVERTISED_LISTENERS",
                            "INTERNAL://" + node + ":19092,EXTERNAL://localhost:" + port)
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", 3);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }
}
