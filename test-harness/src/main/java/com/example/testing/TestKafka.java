package com.example.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

import com.example.common.KafkaSettings;
import com.example.common.Topics;
import com.example.local.LocalKafkaBroker;
import com.example.local.LocalKafkaCluster;

/**
 * What a {@link KafkaTest} gets: the shared broker's address and the few helpers every test needs — unique
 * topic names, topic creation, sending, reading back (awaited, never slept), offsets. One instance per JVM.
 */
public final class TestKafka implements AutoCloseable {

    /** Default deadline for awaiting records or state. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final TestBroker broker;
    private final KafkaSettings settings;
    private Admin admin;

    TestKafka(TestBroker broker) {
        this.broker = broker;
        this.settings = new KafkaSettings(broker.bootstrapServers());
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Client settings pointing at the test broker: what the examples take. */
    public KafkaSettings settings() {
        return settings;
    }

    /** {@code local}, {@code testcontainers}, {@code external}, {@code zookeeper} or {@code cluster}. */
    public String mode() {
        return broker.mode();
    }

    /** The ZooKeeper of the zookeeper mode's cluster ({@code host:port}); empty in the other modes. */
    public Optional<String> zookeeperConnect() {
        return broker.zookeeperConnect();
    }

    /** The in-process cluster of a {@code @KafkaTest(brokers = N)} class, for tests that stop and start nodes. */
    public Optional<LocalKafkaCluster> cluster() {
        return broker.cluster();
    }

    /** The in-process broker (local mode), for stop/restart tests. */
    public Optional<LocalKafkaBroker> localBroker() {
        return broker.local();
    }

    /** A topic (or group) name no other test uses: {@code base-<n>-<random>}. */
    public static String unique(String base) {
        return base + "-" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a uniquely named topic and returns its name. */
    public String createTopic(String base, int partitions) {
        String name = unique(base);
        createTopicNamed(name, partitions, Map.of());
        return name;
    }

    /** A new topic with a unique name, {@code replicas} copies of each partition, leaders awaited. */
    public String createTopic(String base, int partitions, int replicas, Map<String, String> configs) {
        String name = unique(base);
        createTopic(new NewTopic(name, Optional.of(partitions), Optional.of((short) replicas)).configs(configs));
        return name;
    }

    /** Creates the topic {@code name} (exact) and waits until its partitions have leaders. */
    public void createTopicNamed(String name, int partitions, Map<String, String> configs) {
        createTopic(new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(configs));
    }

    private void createTopic(NewTopic topic) {
        try {
            admin().createTopics(List.of(topic)).all().get();
            Topics.awaitReady(admin(), List.of(topic.name()));
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topic " + topic.name() + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A shared Admin client; closed with the broker. */
    public synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(settings.admin());
        }
        return admin;
    }

    /** Sends one String record and waits for its metadata. */
    public RecordMetadata send(String topic, String key, String value) {
        return send(new ProducerRecord<>(topic, key, value));
    }

    /** Sends the records in order (one producer) and waits for each. */
    @SafeVarargs
    public final RecordMetadata send(ProducerRecord<String, String>... records) {
        RecordMetadata last = null;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producer())) {
            for (ProducerRecord<String, String> record : records) {
                last = producer.send(record).get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("send failed: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return last;
    }

    /** Sends {@code values} in order, without keys, and returns the metadata of each. */
    public List<RecordMetadata> sendValues(String topic, List<String> values) {
        List<RecordMetadata> result = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producer())) {
            for (String value : values) {
                result.add(producer.send(new ProducerRecord<>(topic, value)).get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("send failed: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return result;
    }

    /**
     * Reads {@code topic} from the beginning of every partition (no group) until at least {@code count} records
     * arrived, awaiting up to {@link #DEFAULT_TIMEOUT}. Returns everything read, in per-partition order.
     */
    public List<ConsumerRecord<String, String>> consume(String topic, int count) {
        return consume(topic, count, DEFAULT_TIMEOUT);
    }

    public List<ConsumerRecord<String, String>> consume(String topic, int count, Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Properties props = settings.consumer(null);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            await().atMost(timeout).until(() -> !consumer.partitionsFor(topic).isEmpty());
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(timeout).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records;
    }

    /** The values of {@link #consume(String, int)}. */
    public List<String> consumeValues(String topic, int count) {
        return consume(topic, count).stream().map(ConsumerRecord::value).collect(Collectors.toList());
    }

    /** Log-end offset of each partition of {@code topic}. */
    public Map<TopicPartition, Long> endOffsets(String topic) {
        return offsets(topic, OffsetSpec.latest());
    }

    /** Log-start offset of each partition of {@code topic}. */
    public Map<TopicPartition, Long> startOffsets(String topic) {
        return offsets(topic, OffsetSpec.earliest());
    }

    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec) {
        try {
            Set<TopicPartition> partitions = admin().describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
            return admin().listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> spec)))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list offsets of " + topic + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The offsets {@code groupId} has committed (partitions without a commit are absent). */
    public Map<TopicPartition, Long> committedOffsets(String groupId) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin().listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            return committed.entrySet().stream().filter(e -> e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list offsets of group " + groupId + ": "
                    + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sum over partitions. */
    public static long total(Collection<Long> offsets) {
        return offsets.stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
        broker.close();
    }
}
