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

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.RunningExample;
import com.example.testing.RunningExample.SimulatedCrash;
import com.example.testing.TestKafka;

/**
 * 3.4.2 동기 오프셋 커밋 (레코드 단위), its claims: {@link RecordCommitTest} runs them on
 * {@link ConsumerWithSyncOffsetCommit}, {@link RecordCommitGrader} on the exercise's stub (exercise
 * {@code record-commit}).
 */
@KafkaTest
abstract class RecordCommitClaims {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ConsumerLoop consumer;

    RecordCommitClaims(ConsumerLoop consumer) {
        this.consumer = consumer;
    }

    @Test
    void aCrashRedeliversAtMostTheRecordInFlightAndNeverSkipsOne(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("sync-offset-commit", 1);
        String group = TestKafka.unique("sync-offset-commit-group");
        List<String> values = Produce.values("r", 10);
        kafka.sendValues(topic, values);

        // the 5th record's processing crashes: r-0..r-3 were committed one by one, r-4 was in flight
        RecordSink first = new RecordSink();
        RunningExample crashed = RunningExample.start("sync-offset-commit-1", stop ->
                consumer.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), record -> {
                    first.accept(record);
                    if (record.value().equals("r-4")) {
                        throw new SimulatedCrash("crash while processing " + record.value());
                    }
                }));
        assertThat(crashed.awaitFailure(TIMEOUT)).isInstanceOf(SimulatedCrash.class);
        assertThat(first.values()).containsExactly("r-0", "r-1", "r-2", "r-3", "r-4");
        Map<TopicPartition, Long> committed = kafka.committed(group);
        assertThat(committed).as(observed("record-commit.at-crash", committed.values()))
                .containsEntry(new TopicPartition(topic, 0), 4L);

        RecordSink second = new RecordSink();
        try (RunningExample restarted = RunningExample.start("sync-offset-commit-2", stop ->
                consumer.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), second))) {
            await().atMost(TIMEOUT).until(() -> second.values().contains("r-9"));
            restarted.stopAndAwait(TIMEOUT);
        }

        List<String> all = new ArrayList<>(first.values());
        all.addAll(second.values());
        Set<String> distinct = new HashSet<>(all);
        assertThat(distinct).as("no record skipped").containsExactlyInAnyOrderElementsOf(values);
        assertThat(all.size() - distinct.size()).as(observed("consumer.read-again", all.size() - distinct.size()))
                .isLessThanOrEqualTo(1);
        assertThat(second.values()).as("the restart begins with the record that was in flight")
                .startsWith("r-4").doesNotContain("r-0", "r-1", "r-2", "r-3");
        assertThat(second.records()).extracting(ConsumerRecord::offset).startsWith(4L);
        assertThat(kafka.committed(group)).containsEntry(new TopicPartition(topic, 0), 10L);
    }
}
