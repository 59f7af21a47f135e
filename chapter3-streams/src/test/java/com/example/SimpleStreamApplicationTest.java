package com.example;

import static com.example.testing.Observations.observed;
import static com.example.StreamsTestSupport.awaitProcessed;
import static com.example.StreamsTestSupport.fast;
import static com.example.StreamsTestSupport.recordCount;
import static com.example.StreamsTestSupport.startAndAwaitRunning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.common.Examples;
import com.example.common.StopSignal;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 스트림즈DSL - stream(), to() against the real broker. */
@KafkaTest
class SimpleStreamApplicationTest {

    @TempDir
    Path stateDir;

    @Test
    void copiesEveryRecordOfStreamLogIncludingNullKeysAndValues(TestKafka kafka) {
        String streamLog = kafka.createTopic("stream_log", 3);
        String streamLogCopy = kafka.createTopic("stream_log_copy", 3);
        String applicationId = TestKafka.unique(SimpleStreamApplication.APPLICATION_NAME);
        Properties props = fast(SimpleStreamApplication.streamsProperties(kafka.settings(), applicationId), stateDir);

        try (StreamsApp app = startAndAwaitRunning(SimpleStreamApplication.buildTopology(streamLog, streamLogCopy), props)) {
            kafka.send(new ProducerRecord<>(streamLog, "k1", "hello"),
                    new ProducerRecord<>(streamLog, null, "no key"),
                    new ProducerRecord<>(streamLog, "k2", null),
                    new ProducerRecord<>(streamLog, "k3", "after the nulls"));

            List<ConsumerRecord<String, String>> copy = kafka.consume(streamLogCopy, 4);
            observed("streams.copy", streamLogCopy, copy.stream().map(r -> r.key() + ":" + r.value()).toList());

            assertThat(copy).extracting(ConsumerRecord::key, ConsumerRecord::value).containsExactlyInAnyOrder(
                    Tuple.tuple("k1", "hello"), Tuple.tuple(null, "no key"), Tuple.tuple("k2", null),
                    Tuple.tuple("k3", "after the nulls"));
            awaitProcessed(kafka, applicationId, streamLog);
            assertThat(recordCount(kafka, streamLogCopy)).isEqualTo(4);
            assertThat(app.isRunning()).isTrue();
        }
    }

    @Test
    void runsTheReadersCodeUntilCtrlCAndThenClosesCleanly(TestKafka kafka) throws Exception {
        String streamLog = kafka.createTopic("stream_log", 3);
        String streamLogCopy = kafka.createTopic("stream_log_copy", 3);
        String applicationId = TestKafka.unique(SimpleStreamApplication.APPLICATION_NAME);
        Properties props = fast(SimpleStreamApplication.streamsProperties(kafka.settings(), applicationId), stateDir);
        StopSignal stop = new StopSignal();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(() -> Examples.execute(kafka.settings(),
                settings -> SimpleStreamApplication.run(props, streamLog, streamLogCopy, stop),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        kafka.sendValues(streamLog, List.of("first", "second"));

        assertThat(kafka.consumeValues(streamLogCopy, 2)).containsExactlyInAnyOrder("first", "second");
        assertThat(exitCode).isNotDone();

        long stopAt = System.nanoTime();
        stop.stop();   // what Ctrl+C does (Examples.mainUntilStopped's shutdown hook)

        assertThat(exitCode.get(StreamsApp.CLOSE_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - stopAt)).isLessThan(Examples.SHUTDOWN_GRACE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        // closed means the state directory lock is released: the same application can start again at once
        try (StreamsApp again = startAndAwaitRunning(
                SimpleStreamApplication.buildTopology(streamLog, streamLogCopy), props)) {
            await().atMost(Duration.ofSeconds(10)).until(again::isRunning);
        }
    }
}
