package com.example;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * 3.4.2 컨슈머 API — 컨슈머에 할당된 파티션 확인 방법: {@code consumer.assignment()}.
 */
public class ConsumerWithAssignmentCheck {

    private static final Logger logger = LoggerFactory.getLogger(ConsumerWithAssignmentCheck.class);

    public static final String TOPIC_NAME = "test";
    public static final String GROUP_ID = "test-group";
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    public static void main(String[] args) {
        Examples.main(args, settings -> {
            ConsumerArgs a = ConsumerArgs.parse(args);
            check(settings, a.topic(TOPIC_NAME), a.group(GROUP_ID), a.configs(), TIMEOUT);
        });
    }

    /** Subscribes as {@code groupId}, waits for the assignment and returns it. */
    public static Set<TopicPartition> check(KafkaSettings settings, String topic, String groupId,
                                            Map<String, ?> overrides, Duration timeout) {
        ConsumerArgs.requireName("topic", topic);
        Properties configs = settings.consumer(ConsumerArgs.requireName("group", groupId));
        configs.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        configs = KafkaSettings.with(configs, overrides);

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(configs)) {
            consumer.subscribe(List.of(topic));
            logger.info("right after subscribe(): assignment: {}", consumer.assignment());

            long deadline = System.nanoTime() + timeout.toNanos();
            while (consumer.assignment().isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw Messages.failure("consumer.no-assignment", topic, groupId, timeout.toSeconds());
                }
                consumer.poll(Duration.ofMillis(100));
            }

            Set<TopicPartition> assignedTopicPartition = consumer.assignment();
            logger.info("assignment: {}", assignedTopicPartition);
            return assignedTopicPartition;
        }
    }
}
