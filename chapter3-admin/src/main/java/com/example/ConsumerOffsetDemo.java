package com.example;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * 3.1 카프카 브로커·클러스터·주키퍼 — 컨슈머 오프셋 저장.
 */
public class ConsumerOffsetDemo {

    private static final Logger logger = LoggerFactory.getLogger(ConsumerOffsetDemo.class);

    public static final String TOPIC_NAME = "hello.kafka";
    /** The book's group of 2.2.3. */
    public static final String GROUP_ID = "hello-group";
    static final String USAGE = "usage: ConsumerOffsetDemo [topic [group]]  (default: " + TOPIC_NAME + " "
            + GROUP_ID + ")";
    /** Where the broker keeps the groups' committed offsets. */
    public static final String OFFSETS_TOPIC = "__consumer_offsets";
    static final int RECORDS = 3;
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    /**
     * What the demo saw: the topic's log end offsets, what the group committed (as reported by the broker), the
     * internal topic that stores the commits, its partition count, and the partition holding this group.
     */
    public record OffsetResult(String topic, String groupId, int recordsRead, Map<TopicPartition, Long> endOffsets,
                               Map<TopicPartition, Long> committed, String offsetsTopic, boolean offsetsTopicInternal,
                               int offsetsTopicPartitions, int groupPartition) {
    }

    public static void main(String[] args) {
        Examples.main(args, settings -> runAndPrint(settings, args));
    }

    /** What {@code main} does: parse the arguments, run, print the result. */
    static void runAndPrint(KafkaSettings settings, String... args) throws Exception {
        OffsetResult r = run(settings, DemoArgs.get(args, 0, TOPIC_NAME, 2, USAGE),
                DemoArgs.get(args, 1, GROUP_ID, 2, USAGE));
        logger.info("group {} read {} record(s) of {} and committed", r.groupId(), r.recordsRead(), r.topic());
        logger.info("log end offsets           : {}", r.endOffsets());
        logger.info("listConsumerGroupOffsets  : {}", r.committed());
        logger.info("stored in {} (internal={}, {} partitions), partition {} = abs(\"{}\".hashCode()) % {}",
                r.offsetsTopic(), r.offsetsTopicInternal(), r.offsetsTopicPartitions(), r.groupPartition(),
                r.groupId(), r.offsetsTopicPartitions());
    }

    public static OffsetResult run(KafkaSettings settings, String topic, String groupId)
            throws InterruptedException, ExecutionException {
        if (groupId == null || groupId.isBlank()) {
            throw Messages.badInput("group.empty-id", GROUP_ID);
        }
        try (Admin admin = Admin.create(settings.admin())) {
            TopicDescription description = AdminTopics.createIfMissing(admin, topic, 1, Optional.empty(), Map.of());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producer())) {
                for (int i = 0; i < RECORDS; i++) {
                    producer.send(new ProducerRecord<>(topic, "offset-demo-" + i)).get();
                }
            }
            Set<TopicPartition> partitions = description.partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
            Map<TopicPartition, Long> endOffsets = new TreeMap<>(Comparator.comparingInt(
                    TopicPartition::partition));
            admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                    .all().get().forEach((tp, info) -> endOffsets.put(tp, info.offset()));

            // the book's way: subscribe with a group, poll, commitSync
            int read = consumeToEndAndCommit(settings, topic, groupId, endOffsets);

            Map<TopicPartition, Long> committed = new TreeMap<>(Comparator.comparingInt(
                    TopicPartition::partition));
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e
                    : admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get().entrySet()) {
                if (e.getKey().topic().equals(topic) && e.getValue() != null) {
                    committed.put(e.getKey(), e.getValue().offset());
                }
            }

            String offsetsTopic = OFFSETS_TOPIC;
            boolean internal = admin.listTopics(new ListTopicsOptions().listInternal(true)).listings().get().stream()
                    .anyMatch(l -> l.name().equals(offsetsTopic) && l.isInternal());
            int offsetsPartitions = AdminTopics.describe(admin, offsetsTopic, settings.bootstrapServers())
                    .partitions().size();
            return new OffsetResult(topic, groupId, read, endOffsets, committed, offsetsTopic, internal,
                    offsetsPartitions, Utils.abs(groupId.hashCode()) % offsetsPartitions);
        }
    }

    /** Subscribes with {@code groupId}, polls until every partition reached {@code endOffsets}, commits. */
    static int consumeToEndAndCommit(KafkaSettings settings, String topic, String groupId,
                                     Map<TopicPartition, Long> endOffsets) {
        int read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaSettings.with(
                settings.consumer(groupId), Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!caughtUp(consumer, endOffsets)) {
                if (System.nanoTime() > deadline) {
                    throw Messages.failure("group.not-at-end", groupId, topic, READ_TIMEOUT.toSeconds());
                }
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            consumer.commitSync();
        }
        return read;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> endOffsets) {
        Set<TopicPartition> assigned = consumer.assignment();
        return assigned.containsAll(endOffsets.keySet())
                && endOffsets.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
