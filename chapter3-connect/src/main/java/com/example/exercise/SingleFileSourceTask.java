package com.example.exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

import com.example.SingleFileSourceConnectorConfig;

/**
 * 연습 3.6 커넥터 — 소스 태스크 — exercise: the file source task in the book's shape (read the file's lines, send the
 * new ones), which resumes exactly where it stopped after a restart: each record carries the position after its
 * line as its source offset, and {@code start()} reads the stored one back
 * ({@link com.example.SingleFileSourceTask} is the project's solution, which also reads partial lines and big
 * files safely).
 *
 * <ol>
 *   <li>Fill in the two {@code TODO}s.</li>
 *   <li>Grade: {@code ./mvnw -q -pl chapter3-connect test-compile exec:java@grade -Dexec.args=file-source-task}</li>
 *   <li>Run it in the standalone worker: {@code connector.class=com.example.exercise.ExerciseFileSourceConnector} in
 *       {@code config/connect-file-source.properties}.</li>
 * </ol>
 */
public class SingleFileSourceTask extends SourceTask {

    public static final String FILENAME_FIELD = "filename";
    public static final String POSITION_FIELD = "position";

    private Map<String, String> fileNamePartition;
    private Path file;
    private String topic;
    /** How many lines of the file were handed to Connect. */
    private long position;

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public void start(Map<String, String> props) {
        SingleFileSourceConnectorConfig config = new SingleFileSourceConnectorConfig(props);
        file = Path.of(config.file());
        topic = config.topic();
        fileNamePartition = Map.of(FILENAME_FIELD, config.file());
        position = 0;
        // TODO 1 워커가 저장해 둔 이 파일의 오프셋을 읽어, 있으면 그 위치(position)부터 이어 읽으세요.
        //        힌트: Map<String, Object> offset = context.offsetStorageReader().offset(fileNamePartition);
        //              offset이 null이 아니고 offset.get(POSITION_FIELD)가 Number이면 그 longValue()
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        List<String> lines = readLines();
        if (lines.size() <= position) {
            Thread.sleep(100); // nothing new: ask again soon (the book waits a second)
            return null;
        }
        List<SourceRecord> records = new ArrayList<>();
        for (String line : lines.subList((int) position, lines.size())) {
            position++;
            // TODO 2 이 줄을 보낸 뒤의 위치를 레코드의 소스 오프셋으로 넣으세요: 워커가 이 값을 저장합니다.
            //        힌트: Map.of(POSITION_FIELD, position)
            Map<String, Long> sourceOffset = Map.of();
            records.add(new SourceRecord(fileNamePartition, sourceOffset, topic, Schema.STRING_SCHEMA, line));
        }
        return records;
    }

    /** Every complete line of the file (none while it does not exist). */
    private List<String> readLines() {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int lastNewline = content.lastIndexOf('\n');
            return lastNewline < 0 ? List.of() : content.substring(0, lastNewline).lines().toList();
        } catch (IOException e) {
            throw new ConnectException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
    }
}
