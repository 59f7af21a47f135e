package com.example;

import static com.example.testing.Observations.failing;
import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.InvalidRecordException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 3.4.1 커스텀 파티셔너, its claims — Pangyo owns partition 0, other keys share the rest, no key is refused:
 * {@link CustomPartitionerTest} runs them on the listing, {@link CustomPartitionerGrader} on the exercise's stub
 * (exercise {@code custom-partitioner}). Both go through the listing's producer,
 * {@link ProducerWithCustomPartitioner}.
 */
@KafkaTest
abstract class CustomPartitionerClaims {

    static final List<String> OTHER_KEYS = IntStream.range(0, 40).mapToObj(i -> "office-" + i).toList();

    private final Class<? extends Partitioner> partitioner;

    CustomPartitionerClaims(Class<? extends Partitioner> partitioner) {
        this.partitioner = partitioner;
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {2, 3, 5, 8})
    void pangyoAlwaysGoesToPartitionZeroAndNothingElseDoes(int partitions, TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("custom-partitioner", partitions);
        List<Map.Entry<String, String>> keyValues = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            keyValues.add(Map.entry("Pangyo", "23"));
            OTHER_KEYS.forEach(key -> keyValues.add(Map.entry(key, "23")));
        }

        ProducerWithCustomPartitioner.send(kafka.settings(), topic, keyValues, partitioner);

        // what the broker holds, read back
        Map<String, Set<Integer>> partitionsByKey = kafka.consume(topic, keyValues.size()).stream()
                .collect(Collectors.groupingBy(r -> r.key(), Collectors.mapping(r -> r.partition(), Collectors.toSet())));
        assertThat(partitionsByKey.get("Pangyo")).as(observed("partitioner.pangyo", partitionsByKey.get("Pangyo")))
                .containsExactly(0);
        Set<Integer> othersUsed = OTHER_KEYS.stream().flatMap(key -> partitionsByKey.get(key).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(othersUsed).as(observed("partitioner.others", partitions, othersUsed))
                .isEqualTo(IntStream.range(1, partitions).boxed().collect(Collectors.toSet()));
        assertThat(OTHER_KEYS).as(failing("partitioner.one-partition-per-key"))
                .allSatisfy(key -> assertThat(partitionsByKey.get(key)).hasSize(1));
    }

    @Test
    void aRecordWithoutKeyIsRefusedAndNothingIsWritten(TestKafka kafka) {
        String topic = kafka.createTopic("custom-partitioner", 3);
        List<Map.Entry<String, String>> noKey = List.of(new AbstractMap.SimpleEntry<>(null, "23"));

        Throwable refused = catchThrowable(() ->
                ProducerWithCustomPartitioner.send(kafka.settings(), topic, noKey, partitioner));

        long stored = TestKafka.total(kafka.endOffsets(topic).values());
        assertThat(stored).as(observed("partitioner.no-key-stored", stored)).isZero();
        assertThat(refused).as(observed("partitioner.no-key-exception", refused))
                .hasCauseInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("Need message key");
    }
}
