package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.1 코디네이터: each group has a live broker as coordinator, the leader of its __consumer_offsets partition. */
@KafkaTest
class CoordinatorDemoTest {

    @Test
    void theGroupCoordinatorIsALiveBrokerLeadingTheGroupsOffsetsPartition(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("hello.kafka", 2);
        String group = TestKafka.unique("hello-group");

        CoordinatorDemo.CoordinatorResult r = CoordinatorDemo.run(kafka.settings(), topic, group);
        observed("coordinator.group", group, r.state(), r.coordinator().id(), r.members().size(), r.offsetsPartitionLeader());

        assertThat(r.coordinator()).isNotNull();
        assertThat(r.liveBrokerIds()).contains(r.coordinator().id());
        assertThat(r.offsetsPartitionLeader()).isEqualTo(r.coordinator().id());
        assertThat(r.state()).isEqualTo(GroupState.STABLE);
        assertThat(r.members()).singleElement().satisfies(m -> assertThat(m.assignment())
                .containsExactlyInAnyOrder(new TopicPartition(topic, 0), new TopicPartition(topic, 1)));
    }
}
