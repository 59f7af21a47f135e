package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.Node;
import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.1 데이터 복제, 싱크: leader, followers, ISR, replication factor, min.insync.replicas. */
@KafkaTest
class ReplicationDemoTest {

    @Test
    void showsLeaderReplicasIsrAndWhatTheClusterRefuses(TestKafka kafka) throws Exception {
        String topic = TestKafka.unique("replication.test");
        int brokers = kafka.admin().describeCluster().nodes().get().size();

        ReplicationDemo.ReplicationResult r = ReplicationDemo.run(kafka.settings(), topic);
        r.partitions().forEach(p -> observed("replication.partition", topic, p.leader(), p.followers(), p.isr()));
        observed("replication.refused", r.refusedReplicationFactor(), r.brokers(), r.refusal());
        observed("replication.acks-all", r.acksAll(), r.strictMinInsyncReplicas(), r.acksAllOnStrict());

        assertThat(r.brokers()).isEqualTo(brokers);
        assertThat(r.replicationFactor()).isEqualTo(Math.min(3, brokers));
        assertThat(r.partitions()).hasSize(ReplicationDemo.PARTITIONS).allSatisfy(p -> {
            assertThat(p.replicas()).hasSize(r.replicationFactor()).contains(p.leader());
            assertThat(p.isr()).contains(p.leader());
            assertThat(p.followers()).hasSize(r.replicationFactor() - 1).doesNotContain(p.leader());
        });
        assertThat(r.minInsyncReplicas()).isEqualTo("1");

        // more replicas than brokers: refused, and nothing was created
        assertThat(r.refusedReplicationFactor()).isGreaterThan(brokers);
        if (brokers == 1) {
            assertThat(r.refusedReplicationFactor()).isEqualTo(3);
        }
        assertThat(r.refusal()).startsWith("InvalidReplicationFactorException");
        assertThat(kafka.admin().listTopics().names().get()).contains(topic, r.strictTopic())
                .doesNotContain(topic + ".rf" + r.refusedReplicationFactor());

        // acks=all: written, the ISR (the leader) is at least min.insync.replicas
        assertThat(r.acksAll()).isEqualTo("written");
        // min.insync.replicas above the replication factor: Kafka 4.x uses min(min.insync.replicas, RF)
        assertThat(r.strictMinInsyncReplicas()).isEqualTo(String.valueOf(r.replicationFactor() + 1));
        assertThat(r.acksAllOnStrict()).isEqualTo("written");
        assertThat(kafka.consumeValues(r.strictTopic(), 1)).containsExactly("acks=all");
        assertThat(kafka.admin().describeCluster().nodes().get()).extracting(Node::id)
                .containsAll(r.partitions().get(0).replicas());
    }
}
