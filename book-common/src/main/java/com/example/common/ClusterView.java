package com.example.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Looking at a running cluster, whoever started it: the one place the tests (through the harness's
 * {@code TestKafka}), the tour, the lab and the two-cluster MirrorMaker tests create a topic and wait for its
 * leaders, send, read a topic from the beginning without a group, and read start, end and committed offsets.
 * Nothing here is a listing of the book; the listings stay whole and are only checked with it.
 *
 * <p>Sectioned like Kafka's own test-kit {@code ClusterInstance}: client factories that fill in defaults
 * (String serdes, the cluster's address), then topics, records, offsets. Offsets are keyed by
 * {@link TopicPartition} (what Kafka's Admin and consumer return), in partition order. Everything waits with a
 * deadline and fails with one line naming what it waited for; nothing sleeps for a fixed time.
 */
public class ClusterView implements AutoCloseable {

    /** How long a read waits for its records unless told otherwise. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaSettings settings;
    private Admin admin;

    public ClusterView(KafkaSettings settings) {
        this.settings = settings;
    }

    public KafkaSettings settings() {
        return settings;
    }

    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    // --- clients with defaults --------------------------------------------------------------------------------

    /** One shared Admin client (closed with this view). */
    public synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminProperties());
        }
        return admin;
    }

    /** What {@link #admin()} is made from; a view of a cluster that may be down can shorten the timeouts. */
    protected Properties adminProperties() {
        return settings.admin();
    }

    /** A String producer with the book's settings and {@code overrides} (e.g. {@code acks}); the caller closes it. */
    public KafkaProducer<String, String> producer(Map<String, ?> overrides) {
        return new KafkaProducer<>(KafkaSettings.with(settings.producer(), overrides));
    }

    /**
     * A String consumer without a group that starts at the beginning, commits nothing and never creates a topic:
     * what looking at a topic needs. The caller assigns it and closes it.
     */
    public KafkaConsumer<String, String> reader(Map<String, ?> overrides) {
        Properties props = KafkaSettings.with(settings.consumer(null), Map.of(
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100));
        return new KafkaConsumer<>(KafkaSettings.with(props, overrides));
    }

    // --- topics -------------------------------------------------------------------------------------------------

    /** Creates {@code topic} (an existing one is an error) and waits until every partition's leader answers. */
    public void createTopic(NewTopic topic) {
        get(admin().createTopics(List.of(topic)).all(), "cannot create topic " + topic.name());
        awaitLeaders(topic.name());
    }

    /** Creates {@code name} unless it exists (replication factor: the cluster's default); leaders awaited. */
    public void createTopicIfAbsent(String name, int partitions) {
        try {
            Topics.createIfAbsent(admin(), new NewTopic(name, Optional.of(partitions), Optional.empty()));
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /** Waits until every partition of {@code name} has a leader that answers. */
    public void awaitLeaders(String name) {
        try {
            Topics.awaitReady(admin(), List.of(name));
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /** Where partition {@code partition} of {@code topic} lives now: leader, replicas, ISR. */
    public Replicas replicas(String topic, int partition) {
        TopicDescription description = describe(topic).orElseThrow(() -> new IllegalStateException(
                "topic " + topic + " does not exist"));
        return Replicas.of(description.partitions().get(partition));
    }

    /**
     * Polls partition 0 of {@code topic} until {@code done} accepts it (a broker stopped or back: seconds); after
     * {@code timeout} an IllegalStateException names {@code what} and the last state seen.
     */
    public Replicas awaitReplicas(String topic, String what, Duration timeout, Predicate<Replicas> done) {
        try {
            return Poll.until(what, timeout, () -> replicas(topic, 0), done);
        } catch (InterruptedException e) {
            throw interrupted(e);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The topic's description, or empty when it does not exist. */
    public Optional<TopicDescription> describe(String topic) {
        try {
            return Optional.of(admin().describeTopics(List.of(topic)).allTopicNames().get().get(topic));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw failed("cannot describe topic " + topic, e);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /** The names of the topics (internal ones left out). */
    public Set<String> topics() {
        return get(admin().listTopics().names(), "cannot list the topics");
    }

    /** The value of one topic config ({@code cleanup.policy}, {@code retention.ms}, …), empty when it has none. */
    public Optional<String> topicConfig(String topic, String name) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        ConfigEntry entry = get(admin().describeConfigs(List.of(resource)).all(), "cannot describe " + topic)
                .get(resource).get(name);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.value());
    }

    // --- records ------------------------------------------------------------------------------------------------

    /** Sends one String record and waits until it is acknowledged. */
    public RecordMetadata send(String topic, String key, String value) {
        return send(List.of(new ProducerRecord<>(topic, key, value))).get(0);
    }

    /** Sends the records in order with one producer and returns each one's metadata once acknowledged. */
    public List<RecordMetadata> send(List<ProducerRecord<String, String>> records) {
        List<RecordMetadata> result = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            for (ProducerRecord<String, String> record : records) {
                result.add(producer.send(record).get());
            }
        } catch (ExecutionException e) {
            throw failed("send failed", e);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
        return result;
    }

    /** Sends {@code values} in order, without keys. */
    public List<RecordMetadata> sendValues(String topic, List<String> values) {
        return send(values.stream().map(v -> new ProducerRecord<String, String>(topic, v)).toList());
    }

    /**
     * Reads {@code topic} from the beginning of every partition, without a group: waits (up to {@code timeout})
     * until at least {@code atLeast} records arrived, then reads on to the end offsets of that moment, so a
     * duplicate or an extra record is seen too. Returns what was read, by partition and offset — fewer than
     * {@code atLeast} records when the deadline passed first, for the caller to report.
     */
    public List<ConsumerRecord<String, String>> read(String topic, int atLeast, Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = reader(Map.of())) {
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(2)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = null;
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                if (end == null && records.size() >= atLeast) {
                    end = consumer.endOffsets(partitions);
                }
                if (end != null && reached(consumer, end)) {
                    break;
                }
            }
        }
        records.sort(Comparator.<ConsumerRecord<String, String>>comparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        return records;
    }

    /** {@link #read} that fails, naming the topic, when fewer than {@code count} records come in time. */
    public List<ConsumerRecord<String, String>> consume(String topic, int count) {
        return consume(topic, count, READ_TIMEOUT);
    }

    public List<ConsumerRecord<String, String>> consume(String topic, int count, Duration timeout) {
        List<ConsumerRecord<String, String>> records = read(topic, count, timeout);
        if (records.size() < count) {
            throw Messages.failure("view.too-few-records", count, topic, timeout.toSeconds(), records.size(), records);
        }
        return records;
    }

    /** The values of {@link #consume(String, int)}. */
    public List<String> consumeValues(String topic, int count) {
        return consume(topic, count).stream().map(ConsumerRecord::value).toList();
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    // --- offsets ------------------------------------------------------------------------------------------------

    /** Log end offset of each partition of {@code topic}, in partition order; empty when it does not exist. */
    public Map<TopicPartition, Long> endOffsets(String topic) {
        return offsets(topic, OffsetSpec.latest());
    }

    /** Log start offset of each partition of {@code topic}; empty when it does not exist. */
    public Map<TopicPartition, Long> startOffsets(String topic) {
        return offsets(topic, OffsetSpec.earliest());
    }

    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec) {
        Optional<TopicDescription> description = describe(topic);
        if (description.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = description.get().partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> spec));
        return inPartitionOrder(get(admin().listOffsets(request).all(), "cannot list the offsets of " + topic)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset())));
    }

    /** The offsets {@code group} has committed, every topic (partitions without a commit are absent). */
    public Map<TopicPartition, Long> committed(String group) {
        Map<TopicPartition, OffsetAndMetadata> committed = get(
                admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(),
                "cannot list the offsets of group " + group);
        return inPartitionOrder(committed.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset())));
    }

    /** Who is in consumer group {@code group} now, and which partitions each member has (member id → partitions). */
    public Map<String, Set<TopicPartition>> groupAssignment(String group) {
        ConsumerGroupDescription description = get(admin().describeConsumerGroups(List.of(group)).all(),
                "cannot describe group " + group).get(group);
        return description.members().stream().collect(Collectors.toMap(MemberDescription::consumerId,
                member -> Set.copyOf(member.assignment().topicPartitions())));
    }

    /** What {@code group} has committed for {@code topic}. */
    public Map<TopicPartition, Long> committed(String group, String topic) {
        return inPartitionOrder(committed(group).entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** Sum over partitions. */
    public static long total(Map<TopicPartition, Long> offsets) {
        return total(offsets.values());
    }

    public static long total(Collection<Long> offsets) {
        return offsets.stream().mapToLong(Long::longValue).sum();
    }

    /** The partitions that hold something (a group commits only what it read). */
    public static Map<TopicPartition, Long> nonEmpty(Map<TopicPartition, Long> endOffsets) {
        return inPartitionOrder(endOffsets.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private static Map<TopicPartition, Long> inPartitionOrder(Map<TopicPartition, Long> offsets) {
        Map<TopicPartition, Long> sorted = new LinkedHashMap<>();
        offsets.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(TopicPartition::topic)
                        .thenComparingInt(TopicPartition::partition)))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    // --- plumbing -----------------------------------------------------------------------------------------------

    private static <T> T get(KafkaFuture<T> future, String what) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw failed(what, e);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private static IllegalStateException failed(String what, ExecutionException e) {
        return new IllegalStateException(what + ": " + e.getCause().getMessage(), e.getCause());
    }

    private static IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("interrupted", e);
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
    }

    @Override
    public String toString() {
        return "cluster at " + bootstrapServers();
    }
}
