package com.example;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;
import com.example.common.Messages;

/**
 * 3.4.2 컨슈머 API — 파티션 할당 컨슈머: {@code assign()} partition 0 of {@code test} instead of {@code subscribe()}.
 */
public class ConsumerWithExactPartition {

    private static final Logger logger = LoggerFactory.getLogger(ConsumerWithExactPartition.class);

    public static final String TOPIC_NAME = "test";
    public static final int PARTITION_NUMBER = 0;

    public static void main(String[] args) {
        Examples.mainUntilStopped(args, (settings, stop) -> {
            ConsumerArgs a = ConsumerArgs.parse(args);
            run(settings, a.topic(TOPIC_NAME), a.partition(PARTITION_NUMBER), stop, a.configs(), logRecord());
        });
    }

    public static void run(KafkaSettings settings, String topic, int partition, StopSignal stop) {
        run(settings, topic, partition, stop, Map.of(), logRecord());
    }

    public static void run(KafkaSettings settings, String topic, int partition, StopSignal stop,
                           Map<String, ?> overrides, Consumer<ConsumerRecord<String, String>> onRecord) {
        ConsumerArgs.requireName("topic", topic);
        Properties configs = KafkaSettings.with(settings.consumer(null), overrides);
        // looking a topic up must not create it (the broker's auto.create.topics.enable is on by default):
        // otherwise the check below would create the topic it reports as missing
        configs.putIfAbsent(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(configs)) {
            stop.onStop(consumer::wakeup);
            requirePartition(consumer.partitionsFor(topic), topic, partition);
            consumer.assign(Set.of(new TopicPartition(topic, partition)));
            logger.info("assignment: {}", consumer.assignment());

            while (true) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(1));
                for (ConsumerRecord<String, String> record : records) {
                    onRecord.accept(record);
                }
            }
        } catch (WakeupException e) {
            logger.info("Consumer stopped");
        }
    }

    /** Assigning a partition that does not exist would make {@code poll()} wait forever: say so instead. */
    static void requirePartition(List<PartitionInfo> partitions, String topic, int partition) {
        if (partitions == null || partitions.isEmpty()) {
            throw Messages.badInput("topic.missing.create", topic);
        }
        if (partitions.stream().noneMatch(p -> p.partition() == partition)) {
            throw Messages.badInput("topic.no-such-partition", topic, partitions.size() - 1, partition);
        }
    }

    public static Consumer<ConsumerRecord<String, String>> logRecord() {
        return record -> logger.info("record:{}", record);
    }
}
