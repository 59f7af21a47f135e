package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.testing.ChildJvm;
import com.example.testing.TestKafka;

/** 컨슈머의 안전한 종료: the claims on {@link ConsumerWithSafeShutdown}, and Ctrl+C in a real JVM. */
class SafeShutdownTest extends SafeShutdownClaims {

    SafeShutdownTest() {
        super(ConsumerWithSafeShutdown::run);
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
}
