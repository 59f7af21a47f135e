package com.example;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;

import com.example.common.KafkaSettings;
import com.example.local.LocalKafkaBroker;

/**
 * One of the two test clusters (A or B): a {@link LocalKafkaBroker} on free ports plus the few helpers the
 * MirrorMaker tests need (the harness's {@code TestKafka} serves exactly one broker per JVM, these tests need two).
 */
final class Cluster implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    final String alias;
    final LocalKafkaBroker broker;
    private Admin admin;

    Cluster(String alias) {
        this.alias = alias;
        this.broker = LocalKafkaBroker.builder().port(0)
                // fewer partitions for __consumer_offsets: faster group coordinator start (also after a restart)
                .brokerProperty("offsets.topic.num.partitions", 3)
                .build().start();
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    KafkaSettings settings() {
        return broker.settings();
    }

    synchronized Admin admin() {
        if (admin == null) {
            Properties props = settings().admin();
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            admin = Admin.create(props);
        }
        return admin;
    }

    void createTopic(String name, int partitions, Map<String, String> configs) {
        try {
            admin().createTopics(List.of(new NewTopic(name, Optional.of(partitions), Optional.empty())
                    .configs(configs))).all().get();
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException("cannot create " + name + " on " + alias, e);
        }
        await().atMost(TIMEOUT).ignoreExceptions().until(() -> awaitTopic(name).partitions().stream()
                .allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
    }

    Set<String> topics() {
        try {
            return admin().listTopics().names().get();
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException("cannot list topics of " + alias, e);
        }
    }

    /** The topic's description once it exists (awaited). */
    TopicDescription awaitTopic(String name) {
        return await().atMost(TIMEOUT).ignoreExceptions()
                .until(() -> admin().describeTopics(List.of(name)).allTopicNames().get().get(name), d -> d != null);
    }

    Optional<String> topicConfig(String topic, String key) throws ExecutionException, InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        var entry = admin().describeConfigs(List.of(resource)).all().get().get(resource).get(key);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.value());
    }

    /** Sends the records in order with one producer and waits until all are acknowledged. */
    void send(List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings().producer())) {
            for (ProducerRecord<String, String> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
    }

    void sendValues(String topic, List<String> values) {
        send(values.stream().map(v -> new ProducerRecord<String, String>(topic, v)).toList());
    }

    long endOffsetSum(String topic) {
        try {
            TopicDescription description = admin().describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin().listOffsets(latest).all().get().values().stream()
                    .mapToLong(info -> info.offset()).sum();
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException("cannot list offsets of " + topic + " on " + alias, e);
        }
    }

    /**
     * Every record of {@code topic} (read from the beginning, no group) once it holds at least {@code count}
     * records (awaited): in per-partition order.
     */
    List<ConsumerRecord<String, String>> awaitRecords(String topic, int count) {
        await().atMost(TIMEOUT).ignoreExceptions().until(() -> endOffsetSum(topic) >= count);
        Properties props = settings().consumer(null);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(TIMEOUT).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
            });
        }
        return records;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
        broker.close();
    }

    @Override
    public String toString() {
        return "cluster " + alias + " (" + bootstrapServers() + ")";
    }
}
