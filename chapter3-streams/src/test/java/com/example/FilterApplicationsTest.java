package com.example;

import static com.example.StreamsTestSupport.awaitProcessed;
import static com.example.StreamsTestSupport.fast;
import static com.example.StreamsTestSupport.recordCount;
import static com.example.StreamsTestSupport.startAndAwaitRunning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.BiFunction;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.common.KafkaSettings;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 스트림즈DSL - filter() ({@link StreamsFilter}) and 프로세서 API ({@link SimpleKafkaProcessor}) against the real
 * broker: the same input, the same output; a null value or null key on the way does not stop either.
 */
@KafkaTest
class FilterApplicationsTest {

    @TempDir
    Path stateDir;

    @Test
    void streamsFilterWritesOnlyValuesLongerThanFiveAndSurvivesNullValues(TestKafka kafka) {
        assertFilters(kafka, StreamsFilter.APPLICATION_NAME, StreamsFilter::buildTopology,
                StreamsFilter::streamsProperties);
    }

    @Test
    void processorApiFilterWritesTheSameRecordsAndSurvivesNullValues(TestKafka kafka) {
        assertFilters(kafka, SimpleKafkaProcessor.APPLICATION_NAME, SimpleKafkaProcessor::buildTopology,
                SimpleKafkaProcessor::streamsProperties);
    }

    private void assertFilters(TestKafka kafka, String bookApplicationId,
            BiFunction<String, String, Topology> topology, BiFunction<KafkaSettings, String, Properties> properties) {
        String streamLog = kafka.createTopic("stream_log", 3);
        String streamLogFilter = kafka.createTopic("stream_log_filter", 3);
        String applicationId = TestKafka.unique(bookApplicationId);
        Properties props = fast(properties.apply(kafka.settings(), applicationId), stateDir);

        try (StreamsApp app = startAndAwaitRunning(topology.apply(streamLog, streamLogFilter), props)) {
            // all into partition 0, in this order: the nulls come before the records that must still pass
            kafka.send(new ProducerRecord<>(streamLog, 0, "k1", "hello"),
                    new ProducerRecord<>(streamLog, 0, "k2", null),
                    new ProducerRecord<>(streamLog, 0, null, null),
                    new ProducerRecord<>(streamLog, 0, null, "kafka streams"),
                    new ProducerRecord<>(streamLog, 0, "k3", "12345"),
                    new ProducerRecord<>(streamLog, 0, "k4", "123456"));

            assertThat(kafka.consumeValues(streamLogFilter, 2)).containsExactlyInAnyOrder("kafka streams", "123456");
            awaitProcessed(kafka, applicationId, streamLog);
            assertThat(recordCount(kafka, streamLogFilter)).isEqualTo(2);
            assertThat(app.isRunning()).isTrue();
            assertThat(app.failure()).isEmpty();
        }
    }

    @Test
    void theBooksUnguardedFilterWouldHaveStoppedOnANullValue(TestKafka kafka) {
        // the book's predicate value.length() > 5, to show what the null check in StreamsFilter fixes
        String streamLog = kafka.createTopic("stream_log", 1);
        String streamLogFilter = kafka.createTopic("stream_log_filter", 1);
        String applicationId = TestKafka.unique("book-streams-filter");
        StreamsBuilder builder = new StreamsBuilder();
        builder.<String, String>stream(streamLog).filter((key, value) -> value.length() > 5).to(streamLogFilter);
        Properties props = fast(StreamsFilter.streamsProperties(kafka.settings(), applicationId), stateDir);

        try (StreamsApp app = startAndAwaitRunning(builder.build(), props)) {
            kafka.send(new ProducerRecord<>(streamLog, "k", null));

            await().atMost(TestKafka.DEFAULT_TIMEOUT).until(() -> app.failure().isPresent());
            assertThat(app.failure().get()).hasRootCauseInstanceOf(NullPointerException.class);
            // the uncaught-exception handler runs before the state leaves RUNNING: await the transition
            await().atMost(TestKafka.DEFAULT_TIMEOUT).until(() -> List.of(KafkaStreams.State.PENDING_ERROR,
                    KafkaStreams.State.ERROR).contains(app.state()));
        }
    }
}
