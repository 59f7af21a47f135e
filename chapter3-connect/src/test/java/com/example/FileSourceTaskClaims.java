package com.example;

import static com.example.ConnectTestSupport.append;
import static com.example.ConnectTestSupport.lines;
import static com.example.ConnectTestSupport.sourceConfig;
import static com.example.ConnectTestSupport.standaloneWorker;
import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.source.SourceConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 3.6 커넥터 — the file source task's claims, in a real standalone worker (connect-runtime) on a real broker:
 * {@link FileSourceTaskTest} runs them with {@link SingleFileSourceConnector}, {@link FileSourceTaskGrader} with the
 * exercise's connector, whose task is the student's (exercise {@code file-source-task}).
 */
@KafkaTest
abstract class FileSourceTaskClaims {

    @TempDir
    Path dir;

    private final Class<? extends SourceConnector> connector;

    FileSourceTaskClaims(Class<? extends SourceConnector> connector) {
        this.connector = connector;
    }

    @Test
    void everyLineOfTheFileReachesTheTopicInOrderAsItIsWritten(TestKafka kafka) {
        String topic = kafka.createTopic("connect-lines", 1);
        Path file = dir.resolve("kafka.txt");
        List<String> expected = lines("line", 1, 20);
        append(file, expected.subList(0, 10));
        Map<String, String> source = sourceConfig(TestKafka.unique("single-file-source"), file, topic, connector);

        try (ConnectWorker worker = ConnectWorker.startStandalone(kafka.settings(),
                standaloneWorker(dir.resolve("connect.offsets")), List.of(source))) {
            List<String> first = kafka.consumeValues(topic, 10);
            assertThat(first).as(observed("file-source.lines", first)).isEqualTo(expected.subList(0, 10));
            append(file, expected.subList(10, 20));
            List<String> all = kafka.consumeValues(topic, 20);
            assertThat(all).as(observed("file-source.lines", all)).isEqualTo(expected);
        }
    }

    @Test
    void restartedWorkerResumesFromTheStoredOffsetEveryLineExactlyOnceInOrder(TestKafka kafka) {
        String topic = kafka.createTopic("connect-restart", 1);
        Path file = dir.resolve("kafka.txt");
        Path offsets = dir.resolve("connect.offsets");
        Map<String, String> source = sourceConfig(TestKafka.unique("single-file-source"), file, topic, connector);
        List<String> expected = lines("line", 1, 30);

        append(file, expected.subList(0, 10));
        try (ConnectWorker worker = ConnectWorker.startStandalone(kafka.settings(), standaloneWorker(offsets),
                List.of(source))) {
            List<String> first = kafka.consumeValues(topic, 10);
            assertThat(first).as(observed("file-source.lines", first)).isEqualTo(expected.subList(0, 10));
        } // stop: the task's last offset (the byte after line 10) is committed to the offsets file

        append(file, expected.subList(10, 30)); // written while no worker runs
        try (ConnectWorker worker = ConnectWorker.startStandalone(kafka.settings(), standaloneWorker(offsets),
                List.of(source))) {
            append(file, List.of("end"));
            List<String> all = new ArrayList<>(expected);
            all.add("end");
            // a re-read would put lines 1..10 again before "end"
            List<String> received = kafka.consumeValues(topic, 31);
            assertThat(received).as(observed("file-source.resume", received.size() - new HashSet<>(received).size()))
                    .isEqualTo(all);
        }
        assertThat(TestKafka.total(kafka.endOffsets(topic).values())).isEqualTo(31);
    }
}
