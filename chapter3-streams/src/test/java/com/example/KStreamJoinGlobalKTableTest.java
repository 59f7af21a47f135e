package com.example;

import static com.example.testing.Observations.observed;
import static com.example.StreamsTestSupport.awaitProcessed;
import static com.example.StreamsTestSupport.fast;
import static com.example.StreamsTestSupport.recordCount;
import static com.example.StreamsTestSupport.sendAll;
import static com.example.StreamsTestSupport.startAndAwaitRunning;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 스트림즈DSL - GlobalKTable과 KStream을 join() against the real broker: no co-partitioning needed. */
@KafkaTest
class KStreamJoinGlobalKTableTest {

    @TempDir
    Path stateDir;

    @Test
    void joinsOrdersWithAGlobalTableWhosePartitionCountDiffers(TestKafka kafka) {
        // the book: address_v2 with 2 partitions, order with 3
        String addressV2 = kafka.createTopic("address_v2", 2);
        String order = kafka.createTopic("order", 3);
        String orderJoin = kafka.createTopic("order_join", 3);
        assertThat(kafka.endOffsets(addressV2)).hasSize(2);
        assertThat(kafka.endOffsets(order)).hasSize(3);

        // addresses in both partitions of address_v2, written before the start: the global table is fully
        // loaded (restored) before the application reaches RUNNING
        List<String> customers = IntStream.range(0, 6).mapToObj(i -> "customer" + i).toList();
        List<RecordMetadata> addresses = sendAll(kafka, customers.stream()
                .map(c -> new ProducerRecord<>(addressV2, c, "city-of-" + c)).toList());
        assertThat(addresses).extracting(RecordMetadata::partition).contains(0, 1);

        String applicationId = TestKafka.unique(KStreamJoinGlobalKTable.APPLICATION_NAME);
        Properties props = fast(KStreamJoinGlobalKTable.streamsProperties(kafka.settings(), applicationId), stateDir);
        try (StreamsApp app = startAndAwaitRunning(
                KStreamJoinGlobalKTable.buildTopology(addressV2, order, orderJoin), props)) {
            List<ProducerRecord<String, String>> orders = new ArrayList<>();
            orders.add(new ProducerRecord<>(order, null, "no customer"));   // selected key null: dropped
            orders.add(new ProducerRecord<>(order, "customer0", null));     // null value: dropped
            customers.forEach(c -> orders.add(new ProducerRecord<>(order, c, "order-of-" + c)));
            sendAll(kafka, orders);

            List<ConsumerRecord<String, String>> joined = kafka.consume(orderJoin, customers.size());
            observed("join.records", joined.stream().map(r -> r.key() + ":" + r.value()).limit(3).toList() + " …");

            assertThat(joined).extracting(ConsumerRecord::value).containsExactlyInAnyOrderElementsOf(
                    customers.stream().map(c -> "order-of-" + c + " send to city-of-" + c).toList());
            awaitProcessed(kafka, applicationId, order);
            assertThat(recordCount(kafka, orderJoin)).isEqualTo(customers.size());
            assertThat(app.isRunning()).isTrue();
        }
    }
}
