package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * The address a reader gives a chapter-2 tool is checked in Java (book-common's {@code ToolLauncher}), at the
 * Kafka level, before Kafka's tool starts: every bad address gets one line and a non-zero exit within seconds,
 * and no address is ever run as shell code.
 */
@KafkaTest
class ToolAddressTest {

    /** Issue #15's bound for every bad input. */
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    @Test
    void anAddressWithShellCodeIsRefusedAndNeverRun(@TempDir Path dir) {
        Path marker = dir.resolve("injected");
        String evil = "localhost:9092;touch " + marker + ";x:1";

        ToolProcess.Result tool = ToolProcess.run(TEN_SECONDS, Map.of(),
                "bin/kafka-topics.sh", "--bootstrap-server", evil, "--list");
        ToolProcess.Result walkthrough = ToolProcess.run(TEN_SECONDS, Map.of("BOOTSTRAP_SERVERS", evil),
                "walkthrough/2.2.1-kafka-topics.sh");

        assertThat(marker).doesNotExist();
        assertThat(tool.exitCode()).as(tool.toString()).isEqualTo(1);
        assertThat(tool.stderr().strip()).startsWith("error: --bootstrap-server=").contains("is not host:port")
                .doesNotContain("\n");
        assertThat(walkthrough.exitCode()).as(walkthrough.toString()).isEqualTo(1);
        assertThat(walkthrough.stderr()).contains("is not host:port");
    }

    @Test
    void theEqualsFormIsCheckedLikeTheSpaceForm() throws IOException {
        ToolProcess.Result run = ToolProcess.run(TEN_SECONDS, Map.of(),
                "bin/kafka-topics.sh", "--bootstrap-server=127.0.0.1:" + closedPort(), "--list");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr().strip()).startsWith("No Kafka broker answered at 127.0.0.1:").doesNotContain("\n");
        assertThat(run.took()).isLessThan(TEN_SECONDS);
    }

    @Test
    void aPortThatAcceptsTcpButIsNotKafkaIsNamedWithinSeconds() throws IOException {
        try (ServerSocket notKafka = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // the reader's default deadline, not the one the build hands every child (BROKER_CHECK_TIMEOUT_SECONDS)
            ToolProcess.Result run = ToolProcess.run(Duration.ofSeconds(20), Map.of("BROKER_CHECK_TIMEOUT_SECONDS", ""),
                    "bin/kafka-topics.sh", "--bootstrap-server", "127.0.0.1:" + notKafka.getLocalPort(), "--list");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.stderr().strip()).contains("accepts connections but gave no Kafka answer")
                    .doesNotContain("\n");
            assertThat(run.took()).isLessThan(TEN_SECONDS);
        }
    }

    @Test
    void aControllerPortGivenAsBootstrapServerIsNamedAsTheController(TestKafka kafka) {
        assumeTrue(kafka.localBroker().isPresent(), "needs the local broker's controller port");
        int controllerPort = kafka.localBroker().orElseThrow().controllerPort();

        ToolProcess.Result run = ToolProcess.run(TEN_SECONDS, Map.of(),
                "bin/kafka-topics.sh", "--bootstrap-server", "127.0.0.1:" + controllerPort, "--list");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr().strip()).contains("is a KRaft controller listener, not a broker")
                .doesNotContain("\n");
    }

    @Test
    void outOfRangeAndEmptyAddressesNameTheOption() {
        ToolProcess.Result range = ToolProcess.run(TEN_SECONDS, Map.of(),
                "bin/kafka-topics.sh", "--bootstrap-server", "localhost:70000", "--list");
        ToolProcess.Result empty = ToolProcess.run(TEN_SECONDS, Map.of(),
                "bin/kafka-console-consumer.sh", "--bootstrap-server=", "--topic", "t");

        assertThat(range.exitCode()).isEqualTo(1);
        assertThat(range.stderr()).contains("--bootstrap-server='localhost:70000': port 70000 is out of range");
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.stderr()).contains("--bootstrap-server is empty");
    }

    @Test
    void aGoodAddressRunsTheToolWithItsArgumentsUntouched(TestKafka kafka) {
        String topic = kafka.createTopic("tool-address", 1);

        ToolProcess.Result run = ToolProcess.run(Duration.ofSeconds(30), Map.of(),
                "bin/kafka-topics.sh", "--bootstrap-server=" + kafka.bootstrapServers(), "--list");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout().lines()).contains(topic);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
