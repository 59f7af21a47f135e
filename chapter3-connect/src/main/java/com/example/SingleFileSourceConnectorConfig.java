package com.example;

import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * 3.6 카프카 커넥트 — 소스 커넥터의 설정: which file to read ({@code file}, the book's default
 * {@code /tmp/kafka.txt}) and which topic to write to ({@code topic}, the book's default {@code test}).
 */
public class SingleFileSourceConnectorConfig extends AbstractConfig {

    public static final String DIR_FILE_NAME = "file";
    private static final String DIR_FILE_NAME_DEFAULT_VALUE = "/tmp/kafka.txt";
    private static final String DIR_FILE_NAME_DOC = "읽을 파일 경로와 이름 (path of the file to read, line by line)";

    public static final String TOPIC_NAME = "topic";
    private static final String TOPIC_DEFAULT_VALUE = "test";
    private static final String TOPIC_DOC = "보낼 토픽명 (topic the lines are sent to)";

    public static final ConfigDef CONFIG = new ConfigDef()
            .define(DIR_FILE_NAME, Type.STRING, DIR_FILE_NAME_DEFAULT_VALUE, ConnectorValidators.filePath(),
                    Importance.HIGH, DIR_FILE_NAME_DOC)
            .define(TOPIC_NAME, Type.STRING, TOPIC_DEFAULT_VALUE, ConnectorValidators.topicName(),
                    Importance.HIGH, TOPIC_DOC);

    public SingleFileSourceConnectorConfig(Map<String, String> props) {
        super(CONFIG, props);
    }

    public String file() {
        return getString(DIR_FILE_NAME);
    }

    public String topic() {
        return getString(TOPIC_NAME);
    }
}
