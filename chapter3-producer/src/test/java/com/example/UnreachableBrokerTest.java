package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.example.common.Examples;
import com.example.common.KafkaSettings;

/** No broker: the example says so in one line with the hint, within seconds — no 60 s hang. */
class UnreachableBrokerTest {

    @Test
    void anExampleAgainstAClosedPortExitsWithTheNoBrokerHint() throws IOException {
        KafkaSettings nowhere = new KafkaSettings("127.0.0.1:" + closedPort());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();

        int status = Examples.execute(nowhere, settings -> SimpleProducer.send(settings, "test", "testMessage"),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(status).isEqualTo(Examples.EXIT_NO_BROKER);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).contains("No Kafka broker answered at " + nowhere.bootstrapServers())
                .contains("./mvnw -q -pl local-kafka exec:java");
        assertThat(message.strip().lines()).hasSize(1);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
