package com.example;

import static com.example.testing.Observations.observed;
import static com.example.StreamsTestSupport.awaitProcessed;
import static com.example.StreamsTestSupport.fast;
import static com.example.StreamsTestSupport.recordCount;
import static com.example.StreamsTestSupport.sendAll;
import static com.example.StreamsTestSupport.startAndAwaitRunning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** The book repository's extras against the real broker: KStreamCountApplication and QueryableStore. */
@KafkaTest
class CountAndQueryableStoreTest {

    @TempDir
    Path stateDir;

    private static List<ProducerRecord<String, String>> input(String topic) {
        return List.of(
                new ProducerRecord<>(topic, "Pangyo", "23"),
                new ProducerRecord<>(topic, null, "testMessage"),   // null key: ignored by count()
                new ProducerRecord<>(topic, "Busan", "17"),
                new ProducerRecord<>(topic, "Pangyo", null),        // null value: ignored by count()
                new ProducerRecord<>(topic, "Pangyo", "24"));
    }

    @Test
    void countsPerKeyAndWritesEachNewCountToTheOutputTopic(TestKafka kafka) {
        String test = kafka.createTopic("test", 3);
        String testCount = kafka.createTopic("test_count", 3);
        String applicationId = TestKafka.unique(KStreamCountApplication.APPLICATION_NAME);
        Properties props = fast(KStreamCountApplication.streamsProperties(kafka.settings(), applicationId), stateDir);

        try (StreamsApp app = startAndAwaitRunning(KStreamCountApplication.buildTopology(test, testCount), props)) {
            sendAll(kafka, input(test));

            List<ConsumerRecord<String, String>> counts = kafka.consume(testCount, 3);

            // per key, in order (one key = one partition): every update of the count
            Map<String, List<String>> byKey = counts.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                    Collectors.mapping(ConsumerRecord::value, Collectors.toList())));
            observed("streams.counts", testCount, byKey);
            assertThat(byKey).containsExactlyInAnyOrderEntriesOf(Map.of("Pangyo", List.of("1", "2"), "Busan", List.of("1")));
            awaitProcessed(kafka, applicationId, test);
            assertThat(recordCount(kafka, testCount)).isEqualTo(3);
            assertThat(app.isRunning()).isTrue();
        }
    }

    @Test
    void queryableStoreAnswersAKeysCountWhileTheApplicationRuns(TestKafka kafka) {
        String test = kafka.createTopic("test", 3);
        String applicationId = TestKafka.unique(QueryableStore.APPLICATION_NAME);
        Properties props = fast(QueryableStore.streamsProperties(kafka.settings(), applicationId), stateDir);

        try (StreamsApp app = QueryableStore.start(props, test)) {
            StreamsTestSupport.awaitRunning(app);
            sendAll(kafka, input(test));

            await().atMost(TestKafka.DEFAULT_TIMEOUT).ignoreException(InvalidStateStoreException.class)
                    .until(() -> Long.valueOf(2).equals(QueryableStore.countOf(app, "Pangyo")));
            assertThat(QueryableStore.countOf(app, "Busan")).isEqualTo(1L);
            observed("streams.query", QueryableStore.countOf(app, "Pangyo"), QueryableStore.countOf(app, "Busan"),
                    QueryableStore.countOf(app, "Jeju"));
            assertThat(QueryableStore.countOf(app, "Jeju")).isNull();

            // still running: more records, and the answer follows
            kafka.send(test, "Busan", "18");
            await().atMost(TestKafka.DEFAULT_TIMEOUT).ignoreException(InvalidStateStoreException.class)
                    .until(() -> Long.valueOf(2).equals(QueryableStore.countOf(app, "Busan")));
            assertThat(app.isRunning()).isTrue();
        }
    }
}
