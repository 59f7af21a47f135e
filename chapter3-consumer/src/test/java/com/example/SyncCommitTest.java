package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.example.RunningExample.SimulatedCrash;
import com.example.RunningExample.Sink;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 동기 오프셋 커밋: {@link ConsumerWithSyncCommit} and {@link ConsumerWithSyncOffsetCommit}. */
@KafkaTest
class SyncCommitTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void commitSyncAfterEachPollLeavesTheGroupAtTheEndOffsetSoANewConsumerGetsNothingOld(TestKafka kafka)
            throws Exception {
        String topic = kafka.createTopic("sync-commit", 2);
        String group = TestKafka.unique("sync-commit-group");
        List<String> old = Produce.values("old", 10);
        Produce.spread(kafka, topic, 2, old);

        Sink first = new Sink();
        try (RunningExample consumer = RunningExample.start("sync-commit-1", stop ->
                ConsumerWithSyncCommit.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), first))) {
            await().atMost(TIMEOUT).until(() -> first.size() >= old.size());
            // the batch was processed, then commitSync() returned before the next poll
            await().atMost(TIMEOUT).until(() -> kafka.committed(group).equals(kafka.endOffsets(topic)));
            consumer.stopAndAwait(TIMEOUT);
        }
        assertThat(first.values()).containsExactlyInAnyOrderElementsOf(old);
        Map<TopicPartition, Long> end = kafka.endOffsets(topic);
        assertThat(end.values()).containsOnly(5L);
        assertThat(kafka.committed(group)).isEqualTo(end);

        // a new consumer in the group starts at the committed offsets: only the new record arrives
        Sink second = new Sink();
        try (RunningExample consumer = RunningExample.start("sync-commit-2", stop ->
                ConsumerWithSyncCommit.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), second))) {
            kafka.send(topic, null, "fresh");
            await().atMost(TIMEOUT).until(() -> second.values().contains("fresh"));
            consumer.stopAndAwait(TIMEOUT);
        }
        assertThat(second.values()).containsExactly("fresh");
    }

    @Test
    void perRecordCommitRedeliversAtMostTheRecordInFlightAndNeverSkipsOne(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("sync-offset-commit", 1);
        String group = TestKafka.unique("sync-offset-commit-group");
        List<String> values = Produce.values("r", 10);
        kafka.sendValues(topic, values);

        // the 5th record's processing crashes: r-0..r-3 were committed one by one, r-4 was in flight
        Sink first = new Sink();
        RunningExample crashed = RunningExample.start("sync-offset-commit-1", stop ->
                ConsumerWithSyncOffsetCommit.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), record -> {
                    first.accept(record);
                    if (record.value().equals("r-4")) {
                        throw new SimulatedCrash("crash while processing " + record.value());
                    }
                }));
        assertThat(crashed.awaitFailure(TIMEOUT)).isInstanceOf(SimulatedCrash.class);
        assertThat(first.values()).containsExactly("r-0", "r-1", "r-2", "r-3", "r-4");
        assertThat(kafka.committed(group)).containsEntry(new TopicPartition(topic, 0), 4L);

        Sink second = new Sink();
        try (RunningExample restarted = RunningExample.start("sync-offset-commit-2", stop ->
                ConsumerWithSyncOffsetCommit.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), second))) {
            await().atMost(TIMEOUT).until(() -> second.values().contains("r-9"));
            restarted.stopAndAwait(TIMEOUT);
        }

        List<String> all = new java.util.ArrayList<>(first.values());
        all.addAll(second.values());
        Set<String> distinct = new HashSet<>(all);
        assertThat(distinct).as("no record skipped").containsExactlyInAnyOrderElementsOf(values);
        assertThat(all.size() - distinct.size()).as("re-delivered").isLessThanOrEqualTo(1);
        assertThat(second.values()).as("the restart begins with the record that was in flight")
                .startsWith("r-4").doesNotContain("r-0", "r-1", "r-2", "r-3");
        assertThat(second.records()).extracting(ConsumerRecord::offset).startsWith(4L);
        assertThat(kafka.committed(group)).containsEntry(new TopicPartition(topic, 0), 10L);
    }
}
