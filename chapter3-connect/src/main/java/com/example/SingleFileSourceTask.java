package com.example;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 3.6 카프카 커넥트 — 소스 태스크: sends each new line of the file to the topic, remembering how far it got.
 */
public class SingleFileSourceTask extends SourceTask {

    private static final Logger logger = LoggerFactory.getLogger(SingleFileSourceTask.class);

    public static final String FILENAME_FIELD = "filename";
    public static final String POSITION_FIELD = "position";

    /** The longest line sent as one record: below the producer's default max.request.size (1 MiB) with room. */
    static final int MAX_LINE_BYTES = 1_000_000;

    /** How long an idle {@link #poll()} waits for new lines before returning {@code null}. */
    public static final Duration IDLE_WAIT = Duration.ofMillis(100);

    private static final int READ_BUFFER_BYTES = 64 * 1024;

    private final Object lock = new Object();
    private final ByteBuffer buffer = ByteBuffer.allocate(READ_BUFFER_BYTES);
    /** Bytes of a line that has no {@code \n} yet: read, not sent, not counted in {@link #position}. */
    private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();

    private Map<String, String> fileNamePartition;
    private Path file;
    private String topic;
    /** Byte offset just after the last line handed to Connect. */
    private long position;
    private FileChannel channel; // guarded by lock
    private boolean stopping;    // guarded by lock
    private boolean loggedMissing;

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public void start(Map<String, String> props) {
        SingleFileSourceConnectorConfig config;
        try {
            config = new SingleFileSourceConnectorConfig(props);
        } catch (ConfigException e) {
            throw new ConnectException(e.getMessage(), e);
        }
        file = Path.of(config.file());
        topic = config.topic();
        fileNamePartition = Map.of(FILENAME_FIELD, config.file());
        position = storedPosition(context.offsetStorageReader().offset(fileNamePartition));
        synchronized (lock) {
            stopping = false;
        }
        logger.info("Reading {} from byte {} into topic {}", file, position, topic);
    }

    /** The stored position, or 0 (the beginning of the file) when nothing, or nothing usable, is stored. */
    static long storedPosition(Map<String, Object> offset) {
        if (offset != null && offset.get(POSITION_FIELD) instanceof Number stored && stored.longValue() >= 0) {
            return stored.longValue();
        }
        return 0L;
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        synchronized (lock) {
            if (stopping) {
                return null;
            }
            List<SourceRecord> records = readNewLines();
            if (!records.isEmpty()) {
                return records; // data is waiting: hand it over at once
            }
            lock.wait(IDLE_WAIT.toMillis()); // idle: wait briefly; stop() wakes us
            return null;
        }
    }

    /** Reads what was appended since the last call and returns its complete lines (maybe none). */
    private List<SourceRecord> readNewLines() {
        List<SourceRecord> records = new ArrayList<>();
        try {
            if (channel == null && !open()) {
                return records;
            }
            long readFrom = position + partialLine.size();
            if (channel.size() < readFrom) {
                logger.warn("{} shrank to {} bytes, below the {} already read: it was truncated or replaced, "
                        + "reading it again from the start", file, channel.size(), readFrom);
                position = 0;
                partialLine.reset();
                channel.position(0);
            }
            while (records.isEmpty()) { // until at least one complete line, or the end of the file
                buffer.clear();
                if (channel.read(buffer) <= 0) {
                    break;
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    if (b == '\n') {
                        records.add(lineRecord());
                    } else {
                        partialLine.write(b);
                        if (partialLine.size() > MAX_LINE_BYTES) {
                            throw lineTooLong();
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new ConnectException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return records;
    }

    /**
     * A line longer than the producer can send. The book's task would hand it over and the producer would refuse
     * it (RecordTooLargeException), blocking every later line; here the task stops at it, naming the line, and
     * nothing after it is skipped or lost: its offset is not committed, so a restart resumes at that line.
     */
    private ConnectException lineTooLong() {
        long lineNumber = 1;
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes((int) Math.min(position, Integer.MAX_VALUE));
            for (byte b : head) {
                lineNumber += b == '\n' ? 1 : 0;
            }
        } catch (IOException e) {
            lineNumber = -1;
        }
        return new ConnectException("line " + (lineNumber > 0 ? lineNumber : "?") + " of " + file + " (from byte "
                + position + ") is longer than " + MAX_LINE_BYTES + " bytes, more than one record may carry "
                + "(the producer's max.request.size is 1048576): split it; the task resumes at that line");
    }

    private SourceRecord lineRecord() {
        byte[] bytes = partialLine.toByteArray();
        partialLine.reset();
        position += bytes.length + 1;
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        String line = new String(bytes, 0, length, UTF_8);
        Map<String, Long> sourceOffset = Map.of(POSITION_FIELD, position);
        return new SourceRecord(fileNamePartition, sourceOffset, topic, Schema.STRING_SCHEMA, line);
    }

    /** Opens the file at {@link #position}; false if it does not exist yet. */
    private boolean open() throws IOException {
        if (!Files.exists(file)) {
            if (!loggedMissing) {
                logger.warn("{} does not exist yet: waiting for it to be created", file);
                loggedMissing = true;
            }
            return false;
        }
        if (Files.isDirectory(file)) {
            throw new ConnectException(file + " is a directory: set " + SingleFileSourceConnectorConfig.DIR_FILE_NAME
                    + " to the path of a file");
        }
        channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(position);
        partialLine.reset();
        if (loggedMissing) {
            logger.info("{} was created: reading it", file);
            loggedMissing = false;
        }
        return true;
    }

    @Override
    public void stop() {
        synchronized (lock) {
            stopping = true;
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    logger.warn("Cannot close {}: {}", file, e.getMessage());
                }
                channel = null;
            }
            lock.notifyAll();
        }
    }
}
