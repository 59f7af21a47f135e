package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Extra, fast (no broker): {@link CustomPartitioner} inside Kafka's {@link MockProducer}. The real proof of the
 * same claims is on the broker: {@link CustomPartitionerClaims} (2, 3, 5 and 8 partitions, a record without a key)
 * and {@link CustomPartitionerTest#withOnePartitionEveryKeyGoesToPartitionZero} (the single-partition case).
 */
class CustomPartitionerMockProducerTest {

    private static final String TOPIC = "test";

    @ParameterizedTest(name = "{0} partition(s)")
    @ValueSource(ints = {1, 2, 4, 8})
    void pangyoOwnsPartitionZero(int partitions) throws Exception {
        try (MockProducer<String, String> producer = new MockProducer<>(cluster(partitions), true,
                new CustomPartitioner(), new StringSerializer(), new StringSerializer())) {
            assertThat(producer.send(new ProducerRecord<>(TOPIC, "Pangyo", "23")).get().partition()).isZero();

            Set<Integer> others = IntStream.range(0, 200)
                    .mapToObj(i -> partitionOf(producer, "office-" + i)).collect(Collectors.toSet());
            Set<Integer> expected = partitions == 1 ? Set.of(0)
                    : IntStream.range(1, partitions).boxed().collect(Collectors.toSet());
            assertThat(others).isEqualTo(expected);

            // MockProducer throws from send(); the real KafkaProducer fails the Future and the callback instead
            // (see CustomPartitionerTest) — one reason mocks are only an extra here
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "23")))
                    .isInstanceOf(InvalidRecordException.class).hasMessageContaining("Need message key");
            assertThat(producer.history()).noneMatch(record -> record.key() == null);
        }
    }

    private static int partitionOf(MockProducer<String, String> producer, String key) {
        try {
            return producer.send(new ProducerRecord<>(TOPIC, key, "23")).get().partition();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Cluster cluster(int partitions) {
        Node node = new Node(1, "localhost", 9092);
        List<PartitionInfo> infos = IntStream.range(0, partitions)
                .mapToObj(p -> new PartitionInfo(TOPIC, p, node, new Node[] {node}, new Node[] {node})).toList();
        return new Cluster("cluster", List.of(node), infos, Set.of(), Set.of());
    }
}
