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
 * 연습 3.4.2 컨슈머의 안전한 종료 — exercise: on the stop signal, wakeup() → WakeupException → a last commit → close() ({@link com.example.ConsumerWithSafeShutdown} is the solution).
 *
 * <ol>
 *   <li>Fill in the {@code TODO}s below.</li>
 *   <li>Grade: {@code ./mvnw -q -pl chapter3-consumer test-compile exec:java@grade -Dexec.args=safe-shutdown}</li>
 *   <li>Run it like the listing: {@code ./mvnw -q -pl chapter3-consumer exec:java
 *       -Dexec.mainClass=com.example.exercise.ConsumerWithSafeShutdown}</li>
 * </ol>
 */
public class ConsumerWithSafeShutdown {

    private static final Logger logger = LoggerFactory.getLogger(ConsumerWithSafeShutdown.class);

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

        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(configs);
        stop.onStop(consumer::wakeup); // Ctrl+C (the book's ShutdownThread) → wakeup(): the next poll() throws
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
            // TODO 종료 전에 지금까지 처리한 레코드의 위치를 한 번 더 커밋하세요.
            //      힌트: 배치 도중에 wakeup()이 오면 위의 commitSync()가 WakeupException을 던지고 그 배치는
            //            커밋되지 않습니다. 여기서 consumer.commitSync() 하면 처리한 배치가 저장됩니다.
        } finally {
            logger.warn("Consumer close");
            // TODO 컨슈머를 닫으세요: consumer.close() — 그룹을 곧바로 떠나 파티션이 다른 컨슈머에게 갑니다.
        }
    }
}
