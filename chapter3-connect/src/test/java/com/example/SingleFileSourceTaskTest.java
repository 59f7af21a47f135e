package com.example;

import static com.example.ConnectTestSupport.append;
import static com.example.ConnectTestSupport.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source task on its own, fast (no worker, no broker): the fixes of the book's defects, one by one. The
 * worker's offset store is replaced by a map; everything else is the real task reading a real file. The same
 * behaviour is tested end to end with a real worker and broker in {@link ConnectStandaloneTest}.
 */
class SingleFileSourceTaskTest {

    @TempDir
    Path dir;

    private final List<SingleFileSourceTask> started = new ArrayList<>();

    @AfterEach
    void stopTasks() {
        started.forEach(SingleFileSourceTask::stop);
    }

    @Test
    void readsOnlyNewCompleteLinesAndRecordsTheBytePositionAfterEach() throws Exception {
        Path file = dir.resolve("kafka.txt");
        Files.writeString(file, "a\nbb\n");
        SingleFileSourceTask task = start(file, null);

        List<SourceRecord> first = task.poll();
        assertThat(values(first)).containsExactly("a", "bb");
        assertThat(first).extracting(r -> (Object) r.sourcePartition().get("filename")).containsOnly(file.toString());
        assertThat(first).extracting(r -> (Object) r.sourceOffset().get("position")).containsExactly(2L, 5L);
        assertThat(first).extracting(SourceRecord::topic).containsOnly("test");

        Files.writeString(file, "ccc\r\nhalf", StandardOpenOption.APPEND); // a CRLF line and one still being written
        assertThat(values(task.poll())).containsExactly("ccc");           // not a, bb again; not "half" yet
        Files.writeString(file, "-done\n", StandardOpenOption.APPEND);
        List<SourceRecord> third = task.poll();
        assertThat(values(third)).containsExactly("half-done");
        assertThat(third.get(0).sourceOffset().get("position")).isEqualTo(Files.size(file));
    }

    @Test
    void resumesFromTheStoredPositionAndStartsAtZeroWhenTheOffsetHasNoPosition() throws Exception {
        Path file = dir.resolve("kafka.txt");
        Files.writeString(file, "old-1\nold-2\nnew-1\n");

        SingleFileSourceTask resumed = start(file, Map.of("position", 12L)); // after "old-1\nold-2\n"
        assertThat(values(resumed.poll())).containsExactly("new-1");

        SingleFileSourceTask withoutPosition = start(file, Map.of("something", "else")); // the book started at -1
        assertThat(values(withoutPosition.poll())).containsExactly("old-1", "old-2", "new-1");
        assertThat(SingleFileSourceTask.storedPosition(null)).isZero();
    }

    @Test
    void pollReturnsAtOnceWhenLinesAreWaitingAndBrieflyWhenIdle() throws Exception {
        Path file = dir.resolve("kafka.txt");
        Files.writeString(file, "line\n");
        SingleFileSourceTask task = start(file, null);

        long begin = System.nanoTime();
        assertThat(values(task.poll())).containsExactly("line");
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).as("the book slept a fixed second per poll")
                .isLessThan(Duration.ofSeconds(1));

        begin = System.nanoTime();
        assertThat(task.poll()).as("idle: waits briefly, then null").isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(1));

        task.stop();
        assertThat(task.poll()).as("stopped: returns at once").isNull();
    }

    @Test
    void waitsForAFileThatDoesNotExistYet() throws Exception {
        Path file = dir.resolve("later.txt");
        SingleFileSourceTask task = start(file, null);
        assertThat(task.poll()).isNull();
        assertThat(task.poll()).isNull();

        append(file, List.of("first"));
        assertThat(values(task.poll())).containsExactly("first");
    }

    @Test
    void rereadsAFileThatWasTruncated() throws Exception {
        Path file = dir.resolve("kafka.txt");
        Files.writeString(file, "a long first line\n");
        SingleFileSourceTask task = start(file, null);
        assertThat(values(task.poll())).containsExactly("a long first line");

        Files.writeString(file, "new\n", StandardOpenOption.TRUNCATE_EXISTING);
        assertThat(values(task.poll())).containsExactly("new");
    }

    @Test
    void holdsAtMostOneDescriptorForTheFileHoweverManyPollsAndNoneAfterStop() throws Exception {
        assumeThat(ConnectTestSupport.canCountDescriptors()).as("/proc/self/fd (Linux)").isTrue();
        Path file = dir.resolve("kafka.txt");
        SingleFileSourceTask task = start(file, null);
        List<String> expected = lines("line", 1, 300);
        List<String> received = new ArrayList<>();
        long maxOpen = 0;
        for (String line : expected) { // 300 appends, each followed by a poll: the book opened a reader per poll
            append(file, List.of(line));
            received.addAll(values(task.poll()));
            maxOpen = Math.max(maxOpen, ConnectTestSupport.openDescriptors(file));
        }
        assertThat(received).isEqualTo(expected);
        assertThat(maxOpen).isEqualTo(1);

        task.stop();
        assertThat(ConnectTestSupport.openDescriptors(file)).isZero();
    }

    @Test
    void readsUtf8Lines() throws Exception {
        Path file = dir.resolve("kafka.txt");
        Files.writeString(file, "카프카\n커넥트\n", StandardCharsets.UTF_8);
        assertThat(values(start(file, null).poll())).containsExactly("카프카", "커넥트");
    }

    private SingleFileSourceTask start(Path file, Map<String, Object> storedOffset) {
        SingleFileSourceTask task = new SingleFileSourceTask();
        task.initialize(new StoredOffsets(storedOffset));
        task.start(Map.of("file", file.toString()));
        started.add(task);
        return task;
    }

    private static List<String> values(List<SourceRecord> records) {
        return records == null ? List.of() : records.stream().map(r -> (String) r.value()).toList();
    }

    /** The worker's offset store, holding at most one stored offset. */
    private record StoredOffsets(Map<String, Object> offset) implements SourceTaskContext, OffsetStorageReader {
        @Override
        public Map<String, String> configs() {
            return Map.of();
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return null; // the task registers no metrics
        }

        @Override
        public OffsetStorageReader offsetStorageReader() {
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Map<String, Object> offset(Map<String, T> partition) {
            return offset;
        }

        @Override
        public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
            Map<Map<String, T>, Map<String, Object>> result = new HashMap<>();
            partitions.forEach(p -> result.put(p, offset));
            return result;
        }
    }
}
