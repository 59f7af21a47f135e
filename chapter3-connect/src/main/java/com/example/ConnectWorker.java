package com.example;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.ConnectorConfig;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.ClientConfig;
import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * A Kafka Connect worker running in this JVM — the very classes {@code bin/connect-standalone.sh} and
 * {@code bin/connect-distributed.sh} run ({@link ConnectStandalone}, {@link ConnectDistributed}), started through
 * their {@code startConnect(workerProps)} building block instead of their {@code main}, which calls
 * {@code System.exit} on errors. {@code bootstrap.servers}: {@code -Dbootstrap.servers} or
 * {@code BOOTSTRAP_SERVERS} when set, else the worker file's line, else {@code localhost:9092}
 * ({@link #kafkaFor(String)}); the mains say at start which one won.
 */
public final class ConnectWorker implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(ConnectWorker.class);

    private static final long CREATE_TIMEOUT_SECONDS = 30;

    private final Connect<? extends Herder> connect;

    private ConnectWorker(Connect<? extends Herder> connect) {
        this.connect = connect;
    }

    /**
     * 단일 모드(standalone): starts a standalone worker with {@code workerProps} and creates the connectors,
     * like {@code connect-standalone.sh worker.properties connector1.properties ...}.
     *
     * @throws IllegalArgumentException when a connector config is rejected (the worker is stopped again)
     */
    public static ConnectWorker startStandalone(KafkaSettings settings, Map<String, String> workerProps,
                                                List<Map<String, String>> connectorConfigs) {
        createParentDirectories(workerProps.get("offset.storage.file.filename"));
        connectorConfigs.forEach(config -> createParentDirectories(config.get("file")));
        Connect<StandaloneHerder> connect = new ConnectStandalone().startConnect(withBootstrap(settings, workerProps));
        ConnectWorker worker = new ConnectWorker(connect);
        try {
            for (Map<String, String> connectorConfig : connectorConfigs) {
                worker.createConnector(connectorConfig);
            }
        } catch (RuntimeException e) {
            worker.close();
            throw e;
        }
        connect.herder().ready(); // what ConnectStandalone does once its connectors exist (GET /health → 200)
        return worker;
    }

    /**
     * 분산 모드(distributed): starts a distributed worker with {@code workerProps}. It joins the worker group
     * {@code group.id} in the background; connectors are then created through its REST API.
     */
    public static ConnectWorker startDistributed(KafkaSettings settings, Map<String, String> workerProps) {
        return new ConnectWorker(new ConnectDistributed().startConnect(withBootstrap(settings, workerProps)));
    }

    /**
     * The worker file's settings, with the cluster's address and — for a secured cluster — its client settings
     * for the worker's own clients and, prefixed, for the producers, consumers and admin clients it makes for
     * connectors (without the prefixed ones a worker connects but its tasks loop on "disconnected").
     */
    private static Map<String, String> withBootstrap(KafkaSettings settings, Map<String, String> workerProps) {
        Map<String, String> props = new HashMap<>(workerProps);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        settings.client().forEach((key, value) -> {
            for (String prefix : List.of("", "producer.", "consumer.", "admin.")) {
                props.putIfAbsent(prefix + key, value);
            }
        });
        return props;
    }

    /**
     * 단일/분산 모드 main: where Kafka is for the worker file {@code workerFile} — {@code -Dbootstrap.servers} or
     * {@code BOOTSTRAP_SERVERS} when set, else the file's {@code bootstrap.servers}, else {@code localhost:9092} —
     * said in one line; a missing file or a malformed address is one {@code error:} line and exit code 1.
     */
    public static KafkaSettings kafkaFor(String workerFile) {
        try {
            KafkaSettings.Resolved kafka = KafkaSettings.resolveWithFile(
                    loadProperties(workerFile).get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG),
                    workerFile + " bootstrap.servers");
            Optional<ClientConfig> clientConfig = ClientConfig.fromEnvironment();
            System.out.println(Messages.text("connect.kafka-at", kafka.value(), kafka.source()));
            KafkaSettings settings = new KafkaSettings(kafka.value(),
                    clientConfig.map(ClientConfig::clientSettings).orElse(Map.of()));
            clientConfig.ifPresent(config -> Examples.announce(config, settings));
            return settings;
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            System.exit(Examples.EXIT_BAD_INPUT);
            throw e; // not reached
        }
    }

    /** Creates (or updates) a connector, as a connector .properties file given to connect-standalone.sh does. */
    public void createConnector(Map<String, String> connectorConfig) {
        String name = connectorConfig.get(ConnectorConfig.NAME_CONFIG);
        if (name == null || name.isBlank()) {
            throw Messages.badInput("connect.no-name", connectorConfig);
        }
        FutureCallback<Herder.Created<ConnectorInfo>> created = new FutureCallback<>();
        connect.herder().putConnectorConfig(name, connectorConfig, true, created);
        try {
            created.get(CREATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw Messages.badInput(e.getCause(), "connect.rejected", name, e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw Messages.failure(e, "connect.not-created", name, CREATE_TIMEOUT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating connector " + name, e);
        }
    }

    /**
     * The first FAILED connector or task of this worker, as one line with its cause (the first line of the
     * trace Connect keeps), e.g. {@code connector local-file-source task 0 FAILED: ConnectException: ... is a
     * directory}; empty while everything runs.
     */
    public Optional<String> firstFailure() {
        for (String name : connect.herder().connectors()) {
            ConnectorStateInfo status;
            try {
                status = connect.herder().connectorStatus(name);
            } catch (RuntimeException notYetKnown) {
                continue; // just created: no status yet
            }
            if ("FAILED".equals(status.connector().state())) {
                return Optional.of("connector " + name + " FAILED: " + firstLine(status.connector().trace()));
            }
            for (ConnectorStateInfo.TaskState task : status.tasks()) {
                if ("FAILED".equals(task.state())) {
                    return Optional.of("connector " + name + " task " + task.id() + " FAILED: "
                            + firstLine(task.trace()));
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String trace) {
        if (trace == null || trace.isBlank()) {
            return "(no cause given)";
        }
        String line = trace.strip().lines().findFirst().orElse("");
        int dot = line.lastIndexOf('.', Math.max(0, line.indexOf(':')));
        return dot > 0 && line.indexOf(':') > dot ? line.substring(dot + 1) : line; // drop the package name
    }

    /** Where the worker's REST API listens, e.g. {@code http://127.0.0.1:8083/}. */
    public URI restUrl() {
        return connect.rest().advertisedUrl();
    }

    public Herder herder() {
        return connect.herder();
    }

    /** Stops the connectors' tasks (committing their offsets), the herder and the REST server. */
    @Override
    public void close() {
        connect.stop();
    }

    /**
     * Reads a .properties file. A relative path is looked up in the working directory, then in
     * {@code chapter3-connect/}, so {@code config/connect-standalone.properties} works from the repository root
     * (where {@code ./mvnw -pl chapter3-connect exec:java} runs) and from the module directory.
     */
    /**
     * The book's files name {@code /tmp/kafka.txt} and {@code /tmp/connect.offsets}: on Windows that is
     * {@code C:\tmp\...}, a directory that usually does not exist, and the worker would fail to save its offsets
     * and the reader to create the file. The directory a file setting names is created when it is missing (never
     * anything else: an existing directory is left as it is).
     */
    static void createParentDirectories(String file) {
        if (file == null || file.isBlank()) {
            return;
        }
        Path parent = Path.of(file.trim()).toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            try {
                Files.createDirectories(parent);
                logger.info("created the directory {} for {}", parent, file);
            } catch (IOException e) {
                throw Messages.badInput(e, "file.cannot-create-dir", parent, file, e.getMessage());
            }
        }
    }

    public static Map<String, String> loadProperties(String path) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file) && !file.isAbsolute()) {
            file = Path.of("chapter3-connect").resolve(path);
        }
        if (!Files.isRegularFile(file)) {
            throw Messages.badInput("connect.no-file", path);
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException e) {
            throw Messages.badInput(e, "file.cannot-read", file, e.getMessage());
        }
        Map<String, String> map = new HashMap<>();
        props.stringPropertyNames().forEach(key -> map.put(key, props.getProperty(key).trim()));
        return map;
    }
}
