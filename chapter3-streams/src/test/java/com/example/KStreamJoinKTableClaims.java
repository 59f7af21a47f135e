package com.example;

import static com.example.StreamsTestSupport.awaitProcessed;
import static com.example.StreamsTestSupport.fast;
import static com.example.StreamsTestSupport.recordCount;
import static com.example.StreamsTestSupport.startAndAwaitRunning;
import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.Topology;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 스트림즈DSL - KTable과 KStream을 join(), its claims on a real broker: {@link KStreamJoinKTableTest} runs them
 * on the listing's topology, {@link KStreamJoinKTableGrader} on the exercise's stub (exercise
 * {@code kstream-join-ktable}).
 */
@KafkaTest
abstract class KStreamJoinKTableClaims {

    /** The listing's {@code buildTopology(address, order, orderJoin)}. */
    @FunctionalInterface
    interface JoinTopology {
        Topology build(String addressTopic, String orderTopic, String orderJoinTopic);
    }

    @TempDir
    Path stateDir;

    private final JoinTopology topology;

    KStreamJoinKTableClaims(JoinTopology topology) {
        this.topology = topology;
    }

    @Test
    void anOrderBeforeTheAddressIsNotJoinedOrdersAfterItAre(TestKafka kafka) {
        // the book: address, order and order_join with 3 partitions each
        JoinTopics t = JoinTopics.create(kafka, stateDir, 3);

        try (StreamsApp app = startAndAwaitRunning(topology.build(t.address(), t.order(), t.orderJoin()), t.props())) {
            // 1. an order of a customer without an address, plus orders without key or value
            kafka.send(new ProducerRecord<>(t.order(), "wonyoung", "iPhone"),
                    new ProducerRecord<>(t.order(), null, "no customer"),
                    new ProducerRecord<>(t.order(), "wonyoung", null));
            awaitProcessed(kafka, t.applicationId(), t.order());   // processed: it found no address

            // 2. the address arrives
            kafka.send(t.address(), "wonyoung", "Seoul");
            awaitProcessed(kafka, t.applicationId(), t.address());

            // 3. a new order joins; the earlier one stays unjoined (a KStream-KTable join is not retroactive)
            kafka.send(t.order(), "wonyoung", "iPad");
            awaitProcessed(kafka, t.applicationId(), t.order());
            long joinedCount = recordCount(kafka, t.orderJoin());
            assertThat(joinedCount).as(observed("join.count", joinedCount, 1)).isEqualTo(1);
            List<ConsumerRecord<String, String>> joined = kafka.consume(t.orderJoin(), 1);

            assertThat(joined).extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .as(observed("join.records", joined.get(0).key() + "=" + joined.get(0).value()))
                    .containsExactly(Tuple.tuple("wonyoung", "iPad send to Seoul"));
            assertThat(app.isRunning()).as("null key / null value orders did not stop the application").isTrue();
        }
    }

    @Test
    void theBooksExampleSendsEveryOrderToTheLatestAddress(TestKafka kafka) {
        JoinTopics t = JoinTopics.create(kafka, stateDir, 3);
        kafka.send(new ProducerRecord<>(t.address(), "wonyoung", "Seoul"),
                new ProducerRecord<>(t.address(), "somin", "Newyork"));

        try (StreamsApp app = startAndAwaitRunning(topology.build(t.address(), t.order(), t.orderJoin()), t.props())) {
            awaitProcessed(kafka, t.applicationId(), t.address());
            kafka.send(t.address(), "wonyoung", "Busan");         // the table keeps the latest address per key
            awaitProcessed(kafka, t.applicationId(), t.address());
            kafka.send(new ProducerRecord<>(t.order(), "somin", "cup"),
                    new ProducerRecord<>(t.order(), "wonyoung", "iPhone"));
            awaitProcessed(kafka, t.applicationId(), t.order());
            long joinedCount = recordCount(kafka, t.orderJoin());
            assertThat(joinedCount).as(observed("join.count", joinedCount, 2)).isEqualTo(2);

            List<String> joined = kafka.consumeValues(t.orderJoin(), 2);
            assertThat(joined).as(observed("join.values", joined))
                    .containsExactlyInAnyOrder("cup send to Newyork", "iPhone send to Busan");
            assertThat(app.isRunning()).isTrue();
        }
    }

    /** The book's topics address ({@code addressPartitions}), order and order_join (3 each); the app's props. */
    record JoinTopics(String address, String order, String orderJoin, String applicationId, Properties props) {

        static JoinTopics create(TestKafka kafka, Path stateDir, int addressPartitions) {
            String applicationId = TestKafka.unique(KStreamJoinKTable.APPLICATION_NAME);
            return new JoinTopics(kafka.createTopic("address", addressPartitions), kafka.createTopic("order", 3),
                    kafka.createTopic("order_join", 3), applicationId,
                    fast(KStreamJoinKTable.streamsProperties(kafka.settings(), applicationId), stateDir));
        }
    }
}
