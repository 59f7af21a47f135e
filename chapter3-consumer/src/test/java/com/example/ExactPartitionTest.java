package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.example.common.Examples;
import com.example.common.StopSignal;
import com.example.testing.RunningExample;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 파티션 할당 컨슈머 and 컨슈머에 할당된 파티션 확인 방법. */
@KafkaTest
class ExactPartitionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void assignReadsOnlyPartitionZeroAndNoGroupCommitsAnything(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("exact-partition", 3);
        // the other partitions' records are written first, partition 0's last
        kafka.send(new ProducerRecord<>(topic, 1, null, "p1-0"), new ProducerRecord<>(topic, 2, null, "p2-0"),
                new ProducerRecord<>(topic, 1, null, "p1-1"), new ProducerRecord<>(topic, 2, null, "p2-1"),
                new ProducerRecord<>(topic, 0, null, "p0-0"), new ProducerRecord<>(topic, 0, null, "p0-1"),
                new ProducerRecord<>(topic, 0, null, "p0-2"));

        RecordSink sink = new RecordSink();
        try (RunningExample consumer = RunningExample.start("exact-partition", stop ->
                ConsumerWithExactPartition.run(kafka.settings(), topic, ConsumerWithExactPartition.PARTITION_NUMBER,
                        stop, Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), sink))) {
            await().atMost(TIMEOUT).until(() -> sink.values().contains("p0-2"));
            consumer.stopAndAwait(TIMEOUT);
        }
        assertThat(sink.records()).extracting(ConsumerRecord::partition).containsOnly(0);
        observed("consumer.received", sink.size(), sink.records().stream().map(r -> r.partition() + ":" + r.value()).toList());
        assertThat(sink.values()).containsExactly("p0-0", "p0-1", "p0-2");

        // no group.id: no group coordinator was involved, no group holds an offset of this topic
        List<String> groupsWithOffsets = new ArrayList<>();
        for (GroupListing group : kafka.admin().listGroups().all().get()) {
            Set<TopicPartition> committed = kafka.committed(group.groupId()).keySet();
            if (committed.stream().anyMatch(tp -> tp.topic().equals(topic))) {
                groupsWithOffsets.add(group.groupId());
            }
        }
        assertThat(groupsWithOffsets).isEmpty();
    }

    /** Issue #15: the verdict "does not exist" stays true — looking the topic up did not create it. */
    @Test
    void aMissingTopicIsReportedAndNotCreatedByLooking(TestKafka kafka) throws Exception {
        String topic = TestKafka.unique("exact-partition-missing");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Examples.execute(kafka.settings(),
                settings -> ConsumerWithExactPartition.run(settings, topic, 0, new StopSignal()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("topic '" + topic + "' does not exist");
        assertThat(kafka.admin().listTopics().names().get()).doesNotContain(topic);
    }

    @Test
    void aPartitionTheTopicDoesNotHaveIsBadInputWithAHintNotAHang(TestKafka kafka) {
        String topic = kafka.createTopic("exact-partition-bad", 3);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Examples.execute(kafka.settings(),
                settings -> ConsumerWithExactPartition.run(settings, topic, 5, new StopSignal()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has partitions 0..2, not 5");
    }

    @Test
    void assignmentIsEmptyUntilPollJoinsTheGroupThenHoldsEveryPartition(TestKafka kafka) {
        String topic = kafka.createTopic("assignment-check", 3);
        String group = TestKafka.unique("assignment-check-group");
        kafka.sendValues(topic, List.of("x"));

        Set<TopicPartition> assigned = ConsumerWithAssignmentCheck.check(kafka.settings(), topic, group,
                TestConfigs.fast(), TIMEOUT);
        observed("consumer.assignment", assigned);

        assertThat(assigned).containsExactlyInAnyOrder(new TopicPartition(topic, 0), new TopicPartition(topic, 1),
                new TopicPartition(topic, 2));
        assertThat(kafka.committed(group)).as("a mere check commits nothing").isEmpty();
    }
}
