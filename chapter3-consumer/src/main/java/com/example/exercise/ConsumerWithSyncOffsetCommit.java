package com.example.exercise;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.ConsumerArgs;
import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;

/**
 * 연습 3.4.2 동기 오프셋 커밋 (레코드 단위) — exercise: commit each record's offset + 1 right after processing it ({@link com.example.ConsumerWithSyncOffsetCommit} is the solution).
 *
 * <ol>
 *   <li>Fill in the {@code TODO}s below.</li>
 *   <li>Grade: {@code ./mvnw -q -pl chapter3-consumer test-compile exec:java@grade -Dexec.args=record-commit}</li>
 *   <li>Run it like the listing: {@code ./mvnw -q -pl chapter3-consumer exec:java
 *       -Dexec.mainClass=com.example.exercise.ConsumerWithSyncOffsetCommit}</li>
 * </ol>
 */
public class ConsumerWithSyncOffsetCommit {

    private static final Logger logger = LoggerFactory.getLogger(ConsumerWithSyncOffsetCommit.class);

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
                Map<TopicPartition, OffsetAndMetadata> currentOffset = new HashMap<>();
                for (ConsumerRecord<String, String> record : records) {
                    onRecord.accept(record);
                    // TODO 이 레코드를 처리했으니, 그 파티션의 다음 위치를 currentOffset에 넣고 바로 동기로 커밋하세요.
                    //      힌트: new TopicPartition(record.topic(), record.partition()),
                    //            new OffsetAndMetadata(record.offset() + 1, null) — 왜 + 1인지 책 3.4.2를 보세요.
                    //            그리고 consumer.commitSync(currentOffset)
                }
            }
        } catch (WakeupException e) {
            logger.info("Consumer stopped");
        }
    }
}
