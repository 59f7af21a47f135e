package com.example;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.internals.Topic;

/**
 * The checks behind the connectors' {@link ConfigDef}s. The worker runs them when a connector is created and
 * on {@code PUT /connector-plugins/{name}/config/validate}, so bad settings come back as a validation error
 * (REST 400) that names the setting, instead of a task that fails later.
 */
final class ConnectorValidators {

    private ConnectorValidators() {
    }

    /** A file path: not blank (a missing required path is reported by ConfigDef). */
    static ConfigDef.Validator filePath() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                if (value == null) {
                    return; // missing: ConfigDef itself reports "Missing required configuration"
                }
                if (value.toString().isBlank()) {
                    throw new ConfigException(name, value,
                            "must be the path of a file, e.g. " + name + "=/tmp/kafka.txt");
                }
            }

            @Override
            public String toString() {
                return "a file path";
            }
        };
    }

    /** A legal Kafka topic name, checked by Kafka's own rule (characters, length, not "." or ".."). */
    static ConfigDef.Validator topicName() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                if (value == null) {
                    throw new ConfigException(name, null, "must be a topic name, e.g. " + name + "=test");
                }
                try {
                    Topic.validate(value.toString());
                } catch (InvalidTopicException e) {
                    throw new ConfigException(name, value, e.getMessage());
                }
            }

            @Override
            public String toString() {
                return "a legal topic name: [a-zA-Z0-9._-], at most 249 characters";
            }
        };
    }
}
