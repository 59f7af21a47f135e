package com.example;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The few topic chores the demonstrations share: describe a topic with a clear message when it is missing,
 * and create a demo topic when it is not there yet (so every demo runs on a fresh local broker).
 */
final class AdminTopics {

    /** How long we wait for a new topic's partitions to get a leader. */
    static final Duration LEADER_TIMEOUT = Duration.ofSeconds(15);

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
                throw new IllegalArgumentException("'" + topic + "' is not a valid topic name: "
                        + e.getCause().getMessage(), e.getCause());
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
                                            Map<String, String> configs, String bootstrapServers)
            throws InterruptedException, ExecutionException {
        requireName(topic);
        try {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), replicationFactor)
                    .configs(configs))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        return awaitLeaders(admin, topic, bootstrapServers);
    }

    /** Describes {@code topic} until every partition has a leader (a new topic needs a moment). */
    static TopicDescription awaitLeaders(Admin admin, String topic, String bootstrapServers)
            throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + LEADER_TIMEOUT.toNanos();
        while (true) {
            try {
                TopicDescription description = describe(admin, topic, bootstrapServers);
                if (description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    return description;
                }
            } catch (IllegalArgumentException notYetVisible) {
                if (System.nanoTime() > deadline) {
                    throw notYetVisible;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topic '" + topic + "' has partitions without a leader after "
                        + LEADER_TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    private static void requireName(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("the topic name is empty: pass a topic name");
        }
    }
}
