package com.example;

import static com.example.testing.Observations.observed;
import static com.example.ConnectTestSupport.append;
import static com.example.ConnectTestSupport.lines;
import static com.example.ConnectTestSupport.readLines;
import static com.example.ConnectTestSupport.sinkConfig;
import static com.example.ConnectTestSupport.sourceConfig;
import static com.example.ConnectTestSupport.standaloneWorker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.common.Examples;
import com.example.common.StopSignal;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 단일 모드 커넥트 (standalone): a real standalone worker (connect-runtime's {@code ConnectStandalone}) in this
 * JVM, configured by the reader's {@code config/connect-standalone.properties}, against the test broker.
 */
@KafkaTest
class ConnectStandaloneTest {

    @TempDir
    Path dir;

    @Test
    void sourceWaitsForAMissingFileThenSendsItsLinesToTheTopicInOrder(TestKafka kafka) {
        String topic = kafka.createTopic("connect-source", 1);
        Path file = dir.resolve("kafka.txt"); // does not exist yet: the documented behaviour is to wait for it
        String name = TestKafka.unique("single-file-source");
        try (ConnectWorker worker = ConnectWorker.startStandalone(kafka.settings(),
                standaloneWorker(dir.resolve("connect.offsets")), List.of(sourceConfig(name, file, topic)))) {
            ConnectRest rest = new ConnectRest(worker.restUrl());
            await().atMost(TestKafka.DEFAULT_TIMEOUT).untilAsserted(() -> {
                assertThat(rest.connectorState(name)).isEqualTo("RUNNING");
                assertThat(rest.taskState(name, 0)).as("missing file: the task waits, it does not fail")
                        .isEqualTo("RUNNING");
            });

            List<String> expected = lines("line", 1, 50);
            append(file, expected.subList(0, 20));
            append(file, expected.subList(20, 50));
            observed("connect.appended", 50, file.getFileName());
            observed("connect.topic-holds", topic, kafka.consumeValues(topic, 50).subList(0, 3) + " … line-50");
            assertThat(kafka.consumeValues(topic, 50)).isEqualTo(expected);

            if (ConnectTestSupport.canCountDescriptors()) { // many polls later: still one reader, the book's leaked
                assertThat(ConnectTestSupport.openDescriptors(file)).isEqualTo(1);
            }
        }
        if (ConnectTestSupport.canCountDescriptors()) {
            assertThat(ConnectTestSupport.openDescriptors(file)).as("stopping the task closes the file").isZero();
        }
    }

    @Test
    void sinkAppendsTheTopicsRecordsToTheFileInOrder(TestKafka kafka) {
        String topic = kafka.createTopic("connect-sink", 1);
        Path file = dir.resolve("sink.txt");
        List<String> expected = lines("record", 1, 50);
        kafka.sendValues(topic, expected.subList(0, 30));
        try (ConnectWorker worker = ConnectWorker.startStandalone(kafka.settings(),
                standaloneWorker(dir.resolve("connect.offsets")),
                List.of(sinkConfig(TestKafka.unique("single-file-sink"), topic, file)))) {
            await().atMost(TestKafka.DEFAULT_TIMEOUT).until(() -> readLines(file).size() >= 30);
            kafka.sendValues(topic, expected.subList(30, 50));
            await().atMost(TestKafka.DEFAULT_TIMEOUT).until(() -> readLines(file).size() >= 50);
        }
        assertThat(readLines(file)).isEqualTo(expected);
        observed("connect.sink-file", file.getFileName(), readLines(file).size(), readLines(file).subList(0, 3) + " …");
    }

    @Test
    void theReadersCommandRejectsASinkWithoutAFileWithAClearMessage(TestKafka kafka) throws IOException {
        Path worker = write("worker.properties", standaloneWorker(dir.resolve("connect.offsets")));
        Path sink = write("sink.properties", Map.of("name", TestKafka.unique("single-file-sink"),
                "connector.class", SingleFileSinkConnector.class.getName(), "topics", "test"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Examples.execute(kafka.settings(), settings -> ConnectStandaloneMain.run(settings,
                List.of(worker.toString(), sink.toString()), new StopSignal()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("rejected")
                .contains("Missing required configuration \"file\"");
    }

    /** Issue #15: a task that dies ends the reader's standalone worker with its cause, not "running" beside it. */
    @Test
    void aFailedTaskEndsTheStandaloneMainWithItsCauseInOneLine(TestKafka kafka) throws IOException {
        Path worker = write("worker.properties", standaloneWorker(dir.resolve("connect.offsets")));
        Path notAFile = Files.createDirectories(dir.resolve("a-directory"));
        Path source = write("source.properties",
                sourceConfig(TestKafka.unique("single-file-source"), notAFile, kafka.createTopic("connect-dir", 1)));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long begin = System.nanoTime();

        int status = Examples.execute(kafka.settings(), settings -> ConnectStandaloneMain.run(settings,
                List.of(worker.toString(), source.toString()), new StopSignal()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_KAFKA_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).doesNotContain("\n")
                .contains("task 0 FAILED: ConnectException: " + notAFile + " is a directory");
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(20));
    }

    /** A line over the producer's limit stops the task at that line, named; nothing after it is skipped. */
    @Test
    void aLineTooLongForOneRecordFailsTheTaskNamingTheLine(TestKafka kafka) throws IOException {
        String topic = kafka.createTopic("connect-long-line", 1);
        Path file = dir.resolve("long.txt");
        append(file, List.of("first", "x".repeat(SingleFileSourceTask.MAX_LINE_BYTES + 1), "third"));
        String name = TestKafka.unique("single-file-source");
        try (ConnectWorker worker = ConnectWorker.startStandalone(kafka.settings(),
                standaloneWorker(dir.resolve("connect.offsets")), List.of(sourceConfig(name, file, topic)))) {
            await().atMost(TestKafka.DEFAULT_TIMEOUT).until(() -> worker.firstFailure().isPresent());

            assertThat(worker.firstFailure().orElseThrow()).contains("task 0 FAILED: ConnectException: line 2 of "
                    + file).contains("split it");
            assertThat(kafka.consumeValues(topic, 1)).containsExactly("first");
            assertThat(TestKafka.total(kafka.endOffsets(topic).values())).as("nothing after it was sent").isEqualTo(1);
        }
    }

    private Path write(String fileName, Map<String, String> map) throws IOException {
        Properties props = new Properties();
        props.putAll(map);
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, null);
        }
        return file;
    }
}
