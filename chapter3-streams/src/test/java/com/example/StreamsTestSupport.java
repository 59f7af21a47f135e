package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

import com.example.testing.TestKafka;

/**
 * Test-only helpers for Kafka Streams against the real broker: fast settings, start-and-await-RUNNING, and
 * "has the application processed (and committed) everything in this topic?".
 */
final class StreamsTestSupport {

    /** How long a test waits for Kafka Streams to reach RUNNING (first rebalance, internal topics). */
    static final Duration STARTUP = Duration.ofSeconds(30);

    private StreamsTestSupport() {
    }

    /**
     * The example's own properties plus what makes a test quick and isolated: its own state directory, a
     * 100 ms commit interval, no record cache (every update is forwarded at once), no producer linger.
     */
    static Properties fast(Properties exampleProps, Path stateDir) {
        Properties props = new Properties();
        props.putAll(exampleProps);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 0);
        return props;
    }

    /** Starts the topology with the example's code ({@link StreamsApp}) and waits for RUNNING. */
    static StreamsApp startAndAwaitRunning(Topology topology, Properties props) {
        StreamsApp app = StreamsApp.start(topology, props);
        try {
            awaitRunning(app);
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    static void awaitRunning(StreamsApp app) {
        await().atMost(STARTUP).until(() -> app.isRunning() || app.failure().isPresent());
        assertThat(app.failure()).as("Kafka Streams failed while starting").isEmpty();
    }

    /**
     * Waits until the application (consumer group {@code applicationId}) has committed the end offset of every
     * partition of {@code topic}: everything in it was processed and its output flushed (Kafka Streams flushes
     * its producer before each commit).
     */
    static void awaitProcessed(TestKafka kafka, String applicationId, String topic) {
        long end = TestKafka.total(kafka.endOffsets(topic).values());
        await().atMost(TestKafka.DEFAULT_TIMEOUT).until(() -> TestKafka.total(
                kafka.committed(applicationId).entrySet().stream()
                        .filter(e -> e.getKey().topic().equals(topic))
                        .map(java.util.Map.Entry::getValue).toList()) >= end);
    }

    /**
     * Sends {@code records} in order through one producer and returns where each landed. (The harness's
     * {@code send(records...)} returns only the last record's metadata.)
     */
    static List<RecordMetadata> sendAll(TestKafka kafka, List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.settings().producer())) {
            List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
            List<RecordMetadata> result = new ArrayList<>();
            for (Future<RecordMetadata> future : sent) {
                result.add(future.get());
            }
            return result;
        } catch (ExecutionException e) {
            throw new IllegalStateException("send failed: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Total number of records in {@code topic}. */
    static long recordCount(TestKafka kafka, String topic) {
        return TestKafka.total(kafka.endOffsets(topic).values()) - TestKafka.total(kafka.startOffsets(topic).values());
    }
}
