package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import com.example.RunningExample.Sink;
import com.example.testing.ChildJvm;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 컨슈머의 안전한 종료: {@link ConsumerWithSafeShutdown}. */
@KafkaTest
class SafeShutdownTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration PROMISED = Duration.ofSeconds(5);

    @Test
    void aStopSignalMakesItCommitAndExitWithinFiveSecondsAndARestartReadsNoDuplicate(TestKafka kafka)
            throws Exception {
        String topic = kafka.createTopic("safe-shutdown", 2);
        String group = TestKafka.unique("safe-shutdown-group");
        List<String> old = Produce.values("old", 10);
        Produce.spread(kafka, topic, 2, old);

        Sink first = new Sink();
        Duration took;
        try (RunningExample consumer = RunningExample.start("safe-shutdown-1", stop ->
                ConsumerWithSafeShutdown.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), first))) {
            await().atMost(TIMEOUT).until(() -> first.size() >= old.size());
            took = consumer.stopAndAwait(TIMEOUT);
        }
        assertThat(took).isLessThan(PROMISED);
        assertThat(kafka.committed(group)).isEqualTo(kafka.endOffsets(topic));

        Sink second = new Sink();
        try (RunningExample consumer = RunningExample.start("safe-shutdown-2", stop ->
                ConsumerWithSafeShutdown.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), second))) {
            kafka.send(topic, null, "fresh");
            await().atMost(TIMEOUT).until(() -> second.values().contains("fresh"));
            consumer.stopAndAwait(TIMEOUT);
        }
        assertThat(second.values()).as("0 duplicates").containsExactly("fresh");
    }

    @Test
    void aStopArrivingInTheMiddleOfABatchStillCommitsEveryProcessedRecord(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("safe-shutdown-mid-batch", 1);
        String group = TestKafka.unique("safe-shutdown-mid-batch-group");
        List<String> values = Produce.values("m", 20);
        kafka.sendValues(topic, values);

        // the stop (→ wakeup()) arrives while the first record of a 5-record batch is being processed: the
        // batch's commitSync() then throws WakeupException, and only the final commit saves the batch
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch processing = new CountDownLatch(1);
        AtomicBoolean once = new AtomicBoolean(true);
        Sink first = new Sink();
        Duration took;
        try (RunningExample consumer = RunningExample.start("safe-shutdown-mid-batch-1", stop ->
                ConsumerWithSafeShutdown.run(kafka.settings(), topic, group, stop,
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
        assertThat(took).isLessThan(PROMISED);
        assertThat(first.values()).as("the batch in progress was finished, no further poll").hasSize(5);
        assertThat(kafka.committed(group).values()).containsExactly(5L);

        Sink second = new Sink();
        try (RunningExample consumer = RunningExample.start("safe-shutdown-mid-batch-2", stop ->
                ConsumerWithSafeShutdown.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), second))) {
            await().atMost(TIMEOUT).until(() -> second.values().contains("m-19"));
            consumer.stopAndAwait(TIMEOUT);
        }
        List<String> all = new ArrayList<>(first.values());
        all.addAll(second.values());
        assertThat(all).as("0 duplicates").hasSize(values.size());
        assertThat(new HashSet<>(all)).as("none lost").containsExactlyInAnyOrderElementsOf(values);
    }

    @Test
    void ctrlCRunsTheSameShutdownInARealJvm(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("safe-shutdown-sigterm", 1);
        String group = TestKafka.unique("safe-shutdown-sigterm-group");
        List<String> values = Produce.values("s", 5);
        kafka.sendValues(topic, values);

        try (ChildJvm example = ChildJvm.start(ConsumerWithSafeShutdown.class, kafka.bootstrapServers(),
                topic, group, "auto.offset.reset=earliest")) {
            example.awaitLoggedValues(values.size(), TIMEOUT);
            long start = System.nanoTime();
            example.terminate(TIMEOUT); // SIGTERM, like Ctrl+C: the JVM runs its shutdown hooks
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMISED);
            assertThat(example.loggedValues()).containsExactlyElementsOf(values);
            assertThat(example.output()).contains("Wakeup consumer", "Committed", "Consumer close");
        }
        assertThat(kafka.committed(group)).isEqualTo(kafka.endOffsets(topic));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
