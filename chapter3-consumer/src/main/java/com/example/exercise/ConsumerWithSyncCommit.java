package com.example.exercise;

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

import com.example.ConsumerArgs;
import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;

/**
 * 연습 3.4.2 동기 오프셋 커밋 — exercise: commit each batch synchronously after processing it ({@link com.example.ConsumerWithSyncCommit} is the solution).
 *
 * <ol>
 *   <li>Fill in the {@code TODO}s below.</li>
 *   <li>Grade: {@code ./mvnw -q -pl chapter3-consumer test-compile exec:java@grade -Dexec.args=sync-commit}</li>
 *   <li>Run it like the listing: {@code ./mvnw -q -pl chapter3-consumer exec:java
 *       -Dexec.mainClass=com.example.exercise.ConsumerWithSyncCommit}</li>
 * </ol>
 */
public class ConsumerWithSyncCommit {

    private static final Logger logger = LoggerFactory.getLogger(ConsumerWithSyncCommit.class);

    public static void main(String[] args) {
        Examples.mainUntilStopped(args, (settings, stop) -> {
            ConsumerArgs a = ConsumerArgs.parse(args);
            run(settings, a.topic("test"), a.group("test-group"), stop, a.configs(),
                    record -> logger.info("record:{}", record));
        });
    }

    public static void run(KafkaSettings settings, String topic, String groupId, StopSignal stop,
                           Map<String, ?> overrides, Consumer<ConsumerRecord<String, String>> onRecord) {
        Properties configs = settings.consumer(groupId);
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
                // TODO poll()로 받은 배치를 모두 처리했으면, 그 위치를 동기로 커밋하세요.
                //      힌트: consumer.commitSync() — 브로커가 답할 때까지 기다립니다 (빈 배치는 건너뛰어도 됩니다).
            }
        } catch (WakeupException e) {
            logger.info("Consumer stopped");
        }
    }
}
