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
 * 3.4.2 컨슈머 API — 컨슈머의 안전한 종료: shutdown hook → {@code wakeup()} → {@link WakeupException} → final
 * commit → {@code close()}.
 */
public class ConsumerWithSafeShutdown {

    private static final Logger logger = LoggerFactory.getLogger(ConsumerWithSafeShutdown.class);

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

        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(configs);
        stop.onStop(consumer::wakeup); // what the book's ShutdownThread does
        try {
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
            logger.warn("Wakeup consumer");
            // every record polled so far was processed: commit their positions before leaving
            consumer.commitSync();
            logger.info("Committed {}", consumer.committed(consumer.assignment()));
        } finally {
            logger.warn("Consumer close");
            consumer.close();
        }
    }

    public static Consumer<ConsumerRecord<String, String>> logRecord() {
        return record -> logger.info("record:{}", record);
    }
}
