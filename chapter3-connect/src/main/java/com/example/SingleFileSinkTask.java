package com.example;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 3.6 카프카 커넥트 — 싱크 태스크: appends each record's value to the file, one line per record.
 */
public class SingleFileSinkTask extends SinkTask {

    private static final Logger logger = LoggerFactory.getLogger(SingleFileSinkTask.class);

    private String file;
    private FileOutputStream out;
    private Writer writer;

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public void start(Map<String, String> props) {
        try {
            file = new SingleFileSinkConnectorConfig(props).file();
            out = new FileOutputStream(file, true);
            writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8));
            logger.info("Appending records to {}", file);
        } catch (ConfigException e) {
            throw new ConnectException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ConnectException("Cannot open " + file + " for appending: " + e.getMessage(), e);
        }
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        try {
            for (SinkRecord record : records) {
                if (record.value() != null) {
                    writer.write(record.value().toString());
                    writer.write('\n');
                }
            }
            writer.flush(); // visible to readers of the file at once; flush() makes it durable
        } catch (IOException e) {
            throw new ConnectException("Cannot write to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void flush(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            writer.flush();
            out.getFD().sync();
        } catch (IOException e) {
            throw new ConnectException("Cannot flush " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                logger.warn("Cannot close {}: {}", file, e.getMessage());
            }
            writer = null;
        }
    }
}
