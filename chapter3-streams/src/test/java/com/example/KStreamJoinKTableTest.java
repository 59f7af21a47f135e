package com.example;

import static com.example.StreamsTestSupport.awaitProcessed;
import static com.example.StreamsTestSupport.recordCount;
import static com.example.StreamsTestSupport.sendAll;
import static com.example.StreamsTestSupport.startAndAwaitRunning;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

import com.example.common.Examples;
import com.example.common.StopSignal;
import com.example.testing.TestKafka;

/** 스트림즈DSL - KTable과 KStream을 join(): the claims on the listing, and the co-partitioning rule. */
class KStreamJoinKTableTest extends KStreamJoinKTableClaims {

    KStreamJoinKTableTest() {
        super(KStreamJoinKTable::buildTopology);
    }

    @Test
    void withTheStreamsProtocolMismatchedPartitionCountsStopTheApplicationWithKafkasCoPartitioningError(
            TestKafka kafka) throws Exception {
        JoinTopics t = JoinTopics.create(kafka, stateDir, 2);
        t.props().put(StreamsConfig.GROUP_PROTOCOL_CONFIG, KStreamJoinKTable.groupProtocol(new String[] {"streams"}));
        StopSignal stop = new StopSignal();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        // the reader's code path: Examples runs KStreamJoinKTable.run, which returns once the application died
        int exitCode = CompletableFuture.supplyAsync(() -> Examples.execute(kafka.settings(),
                        settings -> KStreamJoinKTable.run(t.props(), t.address(), t.order(), t.orderJoin(), stop),
                        new PrintStream(err, true, StandardCharsets.UTF_8)))
                .get(TestKafka.DEFAULT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        assertThat(exitCode).isEqualTo(Examples.EXIT_KAFKA_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("TopologyException")
                .contains("do not have the same number of partitions")
                .contains(t.address() + "=2").contains(t.order() + "=3");
    }

    @Test
    void withTheDefaultClassicProtocolMismatchedPartitionCountsGoUnnoticedAndJoinsAreLost(TestKafka kafka) {
        JoinTopics t = JoinTopics.create(kafka, stateDir, 2);
        List<String> customers = IntStream.range(0, 8).mapToObj(i -> "customer" + i).toList();

        try (StreamsApp app = startAndAwaitRunning(
                KStreamJoinKTable.buildTopology(t.address(), t.order(), t.orderJoin()), t.props())) {
            List<RecordMetadata> addresses = sendAll(kafka, customers.stream()
                    .map(c -> new ProducerRecord<>(t.address(), c, "city-of-" + c)).toList());
            awaitProcessed(kafka, t.applicationId(), t.address());
            List<RecordMetadata> orders = sendAll(kafka, customers.stream()
                    .map(c -> new ProducerRecord<>(t.order(), c, "order-of-" + c)).toList());
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < customers.size(); i++) {
                if (orders.get(i).partition() == addresses.get(i).partition()) {
                    expected.add("order-of-" + customers.get(i) + " send to city-of-" + customers.get(i));
                }
            }
            awaitProcessed(kafka, t.applicationId(), t.order());

            // only the orders that happen to share the partition number with their address are joined
            assertThat(expected).isNotEmpty().hasSizeLessThan(customers.size());
            assertThat(recordCount(kafka, t.orderJoin())).isEqualTo(expected.size());
            assertThat(kafka.consumeValues(t.orderJoin(), expected.size()))
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(app.isRunning()).as("no co-partitioning error with the classic protocol").isTrue();
        }
    }
}
