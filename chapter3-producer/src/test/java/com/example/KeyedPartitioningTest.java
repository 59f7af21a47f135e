package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.4.1: the simple producer and a record for an exact partition, on a real broker (keyed records: {@link KeyProducerClaims}). */
@KafkaTest
class KeyedPartitioningTest {

    @Test
    void simpleProducerWritesTheValueWithoutKey(TestKafka kafka) {
        String topic = kafka.createTopic("test", 1);

        SimpleProducer.send(kafka.settings(), topic, "testMessage");

        ConsumerRecord<String, String> record = kafka.consume(topic, 1).get(0);
        observed("producer.simple", topic, record.partition(), record.offset(), record.key(), record.value());
        assertThat(record.key()).isNull();
        assertThat(record.value()).isEqualTo("testMessage");
    }

    @Test
    void exactPartitionWinsOverTheKeyHash(TestKafka kafka) {
        String topic = kafka.createTopic("test", 3);
        // without the partition number, "Pangyo" would go to partition 1 of 3
        assertThat(Utils.toPositive(Utils.murmur2("Pangyo".getBytes())) % 3).isEqualTo(1);

        ProducerExactPartition.send(kafka.settings(), topic, 0, "Pangyo", "23");
        ProducerExactPartition.send(kafka.settings(), topic, 0, "Busan", "23");

        List<ConsumerRecord<String, String>> records = kafka.consume(topic, 2);
        observed("producer.exact-partition", records.stream().map(r -> r.key() + "→" + r.partition()).toList());
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(0);
        assertThat(kafka.endOffsets(topic).values()).containsExactlyInAnyOrder(2L, 0L, 0L);
    }
}
