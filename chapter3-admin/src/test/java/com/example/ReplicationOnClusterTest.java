package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.example.common.ClusterView;
import com.example.common.Replicas;
import com.example.local.LocalKafkaCluster;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 3.1 데이터 복제, 싱크 and 컨트롤러, shown on a real cluster: three brokers and a quorum of three controllers
 * ({@link LocalKafkaCluster}), where the single broker of the other tests can only explain them. Every test
 * leaves every node running again.
 */
@KafkaTest(brokers = 3)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicationOnClusterTest {

    /** What "within seconds" means for a new leader, an ISR change or a new active controller. */
    private static final Duration FAILOVER = Duration.ofSeconds(20);

    private TestKafka kafka;
    private LocalKafkaCluster cluster;

    @BeforeAll
    void cluster(TestKafka kafka) {
        this.kafka = kafka;
        this.cluster = kafka.cluster().orElseThrow();
    }

    @AfterEach
    void everyNodeRunsAgain() {
        LocalKafkaCluster.CONTROLLER_IDS.stream().filter(id -> !cluster.isRunning(id)).forEach(cluster::startNode);
        cluster.brokerIds().stream().filter(id -> !cluster.isRunning(id)).forEach(cluster::startNode);
    }

    @Test
    void replicationFactor3PutsOneLeaderAndTwoFollowersOnThreeBrokersAllInSync() throws Exception {
        ReplicationDemo.ReplicationResult result = ReplicationDemo.run(kafka.settings(), TestKafka.unique("replicated"));
        result.partitions().forEach(p -> observed("replication.partition", "replicated", p.leader(), p.followers(), p.isr()));

        assertThat(result.brokers()).isEqualTo(3);
        assertThat(result.replicationFactor()).isEqualTo(3);
        assertThat(result.partitions()).hasSize(ReplicationDemo.PARTITIONS).allSatisfy(p -> {
            assertThat(p.replicas()).containsExactlyInAnyOrder(1, 2, 3); // one replica on every broker
            assertThat(p.followers()).hasSize(2).doesNotContain(p.leader());
            assertThat(p.isr()).containsExactlyInAnyOrder(1, 2, 3);
        });
        assertThat(result.acksAll()).isEqualTo("written");
    }

    @Test
    void acksAllRecordsAreOnEveryReplica() throws Exception {
        String topic = kafka.createTopic("on-every-replica", 1, 3, Map.of());
        sendAcksAll(topic, 50);

        // each broker's copy of partition 0: caught up (no lag) and byte for byte as long as the others
        Map<Integer, ReplicaInfo> copies = replicaLogs(new TopicPartition(topic, 0));
        copies.forEach((broker, copy) -> observed("replication.copy", broker, copy.size(), copy.offsetLag()));
        assertThat(copies).containsOnlyKeys(1, 2, 3);
        assertThat(copies.values()).allSatisfy(copy -> assertThat(copy.offsetLag()).isZero());
        assertThat(copies.values()).extracting(ReplicaInfo::size).containsOnly(copies.get(1).size())
                .allSatisfy(size -> assertThat(size).isPositive());
    }

    @Test
    void whenTheLeadersBrokerStopsAFollowerFromTheIsrLeadsAndNoAcknowledgedRecordIsLost() throws Exception {
        BrokerFailureDemo.Failover f = BrokerFailureDemo.leaderFailover(kafka.settings(), cluster,
                TestKafka.unique("failover"));
        observed("broker-failure.before", f.before().leader(), f.before().isr());
        observed("broker-failure.new-leader", f.stoppedBroker(), f.afterStop().leader(), f.newLeaderMillis(),
                f.afterStop().isr());
        observed("broker-failure.read-back", f.readBack().size(), f.acknowledged().size());
        observed("broker-failure.rejoined", f.stoppedBroker(), f.afterRestart().isr(), f.rejoinMillis());

        assertThat(f.before().isr()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(f.stoppedBroker()).isEqualTo(f.before().leader());
        assertThat(f.afterStop().leader()).isNotEqualTo(f.stoppedBroker()).isIn(f.before().isr());
        assertThat(f.afterStop().isr()).doesNotContain(f.stoppedBroker());
        assertThat(f.newLeaderMillis()).isLessThan(FAILOVER.toMillis());
        // before and after the failover: every acknowledged record is read back, in order
        assertThat(f.acknowledged()).hasSize(BrokerFailureDemo.BEFORE_FAILOVER + BrokerFailureDemo.AFTER_FAILOVER);
        assertThat(f.readBack()).containsExactlyElementsOf(f.acknowledged());
        assertThat(f.afterRestart().isr()).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void minInsyncReplicas2RefusesAcksAllWritesOnlyWhenTwoFollowersAreDown() throws Exception {
        BrokerFailureDemo.MinInsync m = BrokerFailureDemo.minInsyncReplicas(kafka.settings(), cluster,
                TestKafka.unique("min-insync"));
        observed("min-insync.results", m.leader(), m.stoppedFollowers(), m.oneFollowerDown(), m.twoFollowersDown());
        observed("min-insync.restored", m.restored().isr(), m.recordsInLog());

        assertThat(m.stoppedFollowers()).hasSize(2).doesNotContain(m.leader());
        assertThat(m.oneFollowerDown()).isEqualTo("written");
        assertThat(m.twoFollowersDown()).startsWith("NotEnoughReplicasException");
        assertThat(m.restored().isr()).containsExactlyInAnyOrder(1, 2, 3);
        // the one acknowledged write is there, the refused one is not
        assertThat(m.recordsInLog()).containsExactly("acks=all");
        assertThat(ClusterView.total(kafka.endOffsets(m.topic()))).isEqualTo(1L);
    }

    @Test
    void theQuorumHasThreeVotersAndAnotherTakesOverWhenTheActiveControllerStops() throws Exception {
        ControllerFailoverDemo.Takeover t = ControllerFailoverDemo.run(kafka.settings(), cluster,
                TestKafka.unique("after-controller-change"));
        observed("controller-failover.takeover", t.voters(), t.activeBefore(), t.activeAfter(), t.electionMillis());
        observed("controller-failover.leader-moved", t.topicBefore().leader(), t.topicAfter().leader(),
                t.topicAfter().isr());

        assertThat(t.voters()).containsExactlyInAnyOrderElementsOf(LocalKafkaCluster.CONTROLLER_IDS);
        assertThat(t.activeAfter()).isNotEqualTo(t.activeBefore()).isIn(t.voters());
        // the new active controller does the controller's job: a partition leader still moves
        assertThat(t.topicAfter().leader()).isNotEqualTo(t.topicBefore().leader()).isIn(t.topicBefore().isr());
        assertThat(LocalKafkaCluster.CONTROLLER_IDS).allMatch(cluster::isRunning); // the demo restarted what it stopped
        assertThat(cluster.brokerIds()).allMatch(cluster::isRunning);
    }

    @Test
    void withUncleanElectionOffAnOutOfSyncReplicaNeverLeadsThePartitionWaits() throws Exception {
        String topic = kafka.createTopic("unclean", 1, 3, Map.of());
        int leader = kafka.replicas(topic, 0).leader();
        List<Integer> followers = cluster.brokerIds().stream().filter(id -> id != leader).toList();
        int outOfSync = followers.get(0);

        cluster.stopNode(outOfSync);     // misses what comes next
        kafka.awaitReplicas(topic, "an ISR of 2", FAILOVER, r -> r.isr().size() == 2);
        List<String> acknowledged = sendAcksAll(topic, 10);
        cluster.stopNode(followers.get(1));
        cluster.stopNode(leader);        // every in-sync replica is down now
        cluster.startNode(outOfSync);    // only the replica that lacks the records is back

        assertThat(uncleanElectionEnabled(topic)).isFalse(); // Kafka's default, as in the book
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> !kafka.replicas(topic, 0).hasLeader()); // no leader, rather than one without the data

        cluster.startNode(leader);       // an in-sync replica returns: it leads again, nothing lost
        kafka.awaitReplicas(topic, "a leader again", FAILOVER, Replicas::hasLeader);
        assertThat(kafka.consumeValues(topic, acknowledged.size())).containsExactlyElementsOf(acknowledged);
    }

    private List<String> sendAcksAll(String topic, int count) {
        List<String> values = new ArrayList<>(IntStream.range(0, count).mapToObj(i -> "record-" + i).toList());
        kafka.sendValues(topic, values); // the harness producer: acks=all (the default) and every send awaited
        return values;
    }

    private Map<Integer, ReplicaInfo> replicaLogs(TopicPartition partition) throws Exception {
        Map<Integer, ReplicaInfo> copies = new TreeMap<>();
        kafka.admin().describeLogDirs(cluster.brokerIds()).allDescriptions().get().forEach((broker, dirs) ->
                dirs.values().forEach(dir -> {
                    ReplicaInfo info = dir.replicaInfos().get(partition);
                    if (info != null) {
                        copies.put(broker, info);
                    }
                }));
        return copies;
    }

    private boolean uncleanElectionEnabled(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return Boolean.parseBoolean(kafka.admin().describeConfigs(List.of(resource)).all().get().get(resource)
                .get(TopicConfig.UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG).value());
    }

    private static Set<Integer> ids(List<Node> nodes) {
        Set<Integer> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        return ids;
    }
}
