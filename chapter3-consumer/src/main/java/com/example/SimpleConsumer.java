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
 *
 * <p>Run: {@code ./mvnw -q -pl chapter3-consumer exec:java -Dexec.mainClass=com.example.SimpleConsumer}, then send
 * records (e.g. {@code SimpleProducer} of chapter3-producer); stop with Ctrl+C.
 *
 * <h2>컨슈머 주요 옵션 (Kafka 4.3 defaults)</h2>
 * <ul>
 *   <li>{@code bootstrap.servers}, {@code key.deserializer}, {@code value.deserializer} — required; here from
 *       {@link KafkaSettings#consumer(String)}.</li>
 *   <li>{@code group.id} (default none) — the consumer group. Needed for {@code subscribe()} and for committing
 *       offsets; without it the consumer can only {@code assign()} and never commits
 *       ({@link ConsumerWithExactPartition}).</li>
 *   <li>{@code auto.offset.reset} (default {@code latest}) — where a group starts when it has no committed offset:
 *       {@code latest}, {@code earliest}, {@code none} (throw), and since Kafka 4.0
 *       {@code by_duration:<ISO-8601>} (KIP-1106, e.g. {@code by_duration:PT1H}). With the default this consumer
 *       only sees records produced after it joined, exactly like the console consumer without
 *       {@code --from-beginning}.</li>
 *   <li>{@code enable.auto.commit} (default {@code true}) and {@code auto.commit.interval.ms} (default 5000) —
 *       this listing commits automatically: inside {@code poll()} once the interval has passed, and in
 *       {@code close()}. See {@link ConsumerWithAutoCommit} for the crash window that opens.</li>
 *   <li>{@code max.poll.records} (default 500) — at most this many records per {@code poll()}.</li>
 *   <li>{@code session.timeout.ms} (default 45000, was 10000 in the book's Kafka 2.5),
 *       {@code heartbeat.interval.ms} (default 3000), {@code max.poll.interval.ms} (default 300000) — liveness;
 *       see {@link ConsumerWithRebalanceListener}.</li>
 *   <li>{@code isolation.level} (default {@code read_uncommitted}) — {@code read_committed} hides records of
 *       open and aborted transactions (reads up to the last stable offset).</li>
 *   <li>{@code group.protocol} (default {@code classic}) — Kafka 4.0 made the new consumer group protocol of
 *       KIP-848 generally available: {@code group.protocol=consumer} moves assignment to the broker and rebalances
 *       incrementally. Classic stays the default. With {@code consumer}, the client may not set
 *       {@code session.timeout.ms}, {@code heartbeat.interval.ms} or {@code partition.assignment.strategy} (the
 *       broker's {@code group.consumer.*} configs rule instead). Try it:
 *       {@code -Dexec.args="test test-group group.protocol=consumer"}.</li>
 * </ul>
 *
 * <p>The book loops {@code while (true)} forever. Here the loop ends the book's own way (see
 * {@link ConsumerWithSafeShutdown}): Ctrl+C or a test's {@link StopSignal} calls {@code consumer.wakeup()}, the
 * blocked {@code poll()} throws {@link WakeupException}, and try-with-resources closes the consumer.
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
