package com.example;

import static com.example.testing.Observations.failing;
import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.example.common.KafkaSettings;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 3.4.1 메시지 키를 가진 데이터를 전송하는 프로듀서, its claims: {@link KeyProducerTest} runs them on the listing,
 * {@link KeyProducerGrader} on the exercise's stub (exercise {@code key-producer}).
 */
@KafkaTest
abstract class KeyProducerClaims {

    /** The listing's entry point: {@code ProducerWithKeyValue::send}. */
    @FunctionalInterface
    interface KeyedSend {
        void send(KafkaSettings settings, String topic, List<Map.Entry<String, String>> keyValues);
    }

    private final KeyedSend producer;

    KeyProducerClaims(KeyedSend producer) {
        this.producer = producer;
    }

    @Test
    void everyRecordIsStoredWithItsKeyAndValue(TestKafka kafka) {
        String topic = kafka.createTopic("key-producer", 3);

        producer.send(kafka.settings(), topic, ProducerWithKeyValue.BOOK_RECORDS);

        assertStored(kafka, topic, 2);
        List<ConsumerRecord<String, String>> records = kafka.consume(topic, 2);
        assertThat(records).extracting(r -> Map.entry(String.valueOf(r.key()), String.valueOf(r.value())))
                .as(observed("key-producer.keys", keysOf(records)))
                .containsExactlyInAnyOrderElementsOf(ProducerWithKeyValue.BOOK_RECORDS);
    }

    @Test
    void recordsWithTheSameKeyLandInOnePartition(TestKafka kafka) {
        String topic = kafka.createTopic("key-producer", 3);

        for (int i = 0; i < 3; i++) { // the reader's records, three times over
            producer.send(kafka.settings(), topic, ProducerWithKeyValue.BOOK_RECORDS);
        }

        assertStored(kafka, topic, 6);
        Map<String, Set<Integer>> partitionsByKey = partitionsByKey(kafka.consume(topic, 6));
        assertThat(partitionsByKey).as(observed("key-producer.partitions", partitionsByKey))
                .containsOnlyKeys("Pangyo", "Busan")
                .allSatisfy((key, partitions) -> assertThat(partitions).hasSize(1));
    }

    @Test
    void eachKeysRecordsKeepTheirOrderInTheirPartition(TestKafka kafka) {
        String topic = kafka.createTopic("key-producer", 3);
        List<String> keys = List.of("Pangyo", "Busan", "Seoul", "Jeju", "Incheon", "Daegu");
        List<Map.Entry<String, String>> keyValues = IntStream.range(0, 5).boxed()
                .flatMap(round -> keys.stream().map(key -> Map.entry(key, key + "-" + round)))
                .toList();

        producer.send(kafka.settings(), topic, keyValues);

        assertStored(kafka, topic, keyValues.size());
        List<ConsumerRecord<String, String>> records = kafka.consume(topic, keyValues.size());
        Map<String, Set<Integer>> partitionsByKey = partitionsByKey(records);
        assertThat(partitionsByKey.values()).as(observed("key-producer.partitions", partitionsByKey))
                .allSatisfy(p -> assertThat(p).hasSize(1));
        assertThat(records.stream().map(ConsumerRecord::partition).distinct().count())
                .as(failing("key-producer.one-partition")).isGreaterThan(1);
        for (String key : keys) {
            List<String> values = records.stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
            assertThat(values).as(observed("key-producer.order", key, values))
                    .containsExactly(key + "-0", key + "-1", key + "-2", key + "-3", key + "-4");
        }
    }

    /** Right after {@code send} returned (it flushes), the broker holds exactly {@code expected} records. */
    static void assertStored(TestKafka kafka, String topic, long expected) {
        long stored = TestKafka.total(kafka.endOffsets(topic).values());
        assertThat(stored).as(observed("producer.stored", stored, expected)).isEqualTo(expected);
    }

    private static Map<String, Set<Integer>> partitionsByKey(List<ConsumerRecord<String, String>> records) {
        return records.stream().collect(Collectors.groupingBy(r -> String.valueOf(r.key()),
                Collectors.mapping(ConsumerRecord::partition, Collectors.toSet())));
    }

    private static Set<String> keysOf(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> Objects.toString(r.key())).collect(Collectors.toSet());
    }
}
