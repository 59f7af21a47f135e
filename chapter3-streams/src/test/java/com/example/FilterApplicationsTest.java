package com.example;

import static com.example.StreamsTestSupport.fast;
import static com.example.StreamsTestSupport.startAndAwaitRunning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 스트림즈DSL - filter() ({@link StreamsFilter}) against the real broker: the same input and output as the
 * 프로세서 API's ({@link FilterProcessorClaims}); a null value or null key on the way does not stop it.
 */
@KafkaTest
class FilterApplicationsTest {

    @TempDir
    Path stateDir;

    @Test
    void streamsFilterWritesOnlyValuesLongerThanFiveAndSurvivesNullValues(TestKafka kafka) {
        FilterProcessorClaims.assertFilters(kafka, stateDir, StreamsFilter.APPLICATION_NAME,
                StreamsFilter::buildTopology, StreamsFilter::streamsProperties);
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
