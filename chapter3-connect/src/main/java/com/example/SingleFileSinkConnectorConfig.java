package com.example;

import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * 3.6 카프카 커넥트 — 싱크 커넥터의 설정: which file to append the records to ({@code file}). The topics
 * to read are the worker's standard {@code topics} setting, as for every sink connector.
 */
public class SingleFileSinkConnectorConfig extends AbstractConfig {

    public static final String DIR_FILE_NAME = "file";
    private static final String DIR_FILE_NAME_DOC = "저장할 파일 경로와 이름 (path of the file the records are appended to)";

    public static final ConfigDef CONFIG = new ConfigDef()
            .define(DIR_FILE_NAME, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConnectorValidators.filePath(),
                    Importance.HIGH, DIR_FILE_NAME_DOC);

    public SingleFileSinkConnectorConfig(Map<String, String> props) {
        super(CONFIG, props);
    }

    public String file() {
        return getString(DIR_FILE_NAME);
    }
}
