package com.example;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * 3.1 카프카 브로커·클러스터·주키퍼 — 데이터 삭제.
 */
public class DataDeletionDemo {

    private static final Logger logger = LoggerFactory.getLogger(DataDeletionDemo.class);

    public static final String TOPIC_NAME = "retention.test";
    static final String USAGE = "usage: DataDeletionDemo [topic]  (default: " + TOPIC_NAME + ")";
    public static final int RECORDS = 10;
    public static final int KEEP = 5;
    static final Map<String, String> TOPIC_CONFIGS = Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
            TopicConfig.RETENTION_MS_CONFIG, "600000",
            TopicConfig.SEGMENT_MS_CONFIG, "60000");
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    /**
     * What the demo saw on partition 0: the topic's deletion settings, the log start offset before and after
     * {@code deleteRecords}, the log end offset, whether the first deleted offset could still be read, and what
     * reading from the beginning returned (first offset and values).
     */
    public record DeletionResult(String topic, Map<String, String> deletionConfigs, String retentionCheckIntervalMs,
                                 long startOffsetBefore, long deletedBefore, long startOffsetAfter, long endOffset,
                                 boolean deletedOffsetReadable, long firstOffsetRead, List<String> valuesRead) {
    }

    public static void main(String[] args) {
        Examples.main(args, settings -> runAndPrint(settings, args));
    }

    /** What {@code main} does: parse the arguments, run, print the result. */
    static void runAndPrint(KafkaSettings settings, String... args) throws Exception {
        DeletionResult r = run(settings, DemoArgs.get(args, 0, TOPIC_NAME, 1, USAGE));
        logger.info("topic {}: {} (broker log.retention.check.interval.ms={})", r.topic(), r.deletionConfigs(),
                r.retentionCheckIntervalMs());
        logger.info("log start offset {} -> deleteRecords(before {}) -> {}; log end offset {}",
                r.startOffsetBefore(), r.deletedBefore(), r.startOffsetAfter(), r.endOffset());
        logger.info("reading offset {} again: {}", r.startOffsetBefore(),
                r.deletedOffsetReadable() ? "still there" : "OffsetOutOfRangeException (deleted)");
        logger.info("reading from the beginning starts at offset {}: {}", r.firstOffsetRead(), r.valuesRead());
    }

    public static DeletionResult run(KafkaSettings settings, String topic)
            throws InterruptedException, ExecutionException {
        TopicPartition partition = new TopicPartition(topic, 0);
        try (Admin admin = Admin.create(settings.admin())) {
            AdminTopics.createIfMissing(admin, topic, 1, Optional.empty(), TOPIC_CONFIGS);
            Map<String, String> deletionConfigs = topicConfigs(admin, topic);
            String checkInterval = brokerConfig(admin, "log.retention.check.interval.ms");

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producer())) {
                for (int i = 0; i < RECORDS; i++) {
                    producer.send(new ProducerRecord<>(topic, 0, null, "record-" + i)).get();
                }
            }
            long startBefore = offset(admin, partition, OffsetSpec.earliest());
            long end = offset(admin, partition, OffsetSpec.latest());

            // delete every record below (end - KEEP): what retention does to old segments, but now
            long deleteBefore = end - KEEP;
            long lowWatermark = admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(deleteBefore)))
                    .lowWatermarks().get(partition).get().lowWatermark();
            long startAfter = offset(admin, partition, OffsetSpec.earliest());
            logger.debug("deleteRecords low watermark {}", lowWatermark);

            boolean deletedReadable = canRead(settings, partition, startBefore);
            List<ConsumerRecord<String, String>> remaining = readFromBeginning(settings, partition, end);
            return new DeletionResult(topic, deletionConfigs, checkInterval, startBefore, deleteBefore, startAfter, end,
                    deletedReadable, remaining.isEmpty() ? -1 : remaining.get(0).offset(),
                    remaining.stream().map(ConsumerRecord::value).toList());
        }
    }

    /** Seeks to {@code offset} with no reset policy: a deleted offset is refused instead of silently skipped. */
    static boolean canRead(KafkaSettings settings, TopicPartition partition, long offset) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaSettings.with(settings.consumer(null),
                Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none")))) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!consumer.poll(Duration.ofMillis(200)).isEmpty()) {
                    return true;
                }
            }
            throw Messages.failure("read.no-answer", offset, partition, READ_TIMEOUT.toSeconds());
        } catch (OffsetOutOfRangeException e) {
            return false;
        }
    }

    /** Everything from the log start offset up to {@code endOffset}. */
    static List<ConsumerRecord<String, String>> readFromBeginning(KafkaSettings settings, TopicPartition partition,
                                                                 long endOffset) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings.consumer(null))) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (consumer.position(partition) < endOffset) {
                if (System.nanoTime() > deadline) {
                    throw Messages.failure("read.could-not", partition, endOffset);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static Map<String, String> topicConfigs(Admin admin, String topic)
            throws InterruptedException, ExecutionException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        Map<String, String> result = new TreeMap<>();
        for (String name : List.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.RETENTION_MS_CONFIG,
                TopicConfig.RETENTION_BYTES_CONFIG, TopicConfig.SEGMENT_MS_CONFIG, TopicConfig.SEGMENT_BYTES_CONFIG)) {
            result.put(name, config.get(name).value());
        }
        return result;
    }

    private static String brokerConfig(Admin admin, String name) throws InterruptedException, ExecutionException {
        Node node = admin.describeCluster().nodes().get().iterator().next();
        ConfigResource resource = new ConfigResource(ConfigResource.Type.BROKER, node.idString());
        return admin.describeConfigs(List.of(resource)).all().get().get(resource).get(name).value();
    }

    private static long offset(Admin admin, TopicPartition partition, OffsetSpec spec)
            throws InterruptedException, ExecutionException {
        return admin.listOffsets(Map.of(partition, spec)).partitionResult(partition).get().offset();
    }
}
