package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

import com.example.common.KafkaSettings;

/**
 * {@code -Dkafka.broker=zookeeper}: this project's Kafka 4.3.1 clients against the book's ZooKeeper-era cluster
 * (ZooKeeper 3.8 + Kafka 3.9 broker in ZooKeeper mode, a child JVM), started beside the JVM's own broker by
 * {@code @KafkaTest(mode = ZOOKEEPER)} — the annotation the chapter modules' {@code ZooKeeper*Test} re-runs use —
 * and pins down where 4.x clients behave differently on such a broker.
 */
@KafkaTest(mode = TestBrokers.ZOOKEEPER)
class ZooKeeperModeTest {

    @Test
    void kafka4ClientsCreateProduceConsumeAndCommitOnTheZooKeeperModeBroker(TestKafka kafka) throws Exception {
        assertThat(kafka.mode()).isEqualTo(TestBrokers.ZOOKEEPER);
        assertThat(AppInfoParser.getVersion()).isEqualTo("4.3.1"); // the clients in this JVM

        String topic = kafka.createTopic("hello.kafka", 3);
        assertThat(kafka.admin().describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions())
                .hasSize(3);
        kafka.send(new ProducerRecord<>(topic, "Pangyo", "23"), new ProducerRecord<>(topic, "Busan", "17"),
                new ProducerRecord<>(topic, "Pangyo", "24"));
        assertThat(kafka.consume(topic, 3)).extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrder("23", "17", "24");
        assertThat(TestKafka.total(kafka.endOffsets(topic).values())).isEqualTo(3);

        // a consumer group (classic protocol, the 4.x default) commits; the group coordinator keeps the offsets
        String group = TestKafka.unique("hello-group");
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaSettings.with(
                kafka.settings().consumer(group), Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")))) {
            consumer.subscribe(List.of(topic));
            await().atMost(TestKafka.DEFAULT_TIMEOUT).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                return read.size() >= 3;
            });
            consumer.commitSync();
        }
        assertThat(TestKafka.total(kafka.committed(group).values())).isEqualTo(3);

        // what kafka-consumer-groups.sh --list / --describe (2.2.4) ask: 4.x Admin calls, answered by a 3.9 broker
        Collection<GroupListing> groups = kafka.admin().listGroups().all().get();
        assertThat(groups).filteredOn(g -> g.groupId().equals(group)).singleElement()
                .satisfies(g -> assertThat(g.type()).contains(GroupType.CLASSIC));
        ConsumerGroupDescription description =
                kafka.admin().describeConsumerGroups(List.of(group)).describedGroups().get(group).get();
        assertThat(description.type()).isEqualTo(GroupType.CLASSIC);
        assertThat(description.groupState()).isEqualTo(GroupState.EMPTY);
    }

    @Test
    void theControllerIsTheBrokerThatZooKeeperElected(TestKafka kafka) throws Exception {
        // 3.1: in ZooKeeper mode one broker is the controller (znode /controller); alone, it is broker.id 0
        DescribeClusterResult cluster = kafka.admin().describeCluster();
        assertThat(cluster.nodes().get()).extracting(Node::id).containsExactly(0);
        assertThat(cluster.controller().get().id()).isEqualTo(0);
        assertThat(kafka.zookeeperConnect()).hasValueSatisfying(zk -> assertThat(zk).startsWith("127.0.0.1:"));
    }

    @Test
    void closingTheBrokerLeavesNoJvmBehind() {
        // a second cluster next to the shared one: free ports, own temporary data
        ZooKeeperKafkaProcess second = (ZooKeeperKafkaProcess) TestBrokers.startZooKeeper();
        ProcessHandle jvm = second.processHandle();
        assertThat(jvm.isAlive()).isTrue();
        try (TestKafka kafka = new TestKafka(second)) {
            assertThat(kafka.bootstrapServers()).startsWith("localhost:");
        }
        assertThat(jvm.isAlive()).isFalse();
    }

    @Test
    void kraftOnlyApisAreRejectedWithUnsupportedVersion(TestKafka kafka) {
        // kafka-metadata-quorum.sh / Admin#describeMetadataQuorum: there is no KRaft quorum, ZooKeeper has that job
        assertThatThrownBy(() -> kafka.admin().describeMetadataQuorum().quorumInfo().get())
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(UnsupportedVersionException.class);
    }

    @Test
    void theNewConsumerGroupProtocolNeedsAKraftBroker(TestKafka kafka) {
        // Kafka 4's opt-in group.protocol=consumer (KIP-848) needs the ConsumerGroupHeartbeat API of a KRaft broker
        String topic = kafka.createTopic("new-protocol", 1);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaSettings.with(
                kafka.settings().consumer(TestKafka.unique("new-protocol-group")),
                Map.of(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer")))) {
            consumer.subscribe(List.of(topic));
            assertThatThrownBy(() -> await().atMost(TestKafka.DEFAULT_TIMEOUT).pollInterval(Duration.ZERO)
                    .until(() -> !consumer.poll(Duration.ofMillis(200)).isEmpty()))
                    .isInstanceOf(UnsupportedVersionException.class)
                    .hasMessageContaining("does not support the new CONSUMER group protocol")
                    .hasMessageContaining("Set group.protocol=classic");
        }
    }
}
