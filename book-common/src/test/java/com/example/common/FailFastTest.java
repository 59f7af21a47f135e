package com.example.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** No broker: the reader gets one line with the address and what to do, within 5 s, not a 60 s hang. */
class FailFastTest {

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort(); // closed again when we return: nobody listens there
        }
    }

    @Test
    void unreachableBrokerGivesTheHintWithinFiveSeconds() throws IOException {
        String address = "localhost:" + closedPort();
        long start = System.nanoTime();

        assertThatThrownBy(() -> BrokerCheck.requireReachable(new KafkaSettings(address)))
                .isInstanceOf(BrokerUnreachableException.class)
                .hasMessageContaining("No Kafka broker answered at " + address)
                .hasMessageContaining("./mvnw -q -pl local-kafka exec:java")
                .hasMessageContaining("docker compose up -d")
                .hasMessageNotContaining("\n");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void unresolvableBookHostNamesTheHostsFileEntry() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> BrokerCheck.requireReachable(new KafkaSettings("my-kafka.invalid:9092")))
                .isInstanceOf(BrokerUnreachableException.class)
                .hasMessageContaining("my-kafka.invalid:9092")
                .hasMessageContaining("/etc/hosts");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void exampleRunnerPrintsOneLineAndExitsNonZeroWithoutRunningTheExample() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicBoolean ran = new AtomicBoolean();

        int status = Examples.execute(new KafkaSettings("localhost:" + closedPort()), settings -> ran.set(true),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_NO_BROKER);
        assertThat(ran).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("No Kafka broker answered").doesNotContain("\n");
    }

    @Test
    void stopSignalRunsItsActionsOnceAndLateActionsAtOnce() throws InterruptedException {
        StopSignal stop = new StopSignal();
        int[] calls = new int[2];
        stop.onStop(() -> calls[0]++);

        stop.stop();
        stop.stop();
        stop.onStop(() -> calls[1]++);

        assertThat(stop.isStopped()).isTrue();
        assertThat(stop.await(Duration.ZERO)).isTrue();
        assertThat(calls).containsExactly(1, 1);
    }

    @Test
    void theCheckWaitsThreeSecondsUnlessBrokerCheckTimeoutSecondsSaysOtherwiseAndABadValueIsOneLine() {
        try {
            assertThat(BrokerCheck.timeout(null, null)).isEqualTo(Duration.ofSeconds(3));
            assertThat(BrokerCheck.timeout(null, "")).as("an empty variable is unset").isEqualTo(Duration.ofSeconds(3));
            assertThat(BrokerCheck.timeout(null, "20")).as("BROKER_CHECK_TIMEOUT_SECONDS").isEqualTo(Duration.ofSeconds(20));
            assertThat(BrokerCheck.timeout("5", "20")).as("the property wins").isEqualTo(Duration.ofSeconds(5));
            assertThatThrownBy(() -> BrokerCheck.timeout(null, "x")).hasMessageStartingWith("BROKER_CHECK_TIMEOUT_SECONDS must");
            System.setProperty(BrokerCheck.TIMEOUT_PROPERTY, "15");
            assertThat(BrokerCheck.defaultTimeout()).isEqualTo(Duration.ofSeconds(15));
            System.setProperty(BrokerCheck.TIMEOUT_PROPERTY, "0");
            assertThatThrownBy(BrokerCheck::defaultTimeout).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("-Dbroker.check.timeout.seconds must be a whole number of seconds from 1 to 60, "
                            + "got '0'");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Examples.execute(new KafkaSettings("localhost:9092"), settings -> { },
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).isEqualTo(Examples.EXIT_BAD_INPUT);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: -Dbroker.check.timeout.seconds");
        } finally {
            System.clearProperty(BrokerCheck.TIMEOUT_PROPERTY);
        }
    }
}
