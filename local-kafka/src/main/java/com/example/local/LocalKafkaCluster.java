package com.example.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.common.Uuid;

import com.example.common.CallerThreads;
import com.example.common.ClusterNodes;
import com.example.common.DataDirectories;
import com.example.common.KafkaSettings;
import com.example.common.LocalPorts;
import com.example.common.Messages;

/**
 * 3.1 카프카 브로커·클러스터·주키퍼 on a real cluster: N Kafka 4.3.1 brokers (node ids 1..N) and a KRaft quorum of
 * three controllers (node ids 101..103), all in this JVM on 127.0.0.1, one cluster id, each node with its own
 * ports and data directory.
 *
 * <p>Why separate controllers and not N combined nodes: the book's failure stories stop brokers — one, then a
 * second. With three combined nodes, stopping two would also stop two of the three voters, the quorum would be
 * lost, and nothing (no ISR shrink, no new leader, no {@code NotEnoughReplicasException}) could happen. With
 * the quorum on its own nodes, brokers come and go as in the book, and stopping the active controller shows
 * what the ZooKeeper-elected controller used to do: another voter takes over.
 *
 * <p>{@link #stopNode(int)} is a controlled shutdown (what Ctrl+C or {@code kafka-server-stop.sh} does): the
 * controller moves leadership away at once. {@link #startNode(int)} brings the node back with its data.
 */
public final class LocalKafkaCluster implements ClusterNodes, AutoCloseable {

    /** Node ids of the controller quorum. */
    public static final List<Integer> CONTROLLER_IDS = List.of(101, 102, 103);

    private final Map<Integer, LocalKafkaBroker> brokers = new LinkedHashMap<>();
    private final Map<Integer, LocalKafkaBroker> controllers = new LinkedHashMap<>();
    private final Path dataDir;
    private final LocalSecurity security;

    private LocalKafkaCluster(int brokerCount, int firstPort, Map<String, String> brokerProperties, boolean secure) {
        this.dataDir = DataDirectories.createTemp("local-kafka-cluster-");
        this.security = secure ? LocalSecurity.in(dataDir, "localhost") : null; // one CA and users for every node
        String clusterId = Uuid.randomUuid().toString();
        Map<Integer, Integer> controllerPorts = new LinkedHashMap<>();
        for (int id : CONTROLLER_IDS) {
            controllerPorts.put(id, LocalPorts.free());
        }
        String voters = controllerPorts.entrySet().stream()
                .map(e -> e.getKey() + "@127.0.0.1:" + e.getValue()).collect(Collectors.joining(","));
        controllerPorts.forEach((id, port) -> controllers.put(id, node(id, voters, LocalKafkaBroker.Role.CONTROLLER,
                clusterId, b -> b.controllerPort(port))));
        for (int id = 1; id <= brokerCount; id++) {
            int replicas = Math.min(3, brokerCount);
            int port = firstPort == 0 ? 0 : firstPort + id - 1;
            brokers.put(id, node(id, voters, LocalKafkaBroker.Role.BROKER, clusterId, b -> {
                b.port(port);
                // internal topics replicated like the book's production advice (3 copies, 2 in sync)
                b.brokerProperty("offsets.topic.replication.factor", replicas);
                b.brokerProperty("transaction.state.log.replication.factor", replicas);
                b.brokerProperty("transaction.state.log.min.isr", Math.min(2, replicas));
                b.brokerProperty("share.coordinator.state.topic.replication.factor", replicas);
                b.brokerProperty("share.coordinator.state.topic.min.isr", Math.min(2, replicas));
                // the log cleaner's buffer is 128 MB per broker by default: 16 MB lets N brokers share the book's
                // 400 MB heap (compacted topics here are small: __consumer_offsets, Connect's, the book's examples)
                b.brokerProperty("log.cleaner.dedupe.buffer.size", 16 * 1024 * 1024);
                brokerProperties.forEach(b::brokerProperty);
            }));
        }
    }

    /**
     * Starts a cluster of {@code brokerCount} brokers and three controllers on free ports; returns once every
     * broker answers.
     */
    public static LocalKafkaCluster start(int brokerCount) {
        return start(brokerCount, 0, Map.of());
    }

    /**
     * As {@link #start(int)}, broker {@code i} on port {@code firstPort + i - 1} (0: free ports), with extra
     * server.properties entries for every broker.
     */
    public static LocalKafkaCluster start(int brokerCount, int firstPort, Map<String, String> brokerProperties) {
        return start(brokerCount, firstPort, brokerProperties, false);
    }

    /**
     * As {@link #start(int, int, Map)}; {@code secure}: every node as {@code local-kafka --secure}'s, one CA and
     * one set of users for the cluster ({@link #settings()} is the reader's; {@link #clientConfigFile} names both files).
     */
    public static LocalKafkaCluster start(int brokerCount, int firstPort, Map<String, String> brokerProperties,
                                          boolean secure) {
        if (brokerCount < 1) {
            throw Messages.badInput("local.brokers.none", brokerCount);
        }
        if (firstPort != 0 && firstPort + brokerCount - 1 > 65535) {
            throw Messages.badInput("local.port.no-room", firstPort, brokerCount);
        }
        for (int port = firstPort; firstPort != 0 && port < firstPort + brokerCount; port++) {
            LocalKafkaBroker.requireFree(port, "broker"); // every port before any node starts: one line, no cleanup
        }
        LocalKafkaCluster cluster = new LocalKafkaCluster(brokerCount, firstPort, brokerProperties, secure);
        try {
            // a quorum elects its leader only once a majority runs; a broker's start waits for the quorum
            inParallel(cluster.controllers.values(), LocalKafkaBroker::start);
            inParallel(cluster.brokers.values(), LocalKafkaBroker::start);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private LocalKafkaBroker node(int id, String voters, LocalKafkaBroker.Role role, String clusterId,
                                  Consumer<LocalKafkaBroker.Builder> options) {
        LocalKafkaBroker.Builder builder = LocalKafkaBroker.builder().quorumNode(id, voters, role).clusterId(clusterId)
                .dataDir(dataDir.resolve((role == LocalKafkaBroker.Role.BROKER ? "broker-" : "controller-") + id));
        // Heartbeats every 250 ms instead of 2 s, and a broker's session ends 3 s (not 9 s) after its last one:
        // the controller accepts a restarted broker's new registration only once the old session is over, so
        // with the defaults a broker that was stopped takes ~9 s to come back; failover is as fast either way.
        builder.brokerProperty("broker.heartbeat.interval.ms", 250);
        builder.brokerProperty("broker.session.timeout.ms", 3000);
        if (security != null) {
            builder.security(security);
        }
        options.accept(builder);
        return builder.build();
    }

    /** Runs {@code action} on every node at once and waits for all; the first failure is rethrown. */
    private static void inParallel(Iterable<LocalKafkaBroker> nodes, Consumer<LocalKafkaBroker> action) {
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        java.util.concurrent.Executor threads = CallerThreads.of("local-kafka-cluster");
        nodes.forEach(node -> runs.add(CompletableFuture.runAsync(() -> action.accept(node), threads)));
        try {
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** {@code localhost:p1,localhost:p2,...}: every broker, what clients pass as {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return brokers.values().stream().map(LocalKafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    /** Client settings pointing at every broker of the cluster (a secured one: as its reader user). */
    public KafkaSettings settings() {
        return security == null ? new KafkaSettings(bootstrapServers())
                : new KafkaSettings(bootstrapServers(), security.client(LocalSecurity.READER));
    }

    /** A secured cluster's ready client config file for {@code user}; empty for a plain one. */
    public Optional<Path> clientConfigFile(String user) {
        return Optional.ofNullable(security).map(s -> s.clientConfigFile(user));
    }

    /**
     * For a cluster in the reader's own JVM (the console, the 3.1 demos, the tour), the lines a failure demo
     * provokes on purpose and then reports itself: while a node is stopped the others' clients warn about it every
     * second; the leader logs each {@code NotEnoughReplicasException} it answers; a crashed leader's followers
     * log their failed fetches; during a controller election the
     * voters log {@code NotControllerException}s; when the whole quorum stops at once its last voter cannot finish a
     * graceful resignation; and N brokers in one JVM register the same JMX names (harmless). A level already set
     * ({@code -Dorg.slf4j.simpleLogger.log...}) is kept. Call before Kafka's loggers exist (slf4j-simple reads its
     * levels once per logger).
     */
    public static void quietFailureNoise() {
        quiet("org.apache.kafka.clients.NetworkClient", "error");
        quiet("org.apache.kafka.common.metrics.JmxReporter", "error");
        quiet("kafka.server.ReplicaManager", "off");
        quiet("kafka.server.ControllerApis", "off");
        quiet("org.apache.kafka.raft.KafkaRaftClient", "error");
        quiet("org.apache.kafka.raft.KafkaRaftClientDriver", "off");
        // a crashed leader (no controlled shutdown): its followers' fetches fail, their high watermark moves back
        quiet("kafka.server.ReplicaFetcherThread", "error");
        quiet("org.apache.kafka.storage.internals.log.UnifiedLog", "error");
    }

    private static void quiet(String logger, String level) {
        String key = "org.slf4j.simpleLogger.log." + logger;
        if (System.getProperty(key) == null) {
            System.setProperty(key, level);
        }
    }

    /** The broker ids, 1..N. */
    @Override
    public List<Integer> brokerIds() {
        return List.copyOf(brokers.keySet());
    }

    /** The controller ids, {@link #CONTROLLER_IDS}. */
    @Override
    public List<Integer> controllerIds() {
        return CONTROLLER_IDS;
    }

    /** The broker or controller with this node id. */
    public LocalKafkaBroker node(int id) {
        LocalKafkaBroker node = brokers.containsKey(id) ? brokers.get(id) : controllers.get(id);
        if (node == null) {
            throw Messages.badInput("local.no-node", id, brokers.keySet(), controllers.keySet());
        }
        return node;
    }

    /** Stops one broker or controller (a controlled shutdown), keeping its data. */
    @Override
    public void stopNode(int id) {
        node(id).stop();
    }

    /** Starts a stopped node again with its data; a broker returns once it answers. */
    @Override
    public void startNode(int id) {
        node(id).start();
    }

    /** Whether the node with this id runs. */
    @Override
    public boolean isRunning(int id) {
        return node(id).isRunning();
    }

    /** Every node's data lives below this directory ({@code broker-1}, {@code controller-101}, ...). */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops every node (the brokers together, then the quorum together) and deletes the data. */
    @Override
    public void close() {
        try {
            inParallel(brokers.values(), LocalKafkaBroker::close);
            // together: a last voter left alone would wait for a quorum that never comes
            inParallel(controllers.values(), LocalKafkaBroker::close);
        } finally {
            DataDirectories.delete(dataDir);
        }
    }

    @Override
    public String toString() {
        return "LocalKafkaCluster[brokers " + bootstrapServers() + ", controllers " + controllers.keySet() + "]";
    }
}
