package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.example.common.Examples;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.1 컨트롤러: the controller is a live node; in KRaft the quorum leader is the active controller. */
@KafkaTest
class ControllerDemoTest {

    @Test
    void theControllerIsALiveNodeAndTheQuorumLeaderIsAVoter(TestKafka kafka) throws Exception {
        ControllerDemo.ControllerResult r = ControllerDemo.run(kafka.settings(), Optional.empty());
        observed("controller.quorum", r.clusterId(), r.brokerIds(), r.quorumLeaderId(), r.quorumLeaderEpoch(), r.voterIds(),
                r.metadataHighWatermark());

        assertThat(r.clusterId()).isNotBlank();
        assertThat(r.brokerIds()).isNotEmpty().contains(r.controllerSeenByBroker());
        assertThat(r.voterIds()).isNotEmpty().contains(r.quorumLeaderId());
        assertThat(r.quorumLeaderEpoch()).isPositive();
        assertThat(r.metadataHighWatermark()).isPositive();
        assertThat(r.activeControllerSeenByController()).isEmpty();
    }

    @Test
    void askedThroughTheControllerListenerTheControllerIsTheQuorumLeader(TestKafka kafka) throws Exception {
        // only the in-JVM broker tells us its controller port
        Optional<String> controller = kafka.localBroker().map(local -> "127.0.0.1:" + local.controllerPort());
        ControllerDemo.ControllerResult r = ControllerDemo.run(kafka.settings(), controller);
        observed("controller.asked", controller.orElse("-"), r.activeControllerSeenByController().map(String::valueOf).orElse("-"));

        controller.ifPresent(c -> {
            assertThat(r.activeControllerSeenByController()).contains(r.quorumLeaderId());
            // local-kafka is one combined node: node 1 is broker, voter, quorum leader
            assertThat(r.brokerIds()).containsExactly(1);
            assertThat(r.voterIds()).containsExactly(1);
            assertThat(r.controllerSeenByBroker()).isEqualTo(1);
        });
        assertThat(r.voterIds()).contains(r.quorumLeaderId());
    }

    @Test
    void aBadArgumentIsOneClearLine(TestKafka kafka) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Examples.execute(kafka.settings(), s -> ControllerDemo.runAndPrint(s, "--bootstrap-controller"),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ControllerDemo");
    }

    /** Issue #31 item 12: a controller address where nothing answers is one line within seconds, exit code 2. */
    @Test
    void aControllerAddressWhereNothingAnswersIsOneLineWithinSeconds(TestKafka kafka) throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int status = Examples.execute(kafka.settings(),
                s -> ControllerDemo.runAndPrint(s, "--bootstrap-controller", "127.0.0.1:" + closed),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_NO_BROKER);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).contains("127.0.0.1:" + closed, "nothing listens")
                .contains("--bootstrap-controller host:port").doesNotContain("\n");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(10));
    }
}
