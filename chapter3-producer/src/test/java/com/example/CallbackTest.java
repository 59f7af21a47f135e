package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import com.example.common.Examples;
import com.example.local.LocalKafkaBroker;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.4.1 브로커 정상 전송 여부를 확인하는 프로듀서: async (Callback), and sync's bad input (its claims: {@link SyncCallbackClaims}). */
@KafkaTest
class CallbackTest {

    @Test
    void anUnknownAcksValueIsOneClearLine(TestKafka kafka) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Examples.execute(kafka.settings(),
                settings -> ProducerWithSyncCallback.send(settings, "test", "Pangyo", "23", "2"),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("acks must be one of 0, 1, all");
    }

    @Test
    void asyncCallbackFiresExactlyOncePerRecord(TestKafka kafka) {
        String topic = kafka.createTopic("test", 1);
        List<Map.Entry<String, String>> keyValues =
                IntStream.range(0, 10).mapToObj(i -> Map.entry("Pangyo", String.valueOf(i))).toList();

        List<ProducerCallback> callbacks =
                ProducerWithAsyncCallback.send(kafka.settings(), topic, keyValues, Map.of());
        observed("async-callback.offsets", callbacks.size(), callbacks.stream().map(c -> c.calls() + "×" + c.metadata()).toList());

        assertThat(callbacks).hasSize(10).allSatisfy(callback -> {
            assertThat(callback.calls()).isEqualTo(1);
            assertThat(callback.exception()).isNull();
            assertThat(callback.metadata().topic()).isEqualTo(topic);
        });
        // one partition, one producer: the callbacks report offsets 0..9 in send order
        assertThat(callbacks).extracting(c -> c.metadata().offset())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(kafka.consumeValues(topic, 10)).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void asyncCallbackGetsTheExceptionWhenTheTopicDoesNotExist() {
        try (LocalKafkaBroker broker = LocalKafkaBroker.builder().port(0)
                .brokerProperty("auto.create.topics.enable", false).build().start()) {
            String topic = TestKafka.unique("missing");
            long start = System.nanoTime();

            List<ProducerCallback> callbacks = ProducerWithAsyncCallback.send(broker.settings(), topic,
                    ProducerWithAsyncCallback.BOOK_RECORDS, Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(callbacks).singleElement().satisfies(callback -> {
                assertThat(callback.calls()).isEqualTo(1);
                assertThat(callback.metadata()).isNull();
                assertThat(callback.exception()).isInstanceOf(TimeoutException.class)
                        .hasMessageContaining(topic).hasMessageContaining("not present in metadata");
            });
        }
    }
}
