package com.example;

import static com.example.testing.Observations.failing;
import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.testing.RunningExample;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 3.4.2 동기 오프셋 커밋, its claims: {@link SyncCommitTest} runs them on {@link ConsumerWithSyncCommit},
 * {@link SyncCommitGrader} on the exercise's stub (exercise {@code sync-commit}).
 */
@KafkaTest
abstract class SyncCommitClaims {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** What the listing does within milliseconds of processing: commit. */
    static final Duration SOON = Duration.ofSeconds(5);

    private final ConsumerLoop consumer;

    SyncCommitClaims(ConsumerLoop consumer) {
        this.consumer = consumer;
    }

    @Test
    void afterEachBatchTheGroupIsCommittedToTheEndSoANewConsumerGetsNothingOld(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("sync-commit", 2);
        String group = TestKafka.unique("sync-commit-group");
        List<String> old = Produce.values("old", 10);
        Produce.spread(kafka, topic, 2, old);

        RecordSink first = new RecordSink();
        try (RunningExample example = RunningExample.start("sync-commit-1", stop ->
                consumer.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), first))) {
            await().atMost(TIMEOUT).alias(failing("consumer.not-all-read", old.size()))
                    .until(() -> first.size() >= old.size());
            // the batch was processed, then commitSync() returned before the next poll
            await().atMost(SOON).alias(failing("sync-commit.uncommitted", old.size(), SOON.toSeconds()))
                    .until(() -> kafka.committed(group).equals(kafka.endOffsets(topic)));
            example.stopAndAwait(TIMEOUT);
        }
        assertThat(first.values()).containsExactlyInAnyOrderElementsOf(old);

        // a new consumer in the group starts at the committed offsets: only the new record arrives
        RecordSink second = new RecordSink();
        try (RunningExample example = RunningExample.start("sync-commit-2", stop ->
                consumer.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), second))) {
            kafka.send(topic, null, "fresh");
            await().atMost(TIMEOUT).until(() -> second.values().contains("fresh"));
            example.stopAndAwait(TIMEOUT);
        }
        assertThat(second.values()).as(observed("consumer.read-again", second.size() - 1)).containsExactly("fresh");
    }
}
