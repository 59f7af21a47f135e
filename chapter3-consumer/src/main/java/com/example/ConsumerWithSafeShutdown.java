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
 *
 * <p>Run: {@code ./mvnw -q -pl chapter3-consumer exec:java -Dexec.mainClass=com.example.ConsumerWithSafeShutdown},
 * then Ctrl+C: the log shows "Wakeup consumer", "Committed ..." and "Consumer close".
 *
 * <ol>
 *   <li>The book registers a {@code ShutdownThread} with {@code Runtime.addShutdownHook}. Here
 *       {@link Examples#mainUntilStopped} registers that hook: on Ctrl+C (SIGINT/SIGTERM) it fires the
 *       {@link StopSignal}, which runs what we registered with {@code stop.onStop(consumer::wakeup)}. A test fires
 *       the same signal, so both stop this very code path. {@code wakeup()} is the only {@code KafkaConsumer}
 *       method that is safe to call from another thread.</li>
 *   <li>The consumer thread's current or next {@code poll()} (or {@code commitSync()}) throws
 *       {@link WakeupException}.</li>
 *   <li>We commit once more. The book only closes: if the wakeup hit the {@code commitSync()} of the last batch,
 *       that call throws before it knows the outcome — the request may have reached the coordinator or not (on
 *       4.3.1 it usually has) — and a batch left uncommitted is read again after a restart. The last commit makes
 *       it certain.</li>
 *   <li>{@code close()} leaves the group at once (LeaveGroup), so the partitions move to the other members
 *       without waiting {@code session.timeout.ms}.</li>
 * </ol>
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
