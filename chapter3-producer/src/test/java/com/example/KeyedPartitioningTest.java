package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.4.1: the simple producer, keyed records and a record for an exact partition, on a real broker. */
@KafkaTest
class KeyedPartitioningTest {

    @Test
    void simpleProducerWritesTheValueWithoutKey(TestKafka kafka) {
        String topic = kafka.createTopic("test", 1);

        SimpleProducer.send(kafka.settings(), topic, "testMessage");

        ConsumerRecord<String, String> record = kafka.consume(topic, 1).get(0);
        assertThat(record.key()).isNull();
        assertThat(record.value()).isEqualTo("testMessage");
    }

    @Test
    void recordsWithTheSameKeyLandInOnePartition(TestKafka kafka) {
        String topic = kafka.createTopic("test", 3);

        // the reader's records, three times over
        for (int i = 0; i < 3; i++) {
            ProducerWithKeyValue.send(kafka.settings(), topic, ProducerWithKeyValue.BOOK_RECORDS);
        }

        List<ConsumerRecord<String, String>> records = kafka.consume(topic, 6);
        assertThat(records).hasSize(6);
        Map<String, Set<Integer>> partitionsByKey = partitionsByKey(records);
        assertThat(partitionsByKey).containsOnlyKeys("Pangyo", "Busan");
        assertThat(partitionsByKey.values()).allSatisfy(partitions -> assertThat(partitions).hasSize(1));
    }

    @Test
    void manyKeysEachStayInTheirPartitionInOrder(TestKafka kafka) {
        String topic = kafka.createTopic("test", 3);
        List<String> keys = List.of("Pangyo", "Busan", "Seoul", "Jeju", "Incheon", "Daegu");
        List<Map.Entry<String, String>> keyValues = IntStream.range(0, 5).boxed()
                .flatMap(round -> keys.stream().map(key -> Map.entry(key, key + "-" + round)))
                .toList();

        ProducerWithKeyValue.send(kafka.settings(), topic, keyValues);

        List<ConsumerRecord<String, String>> records = kafka.consume(topic, keyValues.size());
        assertThat(partitionsByKey(records).values()).allSatisfy(p -> assertThat(p).hasSize(1));
        // several partitions are used, and within a key the order is kept
        assertThat(records.stream().map(ConsumerRecord::partition).distinct().count()).isGreaterThan(1);
        for (String key : keys) {
            assertThat(records.stream().filter(r -> r.key().equals(key)).map(ConsumerRecord::value))
                    .containsExactly(key + "-0", key + "-1", key + "-2", key + "-3", key + "-4");
        }
    }

    @Test
    void exactPartitionWinsOverTheKeyHash(TestKafka kafka) {
        String topic = kafka.createTopic("test", 3);
        // without the partition number, "Pangyo" would go to partition 1 of 3
        assertThat(Utils.toPositive(Utils.murmur2("Pangyo".getBytes())) % 3).isEqualTo(1);

        ProducerExactPartition.send(kafka.settings(), topic, 0, "Pangyo", "23");
        ProducerExactPartition.send(kafka.settings(), topic, 0, "Busan", "23");

        List<ConsumerRecord<String, String>> records = kafka.consume(topic, 2);
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(0);
        assertThat(kafka.endOffsets(topic).values()).containsExactlyInAnyOrder(2L, 0L, 0L);
    }

    private static Map<String, Set<Integer>> partitionsByKey(List<ConsumerRecord<String, String>> records) {
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(ConsumerRecord::partition, Collectors.toSet())));
    }
}
