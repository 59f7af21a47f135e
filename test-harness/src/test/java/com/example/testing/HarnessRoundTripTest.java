package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@KafkaTest
class HarnessRoundTripTest {

    @Test
    void theSharedBrokerStoresAndReturnsKeyedRecords(TestKafka kafka) {
        String topic = kafka.createTopic("harness-round-trip", 3);

        kafka.send(new ProducerRecord<>(topic, "Pangyo", "23"), new ProducerRecord<>(topic, "Busan", "17"));
        List<ConsumerRecord<String, String>> records = kafka.consume(topic, 2);

        assertThat(records).extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Pangyo", "23"),
                        org.assertj.core.groups.Tuple.tuple("Busan", "17"));
        assertThat(TestKafka.total(kafka.endOffsets(topic).values())).isEqualTo(2);
        // the mode -Dkafka.broker names, or the one a subclass's @KafkaTest(mode = ...) asks for
        String mode = getClass().getAnnotation(KafkaTest.class).mode();
        assertThat(kafka.mode()).isEqualTo(mode.isEmpty() ? TestBrokers.configuredMode() : mode);
    }

    @Test
    void everyTestClassSharesOneBrokerPerJvm(TestKafka first, TestKafka second) {
        assertThat(first).isSameAs(second);
        assertThat(TestKafka.unique("t")).isNotEqualTo(TestKafka.unique("t"));
    }
}
