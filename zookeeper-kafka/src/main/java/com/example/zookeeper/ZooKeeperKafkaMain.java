package com.example.zookeeper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Messages;

/**
 * 2.1.4 주키퍼 실행 / 카프카 브로커 실행 — the book's ZooKeeper-era cluster on this machine, from Maven:
 * ZooKeeper 3.8 first, then a Kafka 3.9 broker in ZooKeeper mode, configured from the book-style
 * {@code chapter2-cli-scripts/config/zookeeper.properties} and {@code server.properties}.
 *
 * <pre>
 * ./mvnw -q -pl zookeeper-kafka exec:java                                         # both, like the book's two steps
 * ./mvnw -q -pl zookeeper-kafka exec:java -Dzookeeper.kafka.args=--zookeeper-only # step 1 only
 * ./mvnw -q -pl zookeeper-kafka exec:java -Dzookeeper.kafka.args=--broker-only    # step 2 only (another terminal)
 * </pre>
 *
 * Prints one line {@code ... ready: bootstrap.servers=HOST:PORT zookeeper.connect=HOST:PORT broker.id=N ...}
 * (the test harness waits for it) and stops cleanly on Ctrl+C / SIGTERM: broker first, then ZooKeeper.
 */
public final class ZooKeeperKafkaMain {

    private static final Logger log = LoggerFactory.getLogger(ZooKeeperKafkaMain.class);

    /** The marker of the one line other programs wait for. */
    public static final String READY = " ready: ";

    private ZooKeeperKafkaMain() {
    }

    public static void main(String[] rawArgs) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(rawArgs);
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            System.err.println(Options.USAGE);
            System.exit(1);
            return;
        }
        if (options.help) {
            System.out.println(Options.USAGE);
            return;
        }
        Cluster cluster = new Cluster(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cluster.close();
            stopped.countDown();
        }, "zookeeper-kafka-stop"));
        // watch the parent before starting: once the ready line is out the parent may be gone at once, and a
        // parent looked up after that would be the process that adopted us (init), which never exits
        if (options.stopOnStdinEof) {
            watchStdin();
        }
        if (options.stopWithParent) {
            // started by ZooKeeperKafkaLauncher (exec:java): when Maven's JVM is gone, stop too
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        }
        try {
            System.out.println(cluster.start());
        } catch (RuntimeException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            System.exit(1);
            return;
        }
        stopped.await();
    }

    /** For a parent process (the test harness): when it goes away, its end of our stdin closes, and we stop. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // ignore input; only the end matters
                }
            } catch (IOException e) {
                // closed: same as the end
            }
            System.exit(0);
        }, "zookeeper-kafka-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** ZooKeeper and/or the broker, started and stopped in the book's order. */
    static final class Cluster implements AutoCloseable {
        private final Options options;
        private Path dataDir;
        private boolean temporaryDataDir;
        private ZooKeeperNode zookeeper;
        private ZooKeeperModeBroker broker;

        Cluster(Options options) {
            this.options = options;
        }

        /** Starts what the options ask for and returns the ready line. */
        synchronized String start() {
            Path configDir = options.configDir != null ? options.configDir : BookConfig.defaultConfigDir();
            Properties bookZookeeper = options.brokerOnly ? null
                    : BookConfig.load(configDir.resolve(BookConfig.ZOOKEEPER_FILE));
            Properties bookServer = options.zookeeperOnly ? null
                    : BookConfig.load(configDir.resolve(BookConfig.SERVER_FILE));
            long started = System.nanoTime();
            try {
                if (!options.brokerOnly) {
                    int port = options.zookeeperPort >= 0 ? options.zookeeperPort : BookConfig.zookeeperPort(bookZookeeper);
                    requireFree(port, "ZooKeeper", "--zookeeper-port");
                }
                if (!options.zookeeperOnly) {
                    requireFree(options.port, "Kafka broker", "--port");
                }
                dataDir = options.dataDir;
                if (dataDir == null) {
                    dataDir = Files.createTempDirectory("zookeeper-kafka-");
                    Files.writeString(dataDir.resolve(MARKER), "Made by zookeeper-kafka; removed on stop.\n");
                    temporaryDataDir = true;
                }
                String zookeeperConnect = options.zookeeperConnect;
                if (!options.brokerOnly) {
                    int port = options.zookeeperPort >= 0 ? options.zookeeperPort : BookConfig.zookeeperPort(bookZookeeper);
                    Path zookeeperData = Files.createDirectories(dataDir.resolve("zookeeper"));
                    log.info("Starting ZooKeeper {} on 127.0.0.1:{} (config {}, data {})", ZooKeeperNode.version(),
                            port, configDir.resolve(BookConfig.ZOOKEEPER_FILE), zookeeperData);
                    zookeeper = ZooKeeperNode.start(BookConfig.zookeeper(bookZookeeper, zookeeperData), port);
                    zookeeperConnect = zookeeper.connectString();
                }
                if (options.zookeeperOnly) {
                    return "ZooKeeper" + READY + "zookeeper.connect=" + zookeeperConnect + " (ZooKeeper "
                            + ZooKeeperNode.version() + ") in " + millisSince(started) + " ms. Now start the broker: "
                            + "-Dzookeeper.kafka.args=\"--broker-only --zookeeper-connect " + zookeeperConnect
                            + "\". Press Ctrl+C to stop.";
                }
                if (zookeeperConnect == null) {
                    zookeeperConnect = "127.0.0.1:" + (options.zookeeperPort >= 0 ? options.zookeeperPort : 2181);
                }
                Path logDir = Files.createDirectories(dataDir.resolve("kafka-logs"));
                log.info("Starting Kafka {} broker (ZooKeeper mode) on 127.0.0.1:{} (config {}, zookeeper.connect={}, "
                        + "log.dirs={})", ZooKeeperModeBroker.version(), options.port,
                        configDir.resolve(BookConfig.SERVER_FILE), zookeeperConnect, logDir);
                broker = ZooKeeperModeBroker.start(BookConfig.broker(bookServer, options.port,
                        options.advertisedHost, zookeeperConnect, logDir, options.overrides), options.advertisedHost);
                String what = options.brokerOnly ? "Kafka broker" : "ZooKeeper-mode cluster";
                return what + READY + "bootstrap.servers=" + broker.bootstrapServers() + " zookeeper.connect="
                        + zookeeperConnect + " broker.id=" + broker.brokerId() + " (Kafka "
                        + ZooKeeperModeBroker.version() + ", ZooKeeper " + ZooKeeperNode.version() + ") in "
                        + millisSince(started) + " ms. Press Ctrl+C to stop.";
            } catch (IOException e) {
                close();
                throw new UncheckedIOException("cannot create the data directory: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        /** Broker first (it deregisters from ZooKeeper), then ZooKeeper; a temporary data directory is removed. */
        @Override
        public synchronized void close() {
            if (broker == null && zookeeper == null && dataDir == null) {
                return; // nothing started (or already stopped)
            }
            if (broker != null) {
                log.info("Stopping the Kafka broker ...");
                broker.close();
                broker = null;
            }
            if (zookeeper != null) {
                log.info("Stopping ZooKeeper ...");
                zookeeper.close();
                zookeeper = null;
            }
            if (temporaryDataDir && dataDir != null) {
                deleteRecursively(dataDir);
                dataDir = null;
            }
            log.info("Stopped.");
        }

        private static long millisSince(long nanos) {
            return (System.nanoTime() - nanos) / 1_000_000;
        }
    }

    /** The marker of a directory this project made (book-common's DataDirectories writes the same one). */
    static final String MARKER = ".kafka-book-java";

    /** Names the busy port and the option that moves it, before anything starts. */
    static void requireFree(int port, String what, String option) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw Messages.failure("zk.portInUse", port, what, option);
        }
    }

    /** Deletes a temporary directory this class made; one without the marker is left alone. */
    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir) || !Files.isRegularFile(dir.resolve(MARKER))) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }

    static final class Options {
        static final String USAGE = String.join("\n",
                "usage: ZooKeeperKafkaMain [--zookeeper-only | --broker-only] [options]",
                "  --config-dir DIR          the book-style zookeeper.properties / server.properties "
                        + "(default: chapter2-cli-scripts/config)",
                "  --port N                  broker port on 127.0.0.1 (default 9092; 0 = a free port)",
                "  --zookeeper-port N        ZooKeeper port on 127.0.0.1 (default: clientPort of zookeeper.properties, "
                        + "2181; 0 = a free port)",
                "  --zookeeper-connect H:P   --broker-only: where ZooKeeper runs (default 127.0.0.1:2181)",
                "  --advertised-host HOST    host in advertised.listeners (default localhost; the book: my-kafka)",
                "  --data-dir DIR            dataDir and log.dirs live here, kept (default: a temporary directory, "
                        + "removed on stop)",
                "  --override KEY=VALUE      any other server.properties setting (repeatable)",
                "  --stop-on-stdin-eof       stop when standard input closes (for a parent process)",
                "  --stop-with-parent        stop when the process that started this one ends (the launcher)");

        int port = 9092;
        int zookeeperPort = -1;
        String zookeeperConnect;
        String advertisedHost = "localhost";
        Path configDir;
        Path dataDir;
        final Map<String, String> overrides = new LinkedHashMap<>();
        boolean zookeeperOnly;
        boolean brokerOnly;
        boolean stopOnStdinEof;
        boolean stopWithParent;
        boolean help;

        static Options parse(String[] rawArgs) {
            List<String> args = new ArrayList<>();
            for (String arg : rawArgs) {
                // exec:exec passes an empty -Dzookeeper.kafka.args as one empty argument; and allow "a b" in one
                for (String part : arg.trim().split("\\s+")) {
                    if (!part.isEmpty()) {
                        args.add(part);
                    }
                }
            }
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--help", "-h" -> o.help = true;
                    case "--zookeeper-only" -> o.zookeeperOnly = true;
                    case "--broker-only" -> o.brokerOnly = true;
                    case "--stop-on-stdin-eof" -> o.stopOnStdinEof = true;
                    case "--stop-with-parent" -> o.stopWithParent = true;
                    case "--port" -> o.port = port(arg, value(args, ++i, arg));
                    case "--zookeeper-port" -> o.zookeeperPort = port(arg, value(args, ++i, arg));
                    case "--zookeeper-connect" -> o.zookeeperConnect = value(args, ++i, arg);
                    case "--advertised-host" -> o.advertisedHost = value(args, ++i, arg);
                    case "--config-dir" -> o.configDir = Paths.get(value(args, ++i, arg));
                    case "--data-dir" -> o.dataDir = Paths.get(value(args, ++i, arg));
                    case "--override" -> {
                        String kv = value(args, ++i, arg);
                        int eq = kv.indexOf('=');
                        if (eq <= 0) {
                            throw Messages.badInput("zk.overrideNeedsKeyValue", kv);
                        }
                        o.overrides.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                    default -> throw Messages.badInput("zk.unknownOption", arg);
                }
            }
            if (o.zookeeperOnly && o.brokerOnly) {
                throw Messages.badInput("zk.zookeeperOrBrokerOnly");
            }
            if (o.zookeeperConnect != null && !o.brokerOnly) {
                throw Messages.badInput("zk.connectNeedsBrokerOnly");
            }
            return o;
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw Messages.badInput("zk.needsValue", option);
            }
            return args.get(i);
        }

        private static int port(String option, String value) {
            try {
                int port = Integer.parseInt(value);
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw Messages.badInput("zk.needsPort", option, value);
            }
        }
    }
}
