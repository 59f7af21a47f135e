package com.example.testing;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.opentest4j.TestAbortedException;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import com.example.common.BrokerCheck;
import com.example.common.BrokerUnreachableException;
import com.example.common.ClientConfig;
import com.example.common.KafkaSettings;
import com.example.local.LocalKafkaBroker;
import com.example.local.LocalKafkaCluster;
import com.example.common.Messages;
import com.example.common.Root;

/**
 * Starts the broker the tests use, chosen by the system property {@code kafka.broker}:
 * <ul>
 *   <li>{@code local} (default): {@link LocalKafkaBroker}, a real Kafka 4.3.1 in this JVM on a free port;</li>
 *   <li>{@code testcontainers}: Testcontainers' {@code apache/kafka:4.3.1}; skipped (not failed) within
 *       seconds when no Docker engine answers;</li>
 *   <li>{@code external}: whatever {@code -Dbootstrap.servers} / {@code BOOTSTRAP_SERVERS} points at, e.g. the
 *       docker-compose broker or the book's {@code my-kafka:9092}.</li>
 *   <li>{@code zookeeper}: the book's ZooKeeper-era cluster — ZooKeeper 3.8 + a Kafka 3.9 broker in ZooKeeper
 *       mode — started from the {@code zookeeper-kafka} module as a child JVM (its Kafka 3.9 jars stay out of
 *       this JVM); skipped when that module is not built. See {@link #startZooKeeper()}.</li>
 *   <li>{@code secured}: {@code local-kafka --secure} (SASL_SSL, SCRAM-SHA-512 logins, ACLs), the clients as its
 *       reader user.</li>
 * </ul>
 * A class annotated {@code @KafkaTest(mode = "secured")} or {@code "zookeeper"} gets that broker whatever
 * {@code -Dkafka.broker} says, beside the JVM's own ({@link #startFor(String)}): how the chapter modules re-run
 * their claims on the secured broker and the book's ZooKeeper-era cluster in every {@code verify}.
 */
public final class TestBrokers {

    public static final String MODE_PROPERTY = "kafka.broker";
    public static final String LOCAL = "local";
    public static final String TESTCONTAINERS = "testcontainers";
    public static final String EXTERNAL = "external";
    public static final String ZOOKEEPER = "zookeeper";
    /**
     * {@code local-kafka --secure}: SASL_SSL with SCRAM logins and ACLs; the tests' clients are its reader user,
     * and every child JVM and script gets the reader's client config file ({@code -Dkafka.client.config}).
     */
    public static final String SECURED = "secured";
    /** The mode of a {@code @KafkaTest(brokers = N)} class: an in-process {@link LocalKafkaCluster}. */
    public static final String CLUSTER = "cluster";

    /** Where the zookeeper-kafka module is, for the zookeeper mode (default: found next to the working dir). */
    public static final String ZOOKEEPER_KAFKA_DIR_PROPERTY = "zookeeper.kafka.dir";

    /** How long the zookeeper mode waits for ZooKeeper and the broker to be ready (about 4 s on 2 idle cores). */
    static final Duration ZOOKEEPER_READY_TIMEOUT = Duration.ofSeconds(90);

    /** The image of the testcontainers mode; same Kafka version as everything else. */
    public static final String DEFAULT_KAFKA_IMAGE = "apache/kafka:" + LocalKafkaBroker.KAFKA_VERSION;

    /** {@code -Dkafka.image=...}: another image with the same start-up contract (e.g. one built locally). */
    public static final String IMAGE_PROPERTY = "kafka.image";


    /**
     * How long a container may take to log that it runs, and then to answer Kafka requests (the log line comes
     * before the port does): about 5 s alone, 25 s with four modules starting theirs at once on 2 cores.
     */
    static final Duration CONTAINER_READY_TIMEOUT = Duration.ofSeconds(120);

    /** How long we give Docker to answer before skipping the testcontainers mode. */
    static final Duration DOCKER_CHECK_TIMEOUT = Duration.ofSeconds(15);

    private TestBrokers() {
    }

    /** The mode named by {@code -Dkafka.broker}, default {@code local}. */
    public static String configuredMode() {
        String mode = System.getProperty(MODE_PROPERTY, LOCAL).trim().toLowerCase(Locale.ROOT);
        return mode.isEmpty() ? LOCAL : mode;
    }

    /** Starts a broker in {@code mode}; throws {@link TestAbortedException} when that mode cannot run here. */
    public static TestBroker start(String mode) {
        return switch (mode) {
            case LOCAL -> startLocal();
            case SECURED -> startSecuredJvm();
            case TESTCONTAINERS -> startTestcontainers();
            case EXTERNAL -> external(KafkaSettings.fromEnvironment());
            case ZOOKEEPER -> startZooKeeper();
            default -> throw Messages.badInput("harness.unknown-mode", MODE_PROPERTY, mode);
        };
    }

    /**
     * What the test brokers change from Kafka's defaults, and why: a classic consumer group's first rebalance waits
     * {@code group.initial.rebalance.delay.ms} (3 s) for more members to join — every test that starts a group
     * would wait those 3 s, and a child-JVM consumer on a busy machine missed its test's timeout by them. The
     * readers' brokers keep the default (what the book describes).
     */
    static final Map<String, String> TEST_BROKER_PROPERTIES = Map.of("group.initial.rebalance.delay.ms", "0");

    /** {@code -Dkafka.broker.port=N}: the local broker's port (default 0, a free one); the tour asks for 9092. */
    public static final String PORT_PROPERTY = "kafka.broker.port";

    /** A real in-process broker on free ports (or {@code -Dkafka.broker.port}), data in a temporary directory. */
    public static TestBroker startLocal() {
        LocalKafkaBroker.Builder builder = LocalKafkaBroker.builder().port(Integer.getInteger(PORT_PROPERTY, 0));
        TEST_BROKER_PROPERTIES.forEach(builder::brokerProperty);
        LocalKafkaBroker broker = builder.build().start();
        return RunningBroker.of(LOCAL, broker.bootstrapServers(), broker::close).withLocal(broker);
    }

    /**
     * The broker of a class annotated {@code @KafkaTest(mode = ...)}: {@link #SECURED} or {@link #ZOOKEEPER},
     * beside the JVM's own broker.
     */
    public static TestBroker startFor(String mode) {
        return switch (mode) {
            case SECURED -> startSecured();
            case ZOOKEEPER -> startZooKeeper();
            default -> throw Messages.badInput("harness.unknown-mode", "@KafkaTest(mode)", mode);
        };
    }

    /**
     * A secured broker ({@link #SECURED}, {@code local-kafka --secure}): its clients are the reader user, with
     * the reader's TLS and SASL settings ({@link TestKafka#settings()}, {@link TestKafka#clientConfigFile()}).
     */
    public static TestBroker startSecured() {
        LocalKafkaBroker.Builder builder = LocalKafkaBroker.builder().port(0).secure(true);
        TEST_BROKER_PROPERTIES.forEach(builder::brokerProperty);
        LocalKafkaBroker broker = builder.build().start();
        return RunningBroker.of(SECURED, broker.bootstrapServers(), broker::close).withLocal(broker);
    }

    /**
     * {@code -Dkafka.broker=secured}, the whole JVM on the secured broker: {@code -Dkafka.client.config} names the
     * reader's file too, so the examples' own {@code main}, their child JVMs and the chapter-2 scripts connect as
     * a reader would, with that one file.
     */
    static TestBroker startSecuredJvm() {
        TestBroker broker = startSecured();
        broker.clientConfigFile().ifPresent(file -> System.setProperty(ClientConfig.PROPERTY, file.toString()));
        return broker;
    }

    /** {@code brokers} brokers and a quorum of three controllers in this JVM, on free ports, data deleted on close. */
    public static TestBroker startCluster(int brokers) {
        LocalKafkaCluster cluster = LocalKafkaCluster.start(brokers, 0, TEST_BROKER_PROPERTIES);
        return RunningBroker.of(CLUSTER, cluster.bootstrapServers(), cluster::close).withCluster(cluster);
    }

    /** A broker somebody else runs; fails with the fail-fast hint when it does not answer. */
    public static TestBroker external(KafkaSettings settings) {
        BrokerCheck.requireReachable(settings, Duration.ofSeconds(10));
        return RunningBroker.of(EXTERNAL, settings.bootstrapServers(), () -> { }); // not ours to stop
    }

    /**
     * The book's ZooKeeper-era cluster (ZooKeeper 3.8 + Kafka 3.9 broker in ZooKeeper mode, configured from
     * {@code chapter2-cli-scripts/config}) in a child JVM on free ports; killed on close and at JVM exit.
     * The {@code zookeeper-kafka} module must be built (its {@code target/zookeeper-kafka.classpath} and classes):
     * it is found from {@code -Dzookeeper.kafka.dir}, else next to the working directory or a parent of it;
     * otherwise the tests are skipped with the command that builds it.
     */
    public static TestBroker startZooKeeper() {
        Path workingDir = Paths.get("").toAbsolutePath();
        Path module = ZooKeeperKafkaProcess.findModule(System.getProperty(ZOOKEEPER_KAFKA_DIR_PROPERTY), workingDir)
                .orElseThrow(() -> new TestAbortedException(ZooKeeperKafkaProcess.notBuilt(
                        workingDir.resolveSibling(ZooKeeperKafkaProcess.MODULE_NAME))));
        return ZooKeeperKafkaProcess.start(module, ZOOKEEPER_READY_TIMEOUT);
    }

    /** The image the testcontainers mode runs: {@code -Dkafka.image}, default {@code apache/kafka:4.3.1}. */
    public static String kafkaImage() {
        String image = System.getProperty(IMAGE_PROPERTY, "").trim();
        return image.isEmpty() ? DEFAULT_KAFKA_IMAGE : image;
    }

    /**
     * Testcontainers' {@code KafkaContainer} on {@link #kafkaImage()}, its port published on 127.0.0.1 only, ready
     * once it answers Kafka requests; or a skip when no Docker engine answers within a few seconds.
     */
    public static TestBroker startTestcontainers() {
        requireDocker(DOCKER_CHECK_TIMEOUT);
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(kafkaImage())
                .asCompatibleSubstituteFor("apache/kafka"))
                .withCreateContainerCmdModifier(TestBrokers::publishOnLoopbackOnly)
                .withStartupTimeout(CONTAINER_READY_TIMEOUT);
        long begin = System.nanoTime();
        startOrExplain(container);
        try {
            awaitKafkaAnswers(new KafkaSettings(container.getBootstrapServers()), CONTAINER_READY_TIMEOUT);
        } catch (RuntimeException e) {
            container.stop();
            throw e;
        }
        System.out.printf("testcontainers: %s container %s at %s ready in %d ms%n", kafkaImage(),
                container.getContainerId().substring(0, 12), container.getBootstrapServers(),
                (System.nanoTime() - begin) / 1_000_000);
        return RunningBroker.of(TESTCONTAINERS, container.getBootstrapServers(), container::stop)
                .withContainerId(container.getContainerId());
    }

    /**
     * Docker answered, so a failure here is a real one (a failed test, not a skip): the image cannot be pulled,
     * or Testcontainers' helper container (Ryuk) cannot, e.g. where no registry is reachable.
     */
    private static void startOrExplain(KafkaContainer container) {
        try {
            container.start();
        } catch (RuntimeException e) {
            throw Messages.failure(e, "harness.image-did-not-start", MODE_PROPERTY, TESTCONTAINERS, kafkaImage(),
                    Root.message(e), IMAGE_PROPERTY, LocalKafkaBroker.KAFKA_VERSION);
        }
    }


    /**
     * Testcontainers publishes a mapped port on every interface (0.0.0.0 and ::) by default; like every other
     * listener of this project it goes on 127.0.0.1 only (a random host port, as before).
     */
    static void publishOnLoopbackOnly(CreateContainerCmd cmd) {
        List<PortBinding> bindings = new ArrayList<>();
        for (ExposedPort port : cmd.getExposedPorts()) {
            bindings.add(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), port));
        }
        cmd.getHostConfig().withPortBindings(bindings);
    }

    /** The host addresses a container's ports are published on, e.g. {@code [127.0.0.1]}. */
    public static List<String> publishedHostIps(String containerId) {
        List<String> ips = new ArrayList<>();
        DockerClientFactory.instance().client().inspectContainerCmd(containerId).exec().getNetworkSettings()
                .getPorts().getBindings().values().forEach(bindings -> {
                    for (Ports.Binding binding : bindings) {
                        ips.add(binding.getHostIp());
                    }
                });
        return ips;
    }

    /** Waits until a Kafka request is answered (not a log line, not a TCP accept), within {@code timeout}. */
    static void awaitKafkaAnswers(KafkaSettings settings, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                BrokerCheck.requireReachable(settings, Duration.ofSeconds(2));
                return;
            } catch (BrokerUnreachableException e) {
                if (System.nanoTime() > deadline) {
                    throw Messages.failure(e, "harness.broker-silent", settings.bootstrapServers(), timeout.toSeconds(), e.getMessage());
                }
            }
        }
    }

    /** Aborts (skips) the calling tests unless a Docker engine answers within {@code timeout}. */
    static void requireDocker(Duration timeout) {
        // only the engine: DockerClientFactory.client() would also start Ryuk, pulling its image, and a failed
        // pull would then look like a silent engine (a wrong skip reason). Helpers and images fail start(), loudly.
        CompletableFuture<Boolean> check = CompletableFuture.supplyAsync(() -> {
            DockerClientFactory.instance().getTransportConfig();
            return true;
        });
        boolean available;
        String why;
        try {
            available = check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            why = "";
        } catch (TimeoutException e) {
            check.cancel(true);
            available = false;
            why = "no Docker engine answered within " + timeout.toSeconds() + " s";
        } catch (ExecutionException e) {
            available = false;
            why = "no Docker engine found (" + e.getCause().getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            available = false;
            why = "interrupted";
        }
        if (!available) {
            throw new TestAbortedException("-D" + MODE_PROPERTY + "=" + TESTCONTAINERS + " skipped: " + why
                    + ". Run the default local broker instead (no -D" + MODE_PROPERTY + ").");
        }
    }
}
