package com.example.tour;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import com.example.common.KafkaSettings;

/**
 * The tour's own looks at the broker, to verify what an example did: create a topic, read a topic from the
 * beginning without a group, log end offsets, a group's committed offsets. Nothing here is an example of the book.
 */
public final class TourKafka {

    private TourKafka() {
    }

    /** Creates {@code topic} with {@code partitions} (replication factor: the broker's default). */
    public static void createTopic(KafkaSettings settings, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(settings.admin())) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw unwrap(e);
            }
        }
    }

    /** Sends {@code key}/{@code value} pairs (a {@code null} key allowed) and waits for the broker. */
    public static void send(KafkaSettings settings, String topic, List<String[]> keyValues) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producer())) {
            for (String[] kv : keyValues) {
                producer.send(new ProducerRecord<>(topic, kv[0], kv[1])).get();
            }
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    /** The topic's partitions → log end offset, sorted by partition. Empty map if the topic does not exist. */
    public static Map<Integer, Long> endOffsets(KafkaSettings settings, String topic) throws Exception {
        return offsets(settings, topic, OffsetSpec.latest());
    }

    /** The topic's partitions → log start offset. */
    public static Map<Integer, Long> startOffsets(KafkaSettings settings, String topic) throws Exception {
        return offsets(settings, topic, OffsetSpec.earliest());
    }

    private static Map<Integer, Long> offsets(KafkaSettings settings, String topic, OffsetSpec spec) throws Exception {
        try (Admin admin = Admin.create(settings.admin())) {
            TopicDescription description;
            try {
                description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    return Map.of();
                }
                throw unwrap(e);
            }
            Map<TopicPartition, OffsetSpec> request = description.partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> spec));
            Map<Integer, Long> result = new TreeMap<>();
            admin.listOffsets(request).all().get().forEach((tp, info) -> result.put(tp.partition(), info.offset()));
            return result;
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    /** What {@code group} has committed for {@code topic}: partition → offset, sorted. */
    public static Map<Integer, Long> committed(KafkaSettings settings, String group, String topic) throws Exception {
        try (Admin admin = Admin.create(settings.admin())) {
            Map<Integer, Long> result = new TreeMap<>();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e
                    : admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet()) {
                if (e.getKey().topic().equals(topic) && e.getValue() != null) {
                    result.put(e.getKey().partition(), e.getValue().offset());
                }
            }
            return result;
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    /** {@code end offsets} with the empty partitions left out (a group commits only what it read). */
    public static Map<Integer, Long> nonEmpty(Map<Integer, Long> endOffsets) {
        Map<Integer, Long> result = new TreeMap<>();
        endOffsets.forEach((p, o) -> {
            if (o > 0) {
                result.put(p, o);
            }
        });
        return result;
    }

    public static long total(Map<Integer, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Reads {@code topic} from the beginning, without a consumer group, until at least {@code atLeast} records
     * arrived or {@code timeout} passed; returns what was read, ordered by partition and offset.
     */
    public static List<ConsumerRecord<String, String>> readAll(KafkaSettings settings, String topic, int atLeast,
                                                               Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaSettings.with(settings.consumer(null),
                Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100,
                        ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false)))) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(2)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (records.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        records.sort(Comparator.<ConsumerRecord<String, String>>comparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        return records;
    }

    /** {@code ExecutionException} → its cause (a KafkaException when it is one). */
    public static Exception unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof KafkaException k) {
            return k;
        }
        return cause instanceof Exception ex ? ex : e;
    }
}
