package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink task on its own, fast: what Connect's {@code flush()} promises. End to end with a worker and broker:
 * {@link ConnectStandaloneTest} and {@link ConnectDistributedTest}.
 */
class SingleFileSinkTaskTest {

    @TempDir
    Path dir;

    @Test
    void flushPutsEveryRecordReceivedSoFarInTheFileBeforeConnectCommitsTheOffsets() throws Exception {
        Path file = dir.resolve("sink.txt");
        SingleFileSinkTask task = new SingleFileSinkTask();
        task.start(Map.of("file", file.toString()));
        try {
            task.put(List.of(record("a", 0), record(null, 1), record("b", 2)));
            task.flush(Map.of());
            assertThat(Files.readAllLines(file)).containsExactly("a", "b"); // the tombstone is skipped

            task.put(List.of(record("c", 3)));
            task.flush(Map.of());
            assertThat(Files.readAllLines(file)).containsExactly("a", "b", "c");
        } finally {
            task.stop();
        }
    }

    @Test
    void aFileThatCannotBeOpenedFailsTheTaskWithTheReason() {
        Path file = dir.resolve("no-such-dir").resolve("sink.txt");
        SingleFileSinkTask task = new SingleFileSinkTask();
        assertThatThrownBy(() -> task.start(Map.of("file", file.toString())))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("Cannot open " + file);
    }

    private static SinkRecord record(String value, long offset) {
        return new SinkRecord("test", 0, null, null, Schema.OPTIONAL_STRING_SCHEMA, value, offset);
    }
}
