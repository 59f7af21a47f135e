package com.example.zookeeper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.zookeeper.ZooKeeper;
import org.junit.jupiter.api.Test;

import com.example.zookeeper.ZooKeeperKafkaMain.Cluster;
import com.example.zookeeper.ZooKeeperKafkaMain.Options;

/**
 * 3.1 — in the ZooKeeper era the cluster's metadata lives in ZooKeeper: each live broker has an ephemeral
 * znode {@code /brokers/ids/<broker.id>}, the controller is whoever holds {@code /controller}, and every topic
 * has {@code /brokers/topics/<name>}. Started as the book's two steps (ZooKeeper, then the broker), checked
 * with ZooKeeper's own client; Kafka 3.9 only (no 4.x jar on this module's classpath).
 */
class ZooKeeperRegistryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void theBrokerRegistersInZooKeeperBecomesControllerAndDeregistersOnStop() throws Exception {
        try (Cluster zookeeperStep = new Cluster(Options.parse(new String[] {"--zookeeper-only", "--zookeeper-port", "0"}))) {
            String zookeeperReady = zookeeperStep.start();
            String zookeeperConnect = value(zookeeperReady, "zookeeper.connect");
            assertThat(zookeeperReady).startsWith("ZooKeeper ready: zookeeper.connect=127.0.0.1:");

            Cluster brokerStep = new Cluster(Options.parse(new String[] {"--broker-only", "--port", "0",
                    "--zookeeper-connect", zookeeperConnect}));
            String brokerReady = brokerStep.start();
            String bootstrap = value(brokerReady, "bootstrap.servers");
            assertThat(brokerReady).startsWith("Kafka broker ready: bootstrap.servers=localhost:")
                    .contains("broker.id=0", "Kafka 3.9.2", "ZooKeeper 3.8.4");

            try (ZooKeeper zk = connect(zookeeperConnect)) {
                // the broker's registration: broker.id 0 from the book's server.properties, its advertised endpoint
                assertThat(zk.getChildren("/brokers/ids", false)).containsExactly("0");
                assertThat(data(zk, "/brokers/ids/0")).contains("\"endpoints\":[\"PLAINTEXT://" + bootstrap + "\"]");
                // the only broker is the controller
                await().atMost(TIMEOUT).until(() -> zk.exists("/controller", false) != null);
                assertThat(data(zk, "/controller")).contains("\"brokerid\":0");

                // a topic created through the broker is metadata in ZooKeeper
                try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                    admin.createTopics(List.of(new NewTopic("hello.kafka", 3, (short) 1))).all().get();
                    assertThat(admin.listTopics().names().get()).contains("hello.kafka");
                }
                assertThat(zk.getChildren("/brokers/topics", false)).contains("hello.kafka");
                assertThat(zk.getChildren("/brokers/topics/hello.kafka/partitions", false))
                        .containsExactlyInAnyOrder("0", "1", "2");

                // the registration is ephemeral: it goes away with the broker
                brokerStep.close();
                await().atMost(TIMEOUT).until(() -> zk.getChildren("/brokers/ids", false).isEmpty());
                assertThat(zk.getChildren("/brokers/topics", false)).contains("hello.kafka"); // metadata stays
            }
        }
    }

    static String value(String readyLine, String key) {
        Matcher m = Pattern.compile(Pattern.quote(key) + "=(\\S+)").matcher(readyLine);
        assertThat(m.find()).as(key + " in: " + readyLine).isTrue();
        return m.group(1);
    }

    static ZooKeeper connect(String connect) throws Exception {
        ZooKeeper zk = new ZooKeeper(connect, 10_000, event -> { });
        await().atMost(TIMEOUT).until(() -> zk.getState().isConnected());
        return zk;
    }

    private static String data(ZooKeeper zk, String path) throws Exception {
        return new String(zk.getData(path, false, null), StandardCharsets.UTF_8);
    }

    @Test
    void versionsAreTheZooKeeperEraOnes() {
        assertThat(ZooKeeperNode.version()).isEqualTo("3.8.4");
        assertThat(ZooKeeperModeBroker.version()).isEqualTo("3.9.2");
        assertThat(Set.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)))
                .noneMatch(jar -> jar.matches(".*kafka[^/]*-4\\.[0-9.]+\\.jar"));
    }
}
