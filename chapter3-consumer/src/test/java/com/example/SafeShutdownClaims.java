package com.example;

import static com.example.testing.Observations.failing;
import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.example.testing.RunningExample;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 3.4.2 컨슈머의 안전한 종료, its claims: {@link SafeShutdownTest} runs them on {@link ConsumerWithSafeShutdown},
 * {@link SafeShutdownGrader} on the exercise's stub (exercise {@code safe-shutdown}).
 */
@KafkaTest
abstract class SafeShutdownClaims {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final Duration PROMISED = Duration.ofSeconds(5);

    private final ConsumerLoop listing;

    SafeShutdownClaims(ConsumerLoop consumer) {
        this.listing = consumer;
    }

    @Test
    void aStopSignalMakesItCommitAndExitWithinFiveSecondsAndARestartReadsNoDuplicate(TestKafka kafka)
            throws Exception {
        String topic = kafka.createTopic("safe-shutdown", 2);
        String group = TestKafka.unique("safe-shutdown-group");
        List<String> old = Produce.values("old", 10);
        Produce.spread(kafka, topic, 2, old);

        RecordSink first = new RecordSink();
        Duration took;
        try (RunningExample consumer = RunningExample.start("safe-shutdown-1", stop ->
                listing.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), first))) {
            await().atMost(TIMEOUT).until(() -> first.size() >= old.size());
            took = consumer.stopAndAwait(TIMEOUT);
        }
        assertThat(took).as(observed("safe-shutdown.slow", took.toMillis())).isLessThan(PROMISED);
        Map<TopicPartition, Long> committed = kafka.committed(group);
        assertThat(committed).as(observed("safe-shutdown.uncommitted", committed, kafka.endOffsets(topic)))
                .isEqualTo(kafka.endOffsets(topic));
        // close() sent LeaveGroup: the partitions are free at once, not after session.timeout.ms
        await().atMost(PROMISED).alias(failing("safe-shutdown.still-member", PROMISED.toSeconds()))
                .until(() -> kafka.groupAssignment(group).isEmpty());

        RecordSink second = new RecordSink();
        try (RunningExample consumer = RunningExample.start("safe-shutdown-2", stop ->
                listing.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), second))) {
            kafka.send(topic, null, "fresh");
            await().atMost(TIMEOUT).until(() -> second.values().contains("fresh"));
            consumer.stopAndAwait(TIMEOUT);
        }
        assertThat(second.values()).as(observed("consumer.read-again", second.size() - 1)).containsExactly("fresh");
    }

    @Test
    void aStopArrivingInTheMiddleOfABatchStillCommitsEveryProcessedRecord(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("safe-shutdown-mid-batch", 1);
        String group = TestKafka.unique("safe-shutdown-mid-batch-group");
        List<String> values = Produce.values("m", 20);
        kafka.sendValues(topic, values);

        // the stop (→ wakeup()) arrives while the first record of a 5-record batch is being processed: the
        // batch's commitSync() then throws WakeupException without knowing if its commit arrived; the final commit
        // makes sure (the exercise's grader cannot tell the two apart: the interrupted commit usually arrives)
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch processing = new CountDownLatch(1);
        AtomicBoolean once = new AtomicBoolean(true);
        RecordSink first = new RecordSink();
        Duration took;
        try (RunningExample consumer = RunningExample.start("safe-shutdown-mid-batch-1", stop ->
                listing.run(kafka.settings(), topic, group, stop,
                        TestConfigs.fast(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5), record -> {
                            first.accept(record);
                            if (once.getAndSet(false)) {
                                processing.countDown();
                                awaitQuietly(stopped);
                            }
                        }))) {
            assertThat(processing.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            consumer.stop.stop();
            stopped.countDown();
            consumer.stopAndAwait(TIMEOUT);
            took = Duration.ofNanos(System.nanoTime() - start);
        }
        assertThat(took).as(observed("safe-shutdown.slow", took.toMillis())).isLessThan(PROMISED);
        await().atMost(PROMISED).alias(failing("safe-shutdown.still-member", PROMISED.toSeconds()))
                .until(() -> kafka.groupAssignment(group).isEmpty());
        assertThat(first.values()).as("the batch in progress was finished, no further poll").hasSize(5);
        assertThat(kafka.committed(group).values()).as(observed("safe-shutdown.mid-batch", kafka.committed(group)))
                .containsExactly(5L);

        RecordSink second = new RecordSink();
        try (RunningExample consumer = RunningExample.start("safe-shutdown-mid-batch-2", stop ->
                listing.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), second))) {
            await().atMost(TIMEOUT).until(() -> second.values().contains("m-19"));
            consumer.stopAndAwait(TIMEOUT);
        }
        List<String> all = new ArrayList<>(first.values());
        all.addAll(second.values());
        assertThat(all).as(observed("consumer.read-again", all.size() - values.size())).hasSize(values.size());
        assertThat(new HashSet<>(all)).as("none lost").containsExactlyInAnyOrderElementsOf(values);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
