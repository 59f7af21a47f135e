package com.example;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.connect.mirror.MirrorMaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.BootstrapAddresses;
import com.example.common.BrokerCheck;
import com.example.common.BrokerUnreachableException;
import com.example.common.ClientConfig;
import com.example.common.Examples;
import com.example.common.Messages;
import com.example.common.Root;

/**
 * 3.7 카프카 미러메이커2 — runs Kafka's own MirrorMaker 2 in dedicated mode
 * ({@link org.apache.kafka.connect.mirror.MirrorMaker}, the class {@code bin/connect-mirror-maker.sh} runs) with the
 * book's {@code config/connect-mirror-maker.properties}: topic {@code test} on cluster A is copied to {@code A.test}
 * on cluster B.
 *
 * <pre>
 * ./mvnw -q -pl chapter3-mirrormaker2 exec:java -Dexec.mainClass=com.example.MirrorMakerLauncher
 * ./mvnw -q -pl chapter3-mirrormaker2 exec:java -Dexec.mainClass=com.example.MirrorMakerLauncher \
 *     -Dexec.args="config/active-active.properties" -DA.bootstrap.servers=a-kafka:9092 -DB.bootstrap.servers=b-kafka:9092
 * </pre>
 *
 * Arguments: {@code [config-file] [--clusters ALIAS...] [key=value...]}. The file defaults to
 * {@code config/connect-mirror-maker.properties} (relative paths are also looked up in this module);
 * {@code --clusters B} runs only the flows that write into B (connect-mirror-maker.sh's option: run MirrorMaker
 * next to its target cluster); {@code key=value} overrides any line of the file, and
 * {@code -D<alias>.bootstrap.servers=host:port} overrides a cluster's address.
 *
 * <p>What this class adds to {@code MirrorMaker.main}: the overrides, and a check that every cluster answers — an
 * unreachable cluster is reported in one line naming its alias within seconds, instead of Connect's
 * "Failed to connect to and describe Kafka cluster" after a 60 s wait. Ctrl+C stops MirrorMaker cleanly
 * (MirrorMaker's own shutdown hook).
 */
public final class MirrorMakerLauncher {

    private static final Logger log = LoggerFactory.getLogger(MirrorMakerLauncher.class);

    /** The book's file. */
    public static final String DEFAULT_CONFIG = "config/connect-mirror-maker.properties";
    /** Set by this module's pom for exec:java, so that relative config paths work from the repository root. */
    public static final String MODULE_DIR_PROPERTY = "mirrormaker.module.dir";

    private static final Duration CLUSTER_CHECK_TIMEOUT = Duration.ofSeconds(4);

    private MirrorMakerLauncher() {
    }

    public static void main(String[] args) {
        int status = execute(args, System.getProperties(), System.err);
        if (status != 0) {
            System.exit(status);
        }
        // 0: stopped by Ctrl+C, the JVM is already shutting down
    }

    /**
     * Parses {@code args}, loads the file, checks the clusters, runs MirrorMaker until it is stopped (Ctrl+C) and
     * returns an exit code: 0 stopped, 1 bad input, 2 a cluster does not answer, 3 MirrorMaker failed.
     */
    public static int execute(String[] args, Properties systemProperties, PrintStream err) {
        try {
            Launch launch = Launch.parse(args);
            Path file = resolveConfigFile(launch.configFile(), systemProperties.getProperty(MODULE_DIR_PROPERTY));
            Map<String, String> config = loadConfig(file, launch.overrides(), systemProperties);
            MirrorMaker mirrorMaker = start(config, launch.clusters());
            mirrorMaker.awaitStop(); // until Ctrl+C: MirrorMaker's shutdown hook calls stop()
            return 0;
        } catch (BrokerUnreachableException e) {
            err.println(e.getMessage());
            return Examples.EXIT_NO_BROKER;
        } catch (IllegalArgumentException e) {
            err.println(Messages.text("error", e.getMessage()));
            return Examples.EXIT_BAD_INPUT;
        } catch (KafkaException e) {
            err.println("MirrorMaker failed: " + Examples.describe(e));
            return Examples.EXIT_KAFKA_ERROR;
        }
    }

    /**
     * Checks that every cluster of {@code config} answers, then creates and starts MirrorMaker: one Connect herder
     * per replication flow into {@code targetClusters} (all clusters when empty). Stop it with
     * {@link MirrorMaker#stop()}.
     */
    public static MirrorMaker start(Map<String, String> config, List<String> targetClusters) {
        List<String> clusters = clusterAliases(config);
        for (String alias : targetClusters) {
            if (!clusters.contains(alias)) {
                throw Messages.badInput("mm2.unknown-cluster", alias, String.join(", ", clusters));
            }
        }
        requireClustersReachable(config);
        MirrorMaker mirrorMaker = new MirrorMaker(config, targetClusters.isEmpty() ? null : targetClusters);
        mirrorMaker.start();
        log.info("MirrorMaker started: clusters {}, flows {}", clusters, enabledFlows(config));
        return mirrorMaker;
    }

    /**
     * The properties file as MirrorMaker reads it ({@code Utils.loadProps}), plus {@code overrides}, plus
     * {@code <alias>.bootstrap.servers} from {@code systemProperties}. Fails with a clear message when
     * {@code clusters} or a cluster's {@code bootstrap.servers} is missing.
     */
    public static Map<String, String> loadConfig(Path file, Map<String, String> overrides, Properties systemProperties) {
        Map<String, String> config;
        try {
            config = new LinkedHashMap<>(Utils.propsToStringMap(Utils.loadProps(file.toString())));
        } catch (IOException e) {
            throw Messages.badInput(e, "mm2.cannot-read", file, e.getMessage());
        }
        config.putAll(overrides);
        // the reader's client config file (a secured cluster): each cluster's clients get its settings, unless
        // the MirrorMaker file gives that cluster its own (A.security.protocol = ...)
        Optional<ClientConfig> clientConfig =
                ClientConfig.fromEnvironment(systemProperties::getProperty, System::getenv);
        for (String alias : clusterAliases(config)) {
            clientConfig.ifPresent(client -> client.clientSettings().forEach((setting, value) ->
                    config.putIfAbsent(alias + "." + setting, value)));
        }
        for (String alias : clusterAliases(config)) {
            String key = alias + ".bootstrap.servers";
            String fromSystem = systemProperties.getProperty(key);
            String source = fromSystem != null ? "-D" + key : file.getFileName() + " " + key;
            if (fromSystem != null) {
                config.put(key, fromSystem);
            }
            String servers = config.get(key);
            if (servers == null) {
                throw Messages.badInput("mm2.no-bootstrap", file, key);
            }
            config.put(key, BootstrapAddresses.requireValid(servers, source));
            log.info("Cluster {} at {} (from {})", alias, config.get(key), source);
        }
        return config;
    }

    /** The aliases of {@code clusters = A, B}. */
    public static List<String> clusterAliases(Map<String, String> config) {
        String clusters = config.get("clusters");
        if (clusters == null || clusters.isBlank()) {
            throw Messages.badInput("mm2.no-clusters");
        }
        return Arrays.stream(clusters.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code A->B} for every {@code A->B.enabled = true}. */
    public static List<String> enabledFlows(Map<String, String> config) {
        List<String> flows = new ArrayList<>();
        config.forEach((key, value) -> {
            if (key.endsWith(".enabled") && key.contains("->") && key.indexOf('.') == key.length() - ".enabled".length()
                    && Boolean.parseBoolean(value.trim())) {
                flows.add(key.substring(0, key.length() - ".enabled".length()));
            }
        });
        return flows;
    }

    /**
     * Throws a {@link BrokerUnreachableException} naming the alias and the address of the first cluster that does
     * not answer within a few seconds.
     */
    public static void requireClustersReachable(Map<String, String> config) {
        for (String alias : clusterAliases(config)) {
            String key = alias + ".bootstrap.servers";
            String servers = config.get(key);
            try {
                BrokerCheck.requireReachable(servers, clusterClient(config, alias), CLUSTER_CHECK_TIMEOUT, false,
                        "-D" + key + "=host:port");
            } catch (BrokerUnreachableException e) {
                throw new BrokerUnreachableException(Messages.text("mm2.cluster-unreachable", alias, servers, key,
                        Root.message(e)), e);
            }
        }
    }

    /** The client settings the file gives cluster {@code alias} ({@code A.security.protocol = SASL_SSL} ...). */
    static Map<String, String> clusterClient(Map<String, String> config, String alias) {
        Map<String, String> client = new LinkedHashMap<>();
        config.forEach((key, value) -> {
            String setting = key.startsWith(alias + ".") ? key.substring(alias.length() + 1) : "";
            if (!setting.equals("bootstrap.servers") && ClientConfig.knownSettings().contains(setting)) {
                client.put(setting, value);
            }
        });
        return client;
    }

    /** {@code path} as given when it exists, else relative to this module (exec:java runs in the repository root). */
    static Path resolveConfigFile(String path, String moduleDir) {
        Path given = Paths.get(path);
        if (Files.isRegularFile(given) || given.isAbsolute() || moduleDir == null) {
            return requireFile(given);
        }
        for (Path candidate : List.of(Paths.get(moduleDir).resolve(path), Paths.get(moduleDir, "config").resolve(path))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return requireFile(given);
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw Messages.badInput("mm2.no-config-file", file.toAbsolutePath());
        }
        return file;
    }


    /** The command line: {@code [config-file] [--clusters ALIAS...] [key=value...]}. */
    public record Launch(String configFile, List<String> clusters, Map<String, String> overrides) {

        public static Launch parse(String[] rawArgs) {
            // exec:java splits -Dexec.args on white space
            String file = null;
            List<String> clusters = new ArrayList<>();
            Map<String, String> overrides = new LinkedHashMap<>();
            boolean inClusters = false;
            for (String arg : rawArgs) {
                if (arg.isBlank()) {
                    continue;
                }
                if (arg.equals("--clusters")) {
                    inClusters = true;
                } else if (arg.startsWith("--")) {
                    throw Messages.badInput("args.unknown-option.usage", arg, USAGE);
                } else if (arg.contains("=")) {
                    inClusters = false;
                    int eq = arg.indexOf('=');
                    String key = arg.substring(0, eq).trim();
                    if (key.isEmpty()) {
                        throw Messages.badInput("args.no-key", arg, USAGE);
                    }
                    overrides.put(key, arg.substring(eq + 1).trim());
                } else if (inClusters) {
                    clusters.add(arg.trim());
                } else if (file == null) {
                    file = arg.trim();
                } else {
                    throw Messages.badInput("args.unexpected.usage", arg, USAGE);
                }
            }
            return new Launch(file == null ? DEFAULT_CONFIG : file, List.copyOf(clusters), Map.copyOf(overrides));
        }

        static final String USAGE = "MirrorMakerLauncher [config-file] [--clusters ALIAS...] [key=value...]";
    }

    /**
     * For demos and tests, not production: seconds instead of minutes for how often MirrorMaker looks for topics,
     * configs, groups and checkpoints, as {@code key=value} overrides of the properties file.
     */
    public static Map<String, String> fastIntervals() {
        Map<String, String> fast = new HashMap<>();
        fast.put("refresh.topics.interval.seconds", "1");
        fast.put("refresh.groups.interval.seconds", "1");
        fast.put("sync.topic.configs.interval.seconds", "1");
        fast.put("emit.checkpoints.interval.seconds", "1");
        fast.put("sync.group.offsets.interval.seconds", "1");
        fast.put("emit.heartbeats.interval.seconds", "1");
        // an offset sync for every record, so that checkpoints translate group offsets exactly (default 100)
        fast.put("offset.lag.max", "0");
        // the connectors' poll loops
        fast.put("consumer.poll.timeout.ms", "200");
        for (String cluster : List.of("A", "B")) {
            // the Connect worker of each flow into this cluster: commit source offsets (and flush delayed offset
            // syncs) every 500 ms instead of 60 s; reassign tasks of a lost worker after 1 s instead of 5 min
            fast.put(cluster + ".offset.flush.interval.ms", "500");
            fast.put(cluster + ".scheduled.rebalance.max.delay.ms", "1000");
            // clients: send at once, answer fetches quickly
            fast.put(cluster + ".producer.linger.ms", "0");
            fast.put(cluster + ".consumer.fetch.max.wait.ms", "100");
        }
        return fast;
    }
}
