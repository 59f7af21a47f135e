package com.example;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

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
 * 3.4.2 컨슈머 API — the book's first consumer: subscribe to {@code test} as group {@code test-group} and log
 * every record it polls.
 */
public class SimpleConsumer {

    private static final Logger logger = LoggerFactory.getLogger(SimpleConsumer.class);

    public static final String TOPIC_NAME = "test";
    public static final String GROUP_ID = "test-group";

    public static void main(String[] args) {
        Examples.mainUntilStopped(args, (settings, stop) -> {
            ConsumerArgs a = ConsumerArgs.parse(args);
            run(settings, a.topic(TOPIC_NAME), a.group(GROUP_ID), stop, a.configs(), logRecord());
        });
    }

    /** The book's listing on {@code topic} as {@code groupId}, until {@code stop}. */
    public static void run(KafkaSettings settings, String topic, String groupId, StopSignal stop) {
        run(settings, topic, groupId, stop, Map.of(), logRecord());
    }

    /**
     * The listing with {@code overrides} laid over its configs and every record handed to {@code onRecord} (the
     * book logs it; tests collect it).
     */
    public static void run(KafkaSettings settings, String topic, String groupId, StopSignal stop,
                           Map<String, ?> overrides, Consumer<ConsumerRecord<String, String>> onRecord) {
        ConsumerArgs.requireName("topic", topic);
        Properties configs = KafkaSettings.with(settings.consumer(ConsumerArgs.requireName("group", groupId)),
                overrides);

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(configs)) {
            stop.onStop(consumer::wakeup);
            consumer.subscribe(List.of(topic));

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

    /** What the book does with each record. */
    public static Consumer<ConsumerRecord<String, String>> logRecord() {
        return record -> logger.info("record:{}", record);
    }
}
