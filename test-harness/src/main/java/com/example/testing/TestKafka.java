package com.example.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import com.example.common.ClusterView;
import com.example.common.KafkaSettings;
import com.example.local.LocalKafkaBroker;
import com.example.local.LocalKafkaCluster;

/**
 * What a {@link KafkaTest} gets: the shared broker (or cluster) as a {@link ClusterView} — topics, sending,
 * reading back, offsets, client factories — plus what only tests need: unique names, a read that fails when
 * the records do not come, and the broker itself for tests that stop and start it. One instance per JVM and
 * cluster shape.
 */
public final class TestKafka extends ClusterView {

    /** Default deadline for awaiting records or state. */
    public static final Duration DEFAULT_TIMEOUT = READ_TIMEOUT;

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final TestBroker broker;

    TestKafka(TestBroker broker) {
        super(broker.settings());
        this.broker = broker;
    }

    /** {@code local}, {@code secured}, {@code testcontainers}, {@code external}, {@code zookeeper} or {@code cluster}. */
    public String mode() {
        return broker.mode();
    }

    /**
     * The secured mode's client config file (its reader user's), for what takes a file rather than settings:
     * Kafka's tools ({@code --command-config}), child JVMs ({@code -Dkafka.client.config}); empty otherwise.
     */
    public Optional<Path> clientConfigFile() {
        return broker.clientConfigFile();
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

    /** Creates a uniquely named topic ({@code base-…}) and returns its name. */
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

    /** Sends the records in order (one producer) and waits for each; returns the last one's metadata. */
    @SafeVarargs
    public final RecordMetadata send(ProducerRecord<String, String>... records) {
        List<RecordMetadata> sent = send(List.of(records));
        return sent.isEmpty() ? null : sent.get(sent.size() - 1);
    }

    @Override
    public synchronized void close() {
        super.close();
        broker.close();
    }
}
