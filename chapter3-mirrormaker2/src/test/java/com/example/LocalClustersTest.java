package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.example.common.BrokerCheck;
import com.example.common.DataDirectories;
import com.example.common.KafkaSettings;
import com.example.local.LocalKafkaBroker;

/** LocalClusters' building block: start a cluster on a port, or use the Kafka that already answers there. */
class LocalClustersTest {

    @Test
    void startsAClusterOnAFreePortAndReusesOneThatAlreadyAnswers() throws IOException {
        int port = freePortWithFreeControllerPort();
        Optional<LocalKafkaBroker> started = LocalClusters.start("B", port, true);
        try {
            assertThat(started).isPresent();
            assertThat(BrokerCheck.requireReachable(new KafkaSettings("localhost:" + port), Duration.ofSeconds(5)))
                    .hasSize(1);
            assertThat(started.get().controllerPort()).isEqualTo(port + 1000);
            // a second start finds it running and starts nothing
            assertThat(LocalClusters.start("B", port, false)).isEmpty();
        } finally {
            started.ifPresent(broker -> {
                broker.close();
                DataDirectories.delete(broker.dataDir());
            });
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort() == port;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static int freePortWithFreeControllerPort() throws IOException {
        while (true) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            if (port + 1000 <= 65535 && isFree(port + 1000)) {
                return port;
            }
        }
    }
}
