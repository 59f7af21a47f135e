package com.example;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

import com.example.common.ClusterView;
import com.example.local.LocalKafkaBroker;

/**
 * One of the two test clusters (A or B): a {@link LocalKafkaBroker} on free ports, looked at through the
 * project's one {@link ClusterView} (the harness's {@code TestKafka} serves one broker per JVM, these tests
 * need two).
 */
final class Cluster extends ClusterView {

    static final Duration TIMEOUT = READ_TIMEOUT;

    final String alias;
    final LocalKafkaBroker broker;

    Cluster(String alias) {
        this(alias, LocalKafkaBroker.builder().port(0)
                // fewer partitions for __consumer_offsets: faster group coordinator start (also after a restart)
                .brokerProperty("offsets.topic.num.partitions", 3)
                .build().start());
    }

    private Cluster(String alias, LocalKafkaBroker broker) {
        super(broker.settings());
        this.alias = alias;
        this.broker = broker;
    }

    /** Short timeouts: the failover tests look at a cluster while the other one is down. */
    @Override
    protected Properties adminProperties() {
        Properties props = super.adminProperties();
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return props;
    }

    void createTopic(String name, int partitions, Map<String, String> configs) {
        createTopic(new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(configs));
    }

    /** The topic's description once it exists (MirrorMaker creates the remote topics; awaited). */
    TopicDescription awaitTopic(String name) {
        return await().atMost(TIMEOUT).until(() -> describe(name), Optional::isPresent).orElseThrow();
    }

    long endOffsetSum(String topic) {
        return total(endOffsets(topic));
    }

    @Override
    public synchronized void close() {
        super.close();
        broker.close();
    }

    @Override
    public String toString() {
        return "cluster " + alias + " (" + bootstrapServers() + ")";
    }
}
