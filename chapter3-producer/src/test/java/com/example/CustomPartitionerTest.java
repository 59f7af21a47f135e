package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.example.common.Examples;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.4.1 커스텀 파티셔너: Pangyo owns partition 0, other keys share the rest, no key is refused. */
@KafkaTest
class CustomPartitionerTest {

    private static final List<String> OTHER_KEYS = IntStream.range(0, 40).mapToObj(i -> "office-" + i).toList();

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {2, 3, 5})
    void pangyoAlwaysGoesToPartitionZeroAndNothingElseDoes(int partitions, TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("test", partitions);
        List<Map.Entry<String, String>> keyValues = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            keyValues.add(Map.entry("Pangyo", "23"));
            OTHER_KEYS.forEach(key -> keyValues.add(Map.entry(key, "23")));
        }

        List<RecordMetadata> stored = ProducerWithCustomPartitioner.send(kafka.settings(), topic, keyValues);

        // what the broker holds, read back
        var records = kafka.consume(topic, keyValues.size());
        Map<String, Set<Integer>> partitionsByKey = records.stream().collect(Collectors.groupingBy(
                r -> r.key(), Collectors.mapping(r -> r.partition(), Collectors.toSet())));
        assertThat(partitionsByKey.get("Pangyo")).containsExactly(0);
        Set<Integer> othersUsed = OTHER_KEYS.stream().flatMap(key -> partitionsByKey.get(key).stream())
                .collect(Collectors.toSet());
        assertThat(othersUsed).doesNotContain(0)
                .isEqualTo(IntStream.range(1, partitions).boxed().collect(Collectors.toSet()));
        assertThat(OTHER_KEYS).allSatisfy(key -> assertThat(partitionsByKey.get(key)).hasSize(1));
        // and the example reports the same places
        assertThat(stored).hasSize(keyValues.size());
        assertThat(stored.get(0).partition()).isZero();
        assertThat(kafka.endOffsets(topic).get(new TopicPartition(topic, 0))).isEqualTo(3L);
    }

    @Test
    void theBooksRecordGoesToPartitionZero(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("test", 3);

        List<RecordMetadata> stored =
                ProducerWithCustomPartitioner.send(kafka.settings(), topic, ProducerWithCustomPartitioner.BOOK_RECORDS);

        assertThat(stored).singleElement().satisfies(m -> {
            assertThat(m.partition()).isZero();
            assertThat(m.offset()).isZero();
        });
    }

    @Test
    void aRecordWithoutKeyIsRefusedAndNothingIsWritten(TestKafka kafka) {
        String topic = kafka.createTopic("test", 3);
        Map<TopicPartition, Long> before = kafka.endOffsets(topic);
        List<Map.Entry<String, String>> noKey = new ArrayList<>();
        noKey.add(new java.util.AbstractMap.SimpleEntry<>(null, "23"));

        assertThatThrownBy(() -> ProducerWithCustomPartitioner.send(kafka.settings(), topic, noKey))
                .hasCauseInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("Need message key");

        assertThat(kafka.endOffsets(topic)).isEqualTo(before);
        assertThat(TestKafka.total(before.values())).isZero();
    }

    /** Issue #15: a batch that fails at one record still tells the fate of every record it sent. */
    @Test
    void aBatchWithOneBadRecordTellsTheFateOfEveryRecord(TestKafka kafka) {
        String topic = kafka.createTopic("test", 3);
        List<Map.Entry<String, String>> batch = new ArrayList<>();
        batch.add(Map.entry("Pangyo", "1"));
        batch.add(new java.util.AbstractMap.SimpleEntry<>(null, "2"));
        batch.add(Map.entry("Busan", "3"));

        assertThatThrownBy(() -> ProducerWithCustomPartitioner.send(kafka.settings(), topic, batch))
                .hasCauseInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("1 of 3 records were not stored (record 2 (key null): ")
                .hasMessageContaining("the other 2 were: [" + topic + "-0@0, " + topic + "-");

        assertThat(TestKafka.total(kafka.endOffsets(topic).values())).isEqualTo(2);
    }

    @Test
    void theReaderSeesOneLineAndAKafkaErrorExitCodeForAMissingKey(TestKafka kafka) {
        String topic = kafka.createTopic("test", 2);
        List<Map.Entry<String, String>> noKey = List.of(new java.util.AbstractMap.SimpleEntry<>(null, "23"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Examples.execute(kafka.settings(),
                settings -> ProducerWithCustomPartitioner.send(settings, topic, noKey),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_KAFKA_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("InvalidRecordException", "Need message key");
        assertThat(TestKafka.total(kafka.endOffsets(topic).values())).isZero();
    }
}
