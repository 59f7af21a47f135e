package com.example;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;

/**
 * 3.4.2 컨슈머 API — 동기 오프셋 커밋: process the whole batch a {@code poll()} returned, then
 * {@code commitSync()} the positions (offset of the last record + 1 per partition) and wait for the broker's answer.
 */
public class ConsumerWithSyncCommit {

    private static final Logger logger = LoggerFactory.getLogger(ConsumerWithSyncCommit.class);

    public static final String TOPIC_NAME = "test";
    public static final String GROUP_ID = "test-group";

    public static void main(String[] args) {
        Examples.mainUntilStopped(args, (settings, stop) -> {
            ConsumerArgs a = ConsumerArgs.parse(args);
            run(settings, a.topic(TOPIC_NAME), a.group(GROUP_ID), stop, a.configs(), logRecord());
        });
    }

    public static void run(KafkaSettings settings, String topic, String groupId, StopSignal stop) {
        run(settings, topic, groupId, stop, Map.of(), logRecord());
    }

    public static void run(KafkaSettings settings, String topic, String groupId, StopSignal stop,
                           Map<String, ?> overrides, Consumer<ConsumerRecord<String, String>> onRecord) {
        ConsumerArgs.requireName("topic", topic);
        Properties configs = settings.consumer(ConsumerArgs.requireName("group", groupId));
        configs.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        configs = KafkaSettings.with(configs, overrides);

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(configs)) {
            stop.onStop(consumer::wakeup);
            consumer.subscribe(List.of(topic));

            while (true) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(1));
                for (ConsumerRecord<String, String> record : records) {
                    onRecord.accept(record);
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            logger.info("Consumer stopped");
        }
    }

    public static Consumer<ConsumerRecord<String, String>> logRecord() {
        return record -> logger.info("record:{}", record);
    }
}
