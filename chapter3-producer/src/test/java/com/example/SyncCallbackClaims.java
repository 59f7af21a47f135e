package com.example;

import static com.example.testing.Observations.observed;
import static com.example.testing.Observations.failing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import com.example.common.KafkaSettings;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 3.4.1 브로커 정상 전송 여부를 확인하는 프로듀서 (동기), its claims: {@link SyncCallbackTest} runs them on the
 * listing, {@link SyncCallbackGrader} on the exercise's stub (exercise {@code sync-callback}).
 */
@KafkaTest
abstract class SyncCallbackClaims {

    /** The listing's entry point: {@code ProducerWithSyncCallback::send} with {@code acks}. */
    @FunctionalInterface
    interface SyncSend {
        RecordMetadata send(KafkaSettings settings, String topic, String key, String value, String acks)
                throws Exception;
    }

    private final SyncSend producer;

    SyncCallbackClaims(SyncSend producer) {
        this.producer = producer;
    }

    @Test
    void theReturnedMetadataIsWhereTheBrokerStoredTheRecord(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("sync-callback", 3);
        kafka.send(topic, "Busan", "earlier"); // so the offset is not trivially 0 everywhere

        RecordMetadata metadata = producer.send(kafka.settings(), topic, "Pangyo", "23", "all");
        observed("sync-callback.metadata", "all", metadata);

        assertThat(metadata).as(failing("sync-callback.no-metadata")).isNotNull();
        assertThat(metadata.hasOffset()).as(failing("sync-callback.no-offset", metadata)).isTrue();
        Optional<ConsumerRecord<String, String>> stored = kafka.consume(topic, 2).stream()
                .filter(r -> r.partition() == metadata.partition() && r.offset() == metadata.offset())
                .findFirst();
        assertThat(stored).as(failing("sync-callback.not-there", metadata)).isPresent();
        assertThat(stored.get().key() + "=" + stored.get().value())
                .as(failing("sync-callback.other-record", metadata, stored.get().key(), stored.get().value()))
                .isEqualTo("Pangyo=23");
        assertThat(stored.get().timestamp()).isEqualTo(metadata.timestamp());
    }

    @Test
    void withAcksZeroTheProducerDoesNotKnowTheOffset(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("sync-callback", 1);

        RecordMetadata metadata = producer.send(kafka.settings(), topic, "Pangyo", "23", "0");
        observed("sync-callback.metadata", "0", metadata);

        assertThat(metadata).as(failing("sync-callback.no-metadata")).isNotNull();
        assertThat(metadata.hasOffset()).as(failing("sync-callback.acks0-offset", metadata)).isFalse();
        assertThat(metadata.partition()).isZero();
        assertThat(kafka.consumeValues(topic, 1)).as(failing("sync-callback.acks0-lost")).containsExactly("23");
    }
}
