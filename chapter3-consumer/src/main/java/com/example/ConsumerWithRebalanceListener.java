package com.example;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;

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
 * 3.4.2 컨슈머 API — 리밸런스 리스너를 가진 컨슈머: {@code subscribe(topics, new RebalanceListener(consumer))}.
 *
 * <p>Run two of these in two terminals and watch the first one log "Partitions are revoked", commit, and get half
 * of the partitions back: {@code ./mvnw -q -pl chapter3-consumer exec:java
 * -Dexec.mainClass=com.example.ConsumerWithRebalanceListener} (topic {@code test} needs 2+ partitions to split).
 *
 * <p>This listing commits only when it must: when partitions leave it (the {@link RebalanceListener}) and when it
 * closes (which revokes all its partitions, so the listener commits once more). No record is then handed to the
 * next owner uncommitted, and none is processed twice across a rebalance. (In production you would add regular
 * commits as well, e.g. {@code commitAsync()} after each batch, to bound what a crash re-delivers.)
 *
 * <h2>Liveness options (Kafka 4.3 defaults, classic protocol)</h2>
 * <ul>
 *   <li>{@code session.timeout.ms} (45000) — no heartbeat for this long and the coordinator removes the member and
 *       rebalances. Must lie within the broker's {@code group.min/max.session.timeout.ms} (6000–1800000).</li>
 *   <li>{@code heartbeat.interval.ms} (3000) — how often the background thread heartbeats; also how soon a member
 *       learns that a rebalance started (keep it ≤ 1/3 of the session timeout).</li>
 *   <li>{@code max.poll.interval.ms} (300000) — longest allowed gap between two {@code poll()}s; exceed it and the
 *       member leaves the group (its partitions are reassigned). Also the rebalance timeout.</li>
 *   <li>{@code group.protocol=consumer} (KIP-848): the broker computes assignments and revokes incrementally; the
 *       session and heartbeat settings then come from the broker ({@code group.consumer.session.timeout.ms},
 *       {@code group.consumer.heartbeat.interval.ms}) and must not be set on the client.</li>
 * </ul>
 */
public class ConsumerWithRebalanceListener {

    private static final Logger logger = LoggerFactory.getLogger(ConsumerWithRebalanceListener.class);

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
        run(settings, topic, groupId, stop, overrides, onRecord, RebalanceListener::new);
    }

    /** The same loop with another listener (the exercise's grader passes the student's). */
    public static void run(KafkaSettings settings, String topic, String groupId, StopSignal stop,
                           Map<String, ?> overrides, Consumer<ConsumerRecord<String, String>> onRecord,
                           Function<KafkaConsumer<String, String>, CommittingRebalanceListener> listenerFor) {
        ConsumerArgs.requireName("topic", topic);
        Properties configs = settings.consumer(ConsumerArgs.requireName("group", groupId));
        configs.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        configs = KafkaSettings.with(configs, overrides);

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(configs)) {
            stop.onStop(consumer::wakeup);
            CommittingRebalanceListener rebalanceListener = listenerFor.apply(consumer);
            consumer.subscribe(List.of(topic), rebalanceListener);

            while (true) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(1));
                for (ConsumerRecord<String, String> record : records) {
                    onRecord.accept(record);
                    rebalanceListener.processed(record);
                }
            }
        } catch (WakeupException e) {
            logger.info("Consumer stopped (close() revoked the partitions, the listener committed them)");
        }
    }

    public static Consumer<ConsumerRecord<String, String>> logRecord() {
        return record -> logger.info("record:{}", record);
    }
}
