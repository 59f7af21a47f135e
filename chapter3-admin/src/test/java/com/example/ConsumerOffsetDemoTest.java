package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.1 컨슈머 오프셋 저장: committed offsets are stored by the broker in __consumer_offsets. */
@KafkaTest
class ConsumerOffsetDemoTest {

    @Test
    void theGroupsCommittedOffsetsAppearInListConsumerGroupOffsets(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("hello.kafka", 2);
        String group = TestKafka.unique("hello-group");

        ConsumerOffsetDemo.OffsetResult r = ConsumerOffsetDemo.run(kafka.settings(), topic, group);
        observed("offsets.committed", group, r.recordsRead(), r.committed(), r.endOffsets());
        observed("offsets.stored", r.offsetsTopic(), r.offsetsTopicInternal(), r.offsetsTopicPartitions(), r.groupPartition());

        assertThat(r.recordsRead()).isEqualTo(ConsumerOffsetDemo.RECORDS);
        assertThat(r.endOffsets()).hasSize(2);
        assertThat(r.committed()).isEqualTo(r.endOffsets());
        assertThat(TestKafka.total(r.committed().values())).isEqualTo(ConsumerOffsetDemo.RECORDS);
        assertThat(kafka.committed(group)).isEqualTo(r.committed()); // the broker agrees

        assertThat(r.offsetsTopic()).isEqualTo("__consumer_offsets");
        assertThat(r.offsetsTopicInternal()).isTrue();
        assertThat(r.offsetsTopicPartitions()).isPositive();
        assertThat(r.groupPartition()).isBetween(0, r.offsetsTopicPartitions() - 1)
                .isEqualTo(Math.abs(group.hashCode()) % r.offsetsTopicPartitions());
    }

    @Test
    void runningAgainCommitsTheNewEnd(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("hello.kafka", 1);
        String group = TestKafka.unique("hello-group");
        ConsumerOffsetDemo.run(kafka.settings(), topic, group);

        ConsumerOffsetDemo.OffsetResult second = ConsumerOffsetDemo.run(kafka.settings(), topic, group);
        observed("offsets.committed", group, second.recordsRead(), second.committed(), second.committed());

        // the group resumes from its commit: only the 3 new records are read
        assertThat(second.recordsRead()).isEqualTo(ConsumerOffsetDemo.RECORDS);
        assertThat(second.committed()).containsEntry(new TopicPartition(topic, 0), 2L * ConsumerOffsetDemo.RECORDS);
    }
}
