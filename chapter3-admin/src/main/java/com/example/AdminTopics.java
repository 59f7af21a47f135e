package com.example;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import com.example.common.Topics;
import com.example.common.Messages;

/**
 * The few topic chores the demonstrations share: describe a topic with a clear message when it is missing,
 * and create a demo topic when it is not there yet (so every demo runs on a fresh local broker).
 */
final class AdminTopics {

    private AdminTopics() {
    }

    /**
     * {@code describeTopics} of one topic. A missing topic becomes an {@link IllegalArgumentException} that says
     * how to create it (Examples prints it as one line, exit code 1).
     */
    static TopicDescription describe(Admin admin, String topic, String bootstrapServers)
            throws InterruptedException, ExecutionException {
        requireName(topic);
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new IllegalArgumentException(missingTopicMessage(topic, bootstrapServers), e.getCause());
            }
            if (e.getCause() instanceof InvalidTopicException) {
                throw Messages.badInput(e.getCause(), "topic.invalid-name", topic, e.getCause().getMessage());
            }
            throw e;
        }
    }

    /** The message for a topic that does not exist. */
    static String missingTopicMessage(String topic, String bootstrapServers) {
        return "topic '" + topic + "' does not exist; create it with "
                + "'kafka-topics.sh --bootstrap-server " + bootstrapServers + " --create --topic " + topic
                + " --partitions 3' (chapter2-cli-scripts/bin), or send a record to it "
                + "(the broker auto-creates topics: auto.create.topics.enable=true)";
    }

    /**
     * Creates {@code topic} unless it exists (then it is left as it is) and waits until every partition has a
     * leader. Returns its description.
     */
    static TopicDescription createIfMissing(Admin admin, String topic, int partitions, Optional<Short> replicationFactor,
                                            Map<String, String> configs) throws InterruptedException {
        requireName(topic);
        return Topics.createIfAbsent(admin, new NewTopic(topic, Optional.of(partitions), replicationFactor)
                .configs(configs)).get(topic);
    }

    private static void requireName(String topic) {
        if (topic == null || topic.isBlank()) {
            throw Messages.badInput("topic.empty-name");
        }
    }
}
