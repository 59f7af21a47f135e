package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.opentest4j.TestAbortedException;

import com.example.common.BrokerUnreachableException;
import com.example.common.KafkaSettings;
import com.example.local.LocalKafkaBroker;

/** The modes other than the JVM's own: testcontainers skips only without Docker, for that reason; external really connects. */
class BrokerModesTest {

    @Test
    void theDockerCheckAnswersWithinSecondsAndAsksTheEngineAlone() {
        long start = System.nanoTime();
        try {
            TestBrokers.requireDocker(TestBrokers.DOCKER_CHECK_TIMEOUT);
        } catch (TestAbortedException skipped) {
            // no engine (this project's build machines by default): a skip naming that cause, never a hang
            assertThat(skipped).hasMessageContaining("-Dkafka.broker=testcontainers skipped: no Docker engine");
        }
        // an engine that answers is told apart quickly too: the check pulls nothing (no Ryuk, no image)
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    @EnabledIfSystemProperty(named = TestBrokers.MODE_PROPERTY, matches = TestBrokers.TESTCONTAINERS,
            disabledReason = "the container round trip runs with -Dkafka.broker=testcontainers")
    void testcontainersBrokerIsARealBrokerPublishedOnLoopbackOnly() {
        try (TestBroker broker = TestBrokers.startTestcontainers()) {
            TestKafka kafka = new TestKafka(broker);
            String topic = kafka.createTopic("testcontainers-round-trip", 1);
            kafka.send(topic, "k", "v");
            assertThat(kafka.consumeValues(topic, 1)).containsExactly("v");
            assertThat(TestBrokers.publishedHostIps(broker.containerId().orElseThrow()))
                    .isNotEmpty().containsOnly("127.0.0.1");
        }
    }

    @Test
    void externalModeTalksToAnotherRunningBroker() {
        try (LocalKafkaBroker other = LocalKafkaBroker.builder().port(0).build().start();
             TestKafka kafka = new TestKafka(TestBrokers.external(new KafkaSettings(other.bootstrapServers())))) {
            assertThat(kafka.mode()).isEqualTo(TestBrokers.EXTERNAL);
            String topic = kafka.createTopic("external-round-trip", 2);
            kafka.send(topic, "hello", "kafka");
            assertThat(kafka.consume(topic, 1)).singleElement()
                    .satisfies(r -> assertThat(r.key() + ":" + r.value()).isEqualTo("hello:kafka"));
        }
    }

    @Test
    void externalModeWithNoBrokerFailsFastWithTheHint() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String address = "localhost:" + port;
        assertThatThrownBy(() -> TestBrokers.external(new KafkaSettings(address)))
                .isInstanceOf(BrokerUnreachableException.class)
                .hasMessageContaining(address);
    }

    @Test
    void zookeeperModeFindsTheModuleNextToTheWorkingDirectoryOrWhereThePropertySays() throws IOException {
        Path repo = Files.createTempDirectory("repo");
        Path module = Files.createDirectories(repo.resolve("zookeeper-kafka/target"));
        Files.writeString(module.resolve("zookeeper-kafka.classpath"), "a.jar");
        Path chapter = Files.createDirectories(repo.resolve("chapter2-cli-scripts"));

        assertThat(ZooKeeperKafkaProcess.findModule(null, chapter)).contains(repo.resolve("zookeeper-kafka"));
        assertThat(ZooKeeperKafkaProcess.findModule(null, repo)).contains(repo.resolve("zookeeper-kafka"));
        assertThat(ZooKeeperKafkaProcess.findModule(null, repo.resolve("zookeeper-kafka")))
                .contains(repo.resolve("zookeeper-kafka"));
        assertThat(ZooKeeperKafkaProcess.findModule("/elsewhere/zookeeper-kafka", chapter))
                .contains(Path.of("/elsewhere/zookeeper-kafka"));
    }

    @Test
    void zookeeperModeIsSkippedWithTheBuildCommandWhenTheModuleIsNotBuilt() throws IOException {
        Path notBuilt = Files.createTempDirectory("zookeeper-kafka");
        assertThatThrownBy(() -> ZooKeeperKafkaProcess.start(notBuilt, Duration.ofSeconds(5)))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("-Dkafka.broker=zookeeper skipped")
                .hasMessageContaining("./mvnw -q -pl zookeeper-kafka package -DskipTests");
    }

    @Test
    void unknownModeIsRejectedWithTheChoices() {
        assertThatThrownBy(() -> TestBrokers.start("zookeeper-please"))
                .hasMessageContaining("local (default), testcontainers or external");
    }
}
