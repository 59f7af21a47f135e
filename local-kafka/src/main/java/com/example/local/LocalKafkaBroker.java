package com.example.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.common.utils.Time;

import com.example.common.BrokerCheck;
import com.example.common.BrokerUnreachableException;
import com.example.common.DataDirectories;
import com.example.common.KafkaSettings;
import com.example.common.LocalPorts;
import com.example.common.Messages;

/**
 * A real single-node Kafka cluster (KRaft, one node that is both broker and controller), started in this JVM
 * from Kafka's own server classes — the same {@code KafkaRaftServer} that {@code kafka-server-start.sh} runs —
 * after formatting its storage with Kafka's own {@code StorageTool}, exactly like
 * {@code kafka-storage.sh format}.
 *
 * <p>Listeners bind 127.0.0.1. The data directory can be kept across {@link #stop()} / {@link #start()} (a
 * restart with the same data, same ports) or wiped. Several instances can run at once on different ports
 * (MirrorMaker 2 needs two clusters).
 *
 * <pre>{@code
 * try (LocalKafkaBroker kafka = LocalKafkaBroker.builder().port(0).build().start()) {
 *     String bootstrap = kafka.bootstrapServers();   // localhost:<port>
 * }
 * }</pre>
 */
public final class LocalKafkaBroker implements AutoCloseable {

    /** The Kafka version of the server classes on the classpath (4.3.1). */
    public static final String KAFKA_VERSION = AppInfoParser.getVersion();

    private static final String CONFIG_HEADER = "local-kafka:";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final boolean deleteDataOnClose;
    private boolean wipeBeforeStart;
    private final String advertisedHost;
    private final Map<String, String> overrides;
    private final String clusterId;
    private final int nodeId;
    private final String quorumVoters;
    private final Role role;
    private final boolean secure;
    private final int internalPort;
    private LocalSecurity security;
    private KafkaRaftServer server;

    /** What a node does ({@code process.roles}): both (the default single node), or one of the two. */
    public enum Role {
        COMBINED("broker,controller"), BROKER("broker"), CONTROLLER("controller");

        final String processRoles;

        Role(String processRoles) {
            this.processRoles = processRoles;
        }

        boolean broker() {
            return this != CONTROLLER;
        }

        boolean controller() {
            return this != BROKER;
        }
    }

    private LocalKafkaBroker(Builder b) {
        this.port = b.port == 0 ? LocalPorts.free() : b.port;
        this.controllerPort = b.controllerPort == 0 ? LocalPorts.free() : b.controllerPort;
        this.deleteDataOnClose = b.dataDir == null || b.deleteDataOnClose;
        this.dataDir = b.dataDir != null ? b.dataDir : DataDirectories.createTemp("local-kafka-");
        this.wipeBeforeStart = b.fresh;
        this.advertisedHost = b.advertisedHost;
        this.overrides = new LinkedHashMap<>(b.overrides);
        this.clusterId = b.clusterId;
        this.nodeId = b.nodeId;
        this.quorumVoters = b.quorumVoters;
        this.role = b.role;
        this.secure = b.secure || b.security != null;
        this.security = b.security;
        this.internalPort = secure && b.role.broker() ? LocalPorts.free() : -1;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Formats the storage if needed and starts the broker; returns once it answers clients. */
    public synchronized LocalKafkaBroker start() {
        if (server != null) {
            return this;
        }
        if (role.broker()) {
            requireFree(port, "broker");
        }
        if (role.controller()) {
            requireFree(controllerPort, "controller");
        }
        adoptDataDirFromBeforeMarkers();
        if (wipeBeforeStart) { // --fresh: only now that every other check passed, and only our own directory
            DataDirectories.delete(dataDir);
            wipeBeforeStart = false;
        }
        DataDirectories.claim(dataDir); // new, empty or ours: refuses anything else, so --fresh never wipes it
        if (secure && security == null) {
            security = LocalSecurity.in(dataDir, advertisedHost);
        }
        Properties props = serverProperties();
        format(props);
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        try {
            raftServer.startup();
        } catch (RuntimeException e) {
            raftServer.shutdown();
            raftServer.awaitShutdown();
            throw e;
        }
        server = raftServer;
        if (role.broker()) {
            awaitReady();
            if (secure) {
                try (Admin admin = Admin.create(adminSettings().admin())) {
                    LocalSecurity.grantReader(admin);
                }
            }
        }
        return this;
    }

    /** Stops the broker, keeping its data directory (so {@link #start()} restarts it with its data). */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    /** Stops and starts again with the same data and ports. */
    public LocalKafkaBroker restart() {
        stop();
        return start();
    }

    /** Stops the broker and, unless the data directory was given and kept, deletes it. */
    @Override
    public synchronized void close() {
        stop();
        if (deleteDataOnClose) {
            DataDirectories.delete(dataDir);
        }
    }

    public boolean isRunning() {
        return server != null;
    }

    /** {@code localhost:<port>}: what clients pass as {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return advertisedHost + ":" + port;
    }

    /** Client settings pointing at this broker (a secured one: as its {@code reader} user). */
    public KafkaSettings settings() {
        return secure ? new KafkaSettings(bootstrapServers(), security().client(LocalSecurity.READER))
                : new KafkaSettings(bootstrapServers());
    }

    /** A secured broker's super user's settings (for ACLs and users); the same as {@link #settings()} otherwise. */
    public KafkaSettings adminSettings() {
        return secure ? new KafkaSettings(bootstrapServers(), security().client(LocalSecurity.ADMIN)) : settings();
    }

    /** Whether clients need TLS and a SCRAM login ({@code --secure}). */
    public boolean isSecure() {
        return secure;
    }

    /** A secured broker's ready client config file for {@code user} ({@link LocalSecurity#ADMIN} or READER). */
    public Path clientConfigFile(String user) {
        return security().clientConfigFile(user);
    }

    private LocalSecurity security() {
        if (security == null) {
            security = LocalSecurity.in(dataDir, advertisedHost);
        }
        return security;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    /** This node's role: broker and controller (the single node), or one of them (in a {@link LocalKafkaCluster}). */
    public Role role() {
        return role;
    }

    /** This node's {@code node.id} (1 unless it is one node of a {@link LocalKafkaCluster}). */
    public int nodeId() {
        return nodeId;
    }

    /** Where the log segments ({@code log.dirs}) and the KRaft metadata log live. */
    public Path dataDir() {
        return dataDir;
    }

    /** The server.properties this broker runs with (also written to {@code dataDir/server.properties}). */
    public Properties serverProperties() {
        Properties p = new Properties();
        p.put("process.roles", role.processRoles);
        p.put("node.id", String.valueOf(nodeId));
        p.put("controller.quorum.voters", quorumVoters != null ? quorumVoters : nodeId + "@127.0.0.1:" + controllerPort);
        List<String> listeners = new ArrayList<>();
        if (role.broker() && secure) {
            // clients: TLS + SCRAM; the broker's own traffic: a SCRAM login on loopback
            listeners.add("SASL_SSL://127.0.0.1:" + port);
            listeners.add("INTERNAL://127.0.0.1:" + internalPort);
            p.put("advertised.listeners", "SASL_SSL://" + advertisedHost + ":" + port
                    + ",INTERNAL://127.0.0.1:" + internalPort);
            p.put("inter.broker.listener.name", "INTERNAL");
        } else if (role.broker()) {
            listeners.add("PLAINTEXT://127.0.0.1:" + port);
            p.put("advertised.listeners", "PLAINTEXT://" + advertisedHost + ":" + port);
            p.put("inter.broker.listener.name", "PLAINTEXT");
        }
        if (role.controller()) {
            listeners.add("CONTROLLER://127.0.0.1:" + controllerPort);
        }
        p.put("listeners", String.join(",", listeners));
        p.put("controller.listener.names", "CONTROLLER");
        if (secure) {
            p.put("listener.security.protocol.map",
                    "SASL_SSL:SASL_SSL,INTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
            p.putAll(role.broker() ? security().brokerProperties("SASL_SSL", "INTERNAL")
                    : security().controllerProperties());
        } else {
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        }
        p.put("log.dirs", dataDir.resolve("logs").toString());
        if (role.controller()) { // a controller setting since Kafka 4.x (a broker-only node warns about it)
            p.put("num.partitions", "1");
        }
        // a single node: internal topics cannot have more than one replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // no need to wait for more members on a one-person cluster
        p.put("group.initial.rebalance.delay.ms", "0");
        p.putAll(overrides);
        return p;
    }

    private void format(Properties props) {
        Path metaProperties = dataDir.resolve("logs").resolve("meta.properties");
        if (Files.exists(metaProperties)) {
            return; // already formatted: a restart with the same data
        }
        Path config = dataDir.resolve("server.properties");
        try {
            Files.createDirectories(dataDir);
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, CONFIG_HEADER + " Kafka " + KAFKA_VERSION + " KRaft node " + nodeId);
            }
            if (secure) {
                LocalSecurity.ownerOnly(config); // it holds the keystore's and the admin's passwords
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config, e);
        }
        // what `kafka-storage.sh format -t <cluster-id> -c server.properties` does
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            List<String> args = new ArrayList<>(List.of("format", "-t", clusterId, "-c", config.toString(),
                    "--ignore-formatted"));
            if (secure) {
                args.addAll(security().formatArguments()); // the users' SCRAM credentials, in the first metadata
            }
            status = StorageTool.execute(args.toArray(String[]::new), out);
        }
        if (status != 0) {
            throw new IllegalStateException("kafka-storage format failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        BrokerUnreachableException last = null;
        while (System.nanoTime() < deadline) {
            try {
                BrokerCheck.requireReachable(adminSettings(), Duration.ofSeconds(2));
                return;
            } catch (BrokerUnreachableException e) {
                last = e;
            }
        }
        stop();
        throw Messages.failure(last, "local.not-ready", READY_TIMEOUT);
    }

    /** Refuses, in one line naming the port, when something already listens there on 127.0.0.1. */
    static void requireFree(int port, String what) {
        LocalPorts.requireFree(port, what, Messages.text("port.in-use.local-kafka"));
    }

    /** A data directory that local-kafka wrote before markers existed: its server.properties has our header. */
    private void adoptDataDirFromBeforeMarkers() {
        Path config = dataDir.resolve("server.properties");
        if (!DataDirectories.isOwned(dataDir) && Files.isRegularFile(config)) {
            try (Stream<String> lines = Files.lines(config)) {
                if (lines.findFirst().orElse("").startsWith("#" + CONFIG_HEADER)) {
                    DataDirectories.adopt(dataDir);
                }
            } catch (IOException | UncheckedIOException e) {
                // not readable as ours: claim() refuses it
            }
        }
    }

    @Override
    public String toString() {
        return "LocalKafkaBroker[" + (nodeId == 1 && quorumVoters == null ? "" : "node " + nodeId + ", ")
                + bootstrapServers() + ", data=" + dataDir + (isRunning() ? ", running]" : "]");
    }

    /** Options of a {@link LocalKafkaBroker}. */
    public static final class Builder {
        private int port = 9092;
        private int controllerPort = 0;
        private Path dataDir;
        private boolean deleteDataOnClose;
        private boolean fresh;
        private String advertisedHost = "localhost";
        private String clusterId = Uuid.randomUuid().toString();
        private int nodeId = 1;
        private String quorumVoters;
        private Role role = Role.COMBINED;
        private boolean secure;
        private LocalSecurity security;
        private final Map<String, String> overrides = new LinkedHashMap<>();

        /**
         * One node of a cluster ({@link LocalKafkaCluster}): its {@code node.id}, every controller of the quorum
         * ({@code 101@127.0.0.1:p1,102@127.0.0.1:p2,...}) and its role. Default: node 1, both roles, the only voter.
         */
        public Builder quorumNode(int nodeId, String quorumVoters, Role role) {
            this.nodeId = nodeId;
            this.quorumVoters = quorumVoters;
            this.role = role;
            return this;
        }

        /** Client port on 127.0.0.1; 0 picks a free one. Default 9092. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Controller (KRaft quorum) port on 127.0.0.1; 0 (default) picks a free one. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        /** Keep data here (reused across restarts); default: a temporary directory deleted on close. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Delete {@link #dataDir(Path)} on close even though it was given. */
        public Builder deleteDataOnClose(boolean delete) {
            this.deleteDataOnClose = delete;
            return this;
        }

        /**
         * Start from empty data ({@code --fresh}): the data directory is deleted at the first {@link #start()},
         * after the port checks, and only when this project made it; otherwise start() refuses with one line.
         */
        public Builder fresh(boolean fresh) {
            this.fresh = fresh;
            return this;
        }

        /** The host name clients are told to use (advertised.listeners). Default {@code localhost}. */
        public Builder advertisedHost(String host) {
            this.advertisedHost = host;
            return this;
        }

        /** The KRaft cluster id (random by default). */
        public Builder clusterId(String clusterId) {
            this.clusterId = clusterId;
            return this;
        }

        /** Any server.properties entry, e.g. {@code auto.create.topics.enable=false}. */
        public Builder brokerProperty(String key, Object value) {
            overrides.put(key, String.valueOf(value));
            return this;
        }

        /**
         * {@code --secure}: clients connect with SASL_SSL as a SCRAM user, the authorizer checks ACLs
         * ({@link LocalSecurity}); the users' client config files are made in the data directory.
         */
        public Builder secure(boolean secure) {
            this.secure = secure;
            return this;
        }

        /** One node of a secured cluster: the cluster's users, CA and certificate, shared by every node. */
        Builder security(LocalSecurity shared) {
            this.security = shared;
            return this;
        }

        public LocalKafkaBroker build() {
            return new LocalKafkaBroker(this);
        }
    }
}
