package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.example.testing.RunningExample;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 비동기 오프셋 커밋: {@link ConsumerWithASyncCommit} reports every commit result, failures included. */
@KafkaTest
class AsyncCommitTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** One call of the commit callback. */
    record CommitResult(Map<TopicPartition, OffsetAndMetadata> offsets, Exception exception) {
        long offset(TopicPartition partition) {
            return offsets.get(partition).offset();
        }
    }

    @Test
    void theCallbackReportsCommittedOffsetsAndAFailedCommitIsReportedNotSwallowed(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("async-commit", 1);
        String group = TestKafka.unique("async-commit-group");
        TopicPartition partition = new TopicPartition(topic, 0);
        kafka.sendValues(topic, List.of("a-0", "a-1", "a-2"));

        List<CommitResult> results = new CopyOnWriteArrayList<>();
        RecordSink sink = new RecordSink();
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean slowOnce = new AtomicBoolean(true);
        // Processing "slow" takes longer than max.poll.interval.ms: the heartbeat thread gives up on this member
        // and leaves the group, so the commit of the batch that contains "slow" cannot succeed.
        Map<String, Object> configs = TestConfigs.fast(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 2500);

        try (RunningExample consumer = RunningExample.start("async-commit", stop ->
                ConsumerWithASyncCommit.run(kafka.settings(), topic, group, stop, configs, record -> {
                    sink.accept(record);
                    if (record.value().equals("slow") && slowOnce.getAndSet(false)) {
                        awaitQuietly(release);
                    }
                }, (offsets, exception) -> results.add(new CommitResult(offsets, exception))))) {

            // 1. success: the callback receives the offsets the broker stored
            await().atMost(TIMEOUT).until(() -> results.stream()
                    .anyMatch(r -> r.exception() == null && r.offset(partition) == 3L));
            assertThat(kafka.committed(group)).containsEntry(partition, 3L);
            observed("async-commit.success", results.get(results.size() - 1).offsets());

            // 2. failure: stall processing until the group has dropped the member, then let the commit run
            kafka.send(topic, null, "slow");
            await().atMost(TIMEOUT).until(() -> sink.values().contains("slow"));
            await().atMost(TIMEOUT).until(() -> members(kafka, group) == 0);
            release.countDown();

            await().atMost(TIMEOUT).until(() -> results.stream().anyMatch(r -> r.exception() != null));
            CommitResult failure = results.stream().filter(r -> r.exception() != null).findFirst().orElseThrow();
            observed("async-commit.failure", failure.offsets(), failure.exception().getClass().getSimpleName());
            assertThat(failure.exception()).isInstanceOf(CommitFailedException.class)
                    .hasMessageContaining("not part of an active group");
            assertThat(failure.offset(partition)).as("the offsets it tried to commit").isEqualTo(4L);

            // 3. the cost of the failed commit: the next poll rejoins the group, the partition's position comes from
            //    the committed offset (3), and "slow" is delivered a second time before offset 4 is committed
            await().atMost(TIMEOUT).until(() -> sink.values().stream().filter("slow"::equals).count() >= 2);
            await().atMost(TIMEOUT).until(() -> kafka.committed(group).get(partition) == 4L);
            consumer.stopAndAwait(TIMEOUT);
        }
        assertThat(sink.values()).startsWith("a-0", "a-1", "a-2", "slow", "slow");
        assertThat(results).filteredOn(r -> r.exception() == null).last()
                .satisfies(r -> assertThat(r.offset(partition)).isEqualTo(4L));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int members(TestKafka kafka, String group) throws Exception {
        return kafka.groupAssignment(group).size();
    }
}
