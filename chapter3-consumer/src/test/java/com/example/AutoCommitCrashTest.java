package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import com.example.testing.RunningExample;
import com.example.testing.ChildJvm;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 비명시 오프셋 커밋: {@link ConsumerWithAutoCommit} runs in a JVM of its own, processes records, and is killed
 * (kill -9) before its first auto commit; the restarted consumer gets the same records again.
 */
@KafkaTest
class AutoCommitCrashTest {

    /** Generous: a child JVM on a busy 2-core machine takes seconds to start; the await ends when it is done. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void aCrashBeforeTheNextAutoCommitRedeliversWhatWasAlreadyProcessed(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("auto-commit-crash", 1);
        String group = TestKafka.unique("auto-commit-crash-group");
        // static membership: the restarted instance takes the dead one's place at once, instead of waiting for
        // its session to time out
        String instance = TestKafka.unique("instance");
        List<String> values = Produce.values("auto", 5);
        kafka.sendValues(topic, values);

        try (ChildJvm crashed = ChildJvm.start(ConsumerWithAutoCommit.class, kafka.bootstrapServers(),
                topic, group, "auto.offset.reset=earliest", "group.instance.id=" + instance)) {
            assertThat(crashed.awaitLoggedValues(values.size(), TIMEOUT)).containsExactlyElementsOf(values);
            // the window: everything is processed, nothing is committed (auto.commit.interval.ms=60000)
            assertThat(kafka.committed(group)).isEmpty();
            crashed.kill();
        }
        assertThat(kafka.committed(group)).as("a killed consumer commits nothing").isEmpty();

        RecordSink restarted = new RecordSink();
        Map<String, Object> configs = TestConfigs.fast(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instance);
        try (RunningExample consumer = RunningExample.start("auto-commit-restart", stop ->
                ConsumerWithAutoCommit.run(kafka.settings(), topic, group, stop, configs, restarted))) {
            await().atMost(TIMEOUT).until(() -> restarted.size() >= values.size());
            consumer.stopAndAwait(TIMEOUT);
        }
        assertThat(restarted.values()).as("re-delivered after the crash").containsExactlyElementsOf(values);
        assertThat(kafka.committed(group)).as("close() made the auto commit this time")
                .isEqualTo(kafka.endOffsets(topic));
    }
}
