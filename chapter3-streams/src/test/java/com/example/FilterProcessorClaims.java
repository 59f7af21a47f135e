package com.example;

import static com.example.StreamsTestSupport.awaitProcessed;
import static com.example.StreamsTestSupport.fast;
import static com.example.StreamsTestSupport.recordCount;
import static com.example.StreamsTestSupport.startAndAwaitRunning;
import static com.example.testing.Observations.failing;
import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.BiFunction;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.common.KafkaSettings;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 3.5.2 프로세서 API, its claims: {@link SimpleKafkaProcessor}'s topology with the processor under test —
 * {@link FilterProcessorTest} with {@link FilterProcessor}, {@link FilterProcessorGrader} with the exercise's stub
 * (exercise {@code processor-filter}).
 */
@KafkaTest
abstract class FilterProcessorClaims {

    @TempDir
    Path stateDir;

    private final ProcessorSupplier<String, String, String, String> processor;

    FilterProcessorClaims(ProcessorSupplier<String, String, String, String> processor) {
        this.processor = processor;
    }

    @Test
    void onlyValuesLongerThanFiveReachTheSinkAndNullValuesDoNotStopIt(TestKafka kafka) {
        assertFilters(kafka, stateDir, SimpleKafkaProcessor.APPLICATION_NAME,
                (source, sink) -> SimpleKafkaProcessor.buildTopology(source, sink, processor),
                SimpleKafkaProcessor::streamsProperties);
    }

    /** The filter's claim, for any topology from stream_log to stream_log_filter (also StreamsFilter's). */
    static void assertFilters(TestKafka kafka, Path stateDir, String bookApplicationId,
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

            awaitProcessed(kafka, applicationId, streamLog);
            long passed = recordCount(kafka, streamLogFilter);
            assertThat(passed).as(observed("filter.count", passed)).isEqualTo(2);
            List<String> values = kafka.consumeValues(streamLogFilter, 2);
            assertThat(values).as(observed("filter.values", values)).containsExactlyInAnyOrder("kafka streams", "123456");
            assertThat(app.failure()).as(failing("streams.failed", app.failure().map(Throwable::toString).orElse("")))
                    .isEmpty();
            assertThat(app.isRunning()).isTrue();
        }
    }
}
