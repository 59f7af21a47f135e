package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.common.LocalPorts;

/**
 * 2.1.4 주키퍼·카프카 브로커 실행, Kafka 4.x style: {@code config/kraft/server.properties} really starts a broker
 * with {@code bin/kafka-storage.sh format} + {@code bin/kafka-server-start.sh}. The test uses a copy with free
 * ports and a temporary log.dirs (the reader's copy uses 9092/9093 and /tmp/kraft-combined-logs) and checks
 * that the broker listens on 127.0.0.1 (2.1.5's kafka-broker-api-versions.sh: BrokerApiVersionsTest). On
 * Windows the same test runs the {@code bin\windows\*.cmd} twins (ToolProcess), so the .cmd's settings are proven
 * where the .sh's are.
 */
class KraftServerPropertiesTest {

    @Test
    void formatsAndStartsAKraftBrokerOnLoopback(@TempDir Path dir) throws Exception {
        int port = LocalPorts.free();
        int controllerPort = LocalPorts.free();
        String config = Files.readString(ToolProcess.MODULE_DIR.resolve("config/kraft/server.properties"))
                .replace(":9092", ":" + port).replace(":9093", ":" + controllerPort)
                .replace("/tmp/kraft-combined-logs", dir.resolve("data").toString().replace('\\', '/')); // a .properties \\ escapes
        Path properties = Files.writeString(dir.resolve("server.properties"), config);
        Properties parsed = new Properties();
        parsed.load(Files.newBufferedReader(properties));
        assertThat(parsed.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);

        ToolProcess.Result uuid = ToolProcess.run(Duration.ofSeconds(30), Map.of(), "bin/kafka-storage.sh", "random-uuid");
        assertThat(uuid.exitCode()).as(uuid.toString()).isZero();
        String clusterId = uuid.stdout().trim();
        ToolProcess.Result format = ToolProcess.run(Duration.ofSeconds(30), Map.of(), "bin/kafka-storage.sh", "format",
                "--standalone", "-t", clusterId, "-c", properties.toString());
        assertThat(format.exitCode()).as(format.toString()).isZero();
        assertThat(format.stdout()).contains("Formatting dynamic metadata voter directory");
        observed("kraft.formatted", clusterId, parsed.getProperty("listeners"));

        // the tools' fast-start JVM flags instead of the broker's G1 + full JIT: a broker that lives a few seconds
        ToolProcess.Started broker = ToolProcess.start(Map.of("KAFKA_HEAP_OPTS", "-Xmx256m",
                        "KAFKA_JVM_PERFORMANCE_OPTS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"),
                "bin/kafka-server-start.sh", properties.toString());
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .failFast("the broker process ended", () -> !broker.process().isAlive())
                    .until(() -> ToolProcess.read(broker).contains("Kafka Server started"));
            observed("kraft.started", port, controllerPort);

            Properties client = new Properties();
            client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port);
            try (Admin admin = Admin.create(client)) {
                assertThat(admin.describeCluster().clusterId().get()).isEqualTo(clusterId);
                List<Node> nodes = List.copyOf(admin.describeCluster().nodes().get());
                assertThat(nodes).singleElement().satisfies(node -> {
                    assertThat(node.id()).isEqualTo(1);
                    assertThat(node.port()).isEqualTo(port);
                });
            }
            assertThat(ToolProcess.read(broker))
                    .contains("Awaiting socket connections on 127.0.0.1:" + port + ".")
                    .contains("Awaiting socket connections on 127.0.0.1:" + controllerPort + ".");
        } finally {
            // SIGTERM: the broker shuts down cleanly. On Windows (the .cmd twins, issue #31) there is no SIGTERM for a
            // console program: the reader presses Ctrl+C; the test ends the process tree.
            if (ToolProcess.WINDOWS) {
                ToolProcess.kill(broker.process());
            } else {
                broker.process().destroy();
            }
            if (!broker.process().waitFor(20, TimeUnit.SECONDS)) {
                ToolProcess.kill(broker.process());
            }
            System.out.println(ToolProcess.read(broker));
        }
    }

}
