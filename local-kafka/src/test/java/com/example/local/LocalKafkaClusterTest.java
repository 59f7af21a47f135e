package com.example.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The cluster's shape — N brokers on their own ports, three controllers forming the quorum, one cluster id —
 * and the reader's console that stops and starts a node. (What the cluster proves is in chapter3-admin.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalKafkaClusterTest {

    private LocalKafkaCluster cluster;
    private Admin admin;

    @BeforeAll
    void start() {
        cluster = LocalKafkaCluster.start(3);
        admin = Admin.create(cluster.settings().admin());
    }

    @AfterAll
    void stop() {
        admin.close();
        cluster.close();
        assertThat(cluster.dataDir()).doesNotExist();
    }

    @Test
    void threeBrokersAndAQuorumOfThreeControllers() throws Exception {
        assertThat(cluster.bootstrapServers().split(",")).hasSize(3).doesNotHaveDuplicates()
                .allMatch(address -> address.startsWith("localhost:"));
        assertThat(admin.describeCluster().nodes().get()).extracting(Node::id).containsExactlyInAnyOrder(1, 2, 3);

        QuorumInfo quorum = admin.describeMetadataQuorum().quorumInfo().get();
        assertThat(quorum.voters()).extracting(QuorumInfo.ReplicaState::replicaId)
                .containsExactlyInAnyOrderElementsOf(LocalKafkaCluster.CONTROLLER_IDS);
        assertThat(LocalKafkaCluster.CONTROLLER_IDS).contains(quorum.leaderId());
        assertThat(quorum.observers()).extracting(QuorumInfo.ReplicaState::replicaId).contains(1, 2, 3);
        assertThat(cluster.node(2).serverProperties().getProperty("process.roles")).isEqualTo("broker");
        assertThat(cluster.node(101).serverProperties().getProperty("process.roles")).isEqualTo("controller");
        assertThat(cluster.node(1).serverProperties().getProperty("listeners")).startsWith("PLAINTEXT://127.0.0.1:");
    }

    @Test
    void theConsoleStopsAndStartsANodeAndNamesWhatItCannotDo() throws Exception {
        assertThat(console("stop 2")).startsWith("node 2 stopped in ");
        assertThat(cluster.isRunning(2)).isFalse();
        assertThat(console("status")).contains("broker 2 stopped", "broker 1 running", "controller 101 running");
        assertThat(admin.describeCluster().nodes().get()).extracting(Node::id).doesNotContain(2);

        assertThat(console("start 2")).startsWith("node 2 started in ");
        assertThat(admin.describeCluster().nodes().get()).extracting(Node::id).contains(2);

        assertThat(console("stop 7")).startsWith("error: no node 7: brokers are [1, 2, 3]");
        assertThat(console("stop")).startsWith("error: stop needs a node id, e.g. 'stop 2'");
        assertThat(console("reboot everything")).startsWith("commands: stop <id> | start <id>");
    }

    @Test
    void aClusterNeedsABrokerAndRoomForItsPorts() {
        assertThatThrownBy(() -> LocalKafkaCluster.start(0)).hasMessageContaining("--brokers needs 1 or more");
        assertThatThrownBy(() -> LocalKafkaCluster.start(3, 65534, Map.of()))
                .hasMessageContaining("--port 65534 leaves no room for 3 brokers");
        int busy = cluster.node(1).port(); // a taken port is named before any node starts
        assertThatThrownBy(() -> LocalKafkaCluster.start(3, busy, Map.of()))
                .hasMessageContaining("port " + busy + " (broker) is already in use");
    }

    @Test
    void theReaderCommandNamesAMissingOrBadBrokerCount() {
        // the launcher appends --stop-with-parent, so a bare --brokers must not take that as its value
        assertThatThrownBy(() -> LocalKafkaMain.Options.parse(new String[] {"--brokers", "--stop-with-parent"}))
                .hasMessage("--brokers needs a value");
        assertThatThrownBy(() -> LocalKafkaMain.Options.parse(new String[] {"--brokers 0"}))
                .hasMessage("--brokers needs a number from 1 to 9, got '0'");
        assertThat(LocalKafkaMain.Options.parse(new String[] {"--brokers 3"}).brokers).isEqualTo(3);
    }

    private String console(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocalClusterConsole.execute(cluster, line, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).trim();
    }
}
