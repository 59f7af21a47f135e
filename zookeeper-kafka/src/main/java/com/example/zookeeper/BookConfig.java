package com.example.zookeeper;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.example.common.Messages;

/**
 * The book's two configuration files, {@code config/zookeeper.properties} and {@code config/server.properties}
 * (kept in {@code chapter2-cli-scripts/config}), with only what must change on this machine overridden:
 * ports, data directories (temporary), listeners on 127.0.0.1, the advertised host, and
 * {@code zookeeper.connect}. Everything else (broker.id, num.partitions, retention, ...) is the file's.
 */
public final class BookConfig {

    public static final String ZOOKEEPER_FILE = "zookeeper.properties";
    public static final String SERVER_FILE = "server.properties";

    /** Where the book-style files live, relative to the repository root. */
    public static final Path CONFIG_DIR_IN_REPO = Paths.get("chapter2-cli-scripts", "config");

    /**
     * Settings of a Kafka 4 (KRaft) server.properties that a ZooKeeper-mode 3.9 broker must not see: with
     * {@code process.roles} present Kafka 3.9 would start in KRaft mode instead.
     */
    static final List<String> KRAFT_ONLY_KEYS = List.of("process.roles", "node.id", "controller.quorum.voters",
            "controller.quorum.bootstrap.servers", "controller.listener.names", "metadata.log.dir",
            "metadata.log.segment.bytes", "metadata.log.max.record.bytes.between.snapshots");

    /** Internal topics default to replication factor 3; a one-broker cluster needs 1 (Kafka's own file says 1). */
    static final Map<String, String> SINGLE_BROKER_DEFAULTS = Map.of(
            "offsets.topic.replication.factor", "1",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1");

    private BookConfig() {
    }

    /**
     * {@code chapter2-cli-scripts/config} found from the working directory: the repository root or one of its
     * modules (e.g. {@code zookeeper-kafka}, where {@code exec:exec} runs).
     */
    public static Path defaultConfigDir() {
        Path here = Paths.get("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(CONFIG_DIR_IN_REPO);
            if (Files.isRegularFile(candidate.resolve(SERVER_FILE))) {
                return candidate;
            }
        }
        return here.resolveSibling(CONFIG_DIR_IN_REPO.toString());
    }

    /** Reads a properties file; a missing file is an {@link IllegalArgumentException} that says what to do. */
    public static Properties load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " not found: run from the repository (or one of its modules) "
                    + "or pass --config-dir <dir with " + ZOOKEEPER_FILE + " and " + SERVER_FILE + ">");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw Messages.badInput(e, "zk.cannotRead", file, e.getMessage());
        }
        return properties;
    }

    /**
     * The book's zookeeper.properties for this machine: {@code dataDir} (and {@code dataLogDir}) in
     * {@code dataDir}; the client port is not part of it (see {@link ZooKeeperNode#start}).
     */
    public static Properties zookeeper(Properties book, Path dataDir) {
        Properties p = copy(book);
        p.setProperty("dataDir", dataDir.toString());
        if (p.containsKey("dataLogDir")) {
            p.setProperty("dataLogDir", dataDir.toString());
        }
        // bound by ZooKeeperNode on 127.0.0.1 and the chosen (or a free) port
        p.remove("clientPort");
        p.remove("clientPortAddress");
        p.remove("secureClientPort");
        return p;
    }

    /** The port the book's zookeeper.properties names ({@code clientPort}), 2181 if it names none. */
    public static int zookeeperPort(Properties book) {
        return Integer.parseInt(book.getProperty("clientPort", "2181").trim());
    }

    /**
     * The book's server.properties for a ZooKeeper-mode broker on this machine.
     *
     * @param port             client port on 127.0.0.1; 0 = a free port (advertised with the bound port)
     * @param advertisedHost   what clients are told to call the broker ({@code localhost}; the book: my-kafka)
     * @param zookeeperConnect {@code host:port} of the ZooKeeper started before
     * @param logDir           {@code log.dirs}
     * @param overrides        further {@code key=value} settings (like kafka-server-start.sh's --override)
     */
    public static Properties broker(Properties book, int port, String advertisedHost, String zookeeperConnect,
                                    Path logDir, Map<String, String> overrides) {
        Properties p = copy(book);
        KRAFT_ONLY_KEYS.forEach(p::remove);
        if (!p.containsKey("broker.id") && book.containsKey("node.id")) {
            p.setProperty("broker.id", book.getProperty("node.id"));
        }
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + advertisedHost + ":" + port);
        if (p.containsKey("inter.broker.listener.name")) {
            p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        }
        p.setProperty("log.dirs", logDir.toString());
        p.remove("log.dir");
        p.setProperty("zookeeper.connect", zookeeperConnect);
        SINGLE_BROKER_DEFAULTS.forEach(p::putIfAbsent);
        overrides.forEach(p::setProperty);
        return p;
    }

    private static Properties copy(Properties source) {
        Properties p = new Properties();
        source.stringPropertyNames().forEach(key -> p.setProperty(key, source.getProperty(key).trim()));
        return p;
    }
}
