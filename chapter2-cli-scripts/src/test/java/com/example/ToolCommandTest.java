package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The walkthrough waits for the topics the book creates, and only for those. */
class ToolCommandTest {

    @Test
    void onlyAKafkaTopicsCreateNamesTheTopicItCreates() {
        assertThat(ToolCommand.of("kafka-topics.sh", "--create", "--bootstrap-server", "localhost:9092",
                "--topic", "hello.kafka").createdTopic()).contains("hello.kafka");
        assertThat(ToolCommand.of("kafka-topics.sh", "--bootstrap-server", "localhost:9092", "--describe",
                "--topic", "hello.kafka").createdTopic()).isEmpty();
        assertThat(ToolCommand.of("kafka-console-producer.sh", "--create", "--topic", "x").createdTopic()).isEmpty();
        assertThat(ToolCommand.of("kafka-topics.sh", "--create", "--topic").createdTopic()).isEmpty();
    }
}
