package com.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;

/**
 * 3.1 카프카 브로커·클러스터·주키퍼 — 데이터 저장, 전송.
 */
public class DataStorageDemo {

    private static final Logger logger = LoggerFactory.getLogger(DataStorageDemo.class);

    /** The book's first topic (2.2.1); created with 1 partition when it does not exist yet. */
    public static final String TOPIC_NAME = "hello.kafka";
    static final String USAGE = "usage: DataStorageDemo [topic]  (default: " + TOPIC_NAME + ")";

    /** Records produced to each partition before looking at the disk. */
    public static final int RECORDS_PER_PARTITION = 5;

    /** One partition replica as the broker stores it. */
    public record StoredReplica(int broker, String logDir, TopicPartition partition, long sizeBytes,
                                long offsetLag, List<SegmentFile> files) {
    }

    /** A file in the partition directory (empty list when the log directory is not on this machine). */
    public record SegmentFile(String name, long sizeBytes) {
    }

    /** What the demo found: the topic's replicas, per broker and log directory. */
    public record StorageResult(String topic, List<StoredReplica> replicas) {
    }

    public static void main(String[] args) {
        Examples.main(args, settings -> runAndPrint(settings, args));
    }

    /** What {@code main} does: parse the arguments, run, print the result. */
    static void runAndPrint(KafkaSettings settings, String... args) throws Exception {
        String topic = DemoArgs.get(args, 0, TOPIC_NAME, 1, USAGE);
        StorageResult result = run(settings, topic);
        logger.info("topic {}: {} replica(s) on disk", result.topic(), result.replicas().size());
        for (StoredReplica replica : result.replicas()) {
            logger.info("broker {} log.dir {} -> {}: {} bytes (offset lag {})", replica.broker(), replica.logDir(),
                    replica.partition(), replica.sizeBytes(), replica.offsetLag());
            for (SegmentFile file : replica.files()) {
                logger.info("    {}  {} bytes", file.name(), file.sizeBytes());
            }
            if (replica.files().isEmpty()) {
                logger.info("    (log dir not on this machine: segment files not listed)");
            }
        }
    }

    /** Creates {@code topic} if needed, produces to each partition, and describes where the broker keeps it. */
    public static StorageResult run(KafkaSettings settings, String topic)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(settings.admin())) {
            TopicDescription description = AdminTopics.createIfMissing(admin, topic, 1, Optional.empty(), Map.of());

            // 1) write: a few records to every partition, acknowledged by the leader
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producer())) {
                for (TopicPartitionInfo partition : description.partitions()) {
                    for (int i = 0; i < RECORDS_PER_PARTITION; i++) {
                        producer.send(new ProducerRecord<>(topic, partition.partition(), null,
                                "stored-record-" + i)).get();
                    }
                }
            }

            // 2) ask every broker which log directory holds which partition, and its size
            List<Integer> brokers = admin.describeCluster().nodes().get().stream().map(Node::id).toList();
            Map<Integer, Map<String, LogDirDescription>> logDirs =
                    admin.describeLogDirs(brokers).allDescriptions().get();
            List<StoredReplica> replicas = new ArrayList<>();
            logDirs.forEach((broker, dirs) -> dirs.forEach((dir, dirDescription) ->
                    dirDescription.replicaInfos().forEach((partition, info) -> {
                        if (partition.topic().equals(topic)) {
                            replicas.add(replica(broker, dir, partition, info));
                        }
                    })));
            replicas.sort(Comparator.comparingInt((StoredReplica r) -> r.partition().partition())
                    .thenComparingInt(StoredReplica::broker));
            return new StorageResult(topic, replicas);
        }
    }

    private static StoredReplica replica(int broker, String logDir, TopicPartition partition, ReplicaInfo info) {
        return new StoredReplica(broker, logDir, partition, info.size(), info.offsetLag(),
                segmentFiles(Paths.get(logDir, partition.topic() + "-" + partition.partition())));
    }

    /** The files of a partition directory, if it is on this machine. */
    static List<SegmentFile> segmentFiles(Path partitionDir) {
        if (!Files.isDirectory(partitionDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(partitionDir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> new SegmentFile(f.getFileName().toString(), size(f)))
                    .sorted(Comparator.comparing(SegmentFile::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + partitionDir, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1; // e.g. a segment deleted meanwhile
        }
    }
}
