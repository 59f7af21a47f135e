package com.example.tour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.example.common.BrokerCheck;
import com.example.common.CallerThreads;
import com.example.common.ClientConfig;
import com.example.common.ClusterView;
import com.example.common.DataDirectories;
import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.LocalPorts;
import com.example.local.LocalKafkaBroker;
import com.example.local.LocalKafkaCluster;

/**
 * Everything the tour starts and must stop again: the broker(s), child processes (the chapter 2 scripts and the
 * tool JVMs under them), long-running examples, MirrorMaker, temporary files. {@link #close()} stops all of it, in
 * reverse order, whatever happened — also on Ctrl+C.
 */
public final class TourContext implements AutoCloseable {

    private final TourOptions options;
    private final TourPrinter printer;
    private final String tourId = UUID.randomUUID().toString().substring(0, 6);
    private final AtomicInteger counter = new AtomicInteger();
    private final Path tempDir;
    private final Optional<Path> repoDir;
    private final List<Integer> startedPorts = new CopyOnWriteArrayList<>();
    private final ChildProcesses processes = new ChildProcesses();
    private final Deque<AutoCloseable> stepResources = new ArrayDeque<>();
    private final Map<String, AutoCloseable> shared = new LinkedHashMap<>();

    private LocalKafkaBroker primary;
    private KafkaSettings settings;
    private LocalKafkaBroker second;
    private CompletableFuture<LocalKafkaCluster> cluster;
    private volatile double clusterStartSeconds;
    private boolean clusterAnnounced;
    private CompletableFuture<Void> clusterStopped = CompletableFuture.completedFuture(null);
    private KafkaSettings secondSettings;
    private boolean closed;
    /** Set first thing by {@link #close()} (also from the Ctrl+C hook): nothing new may start after it. */
    private volatile boolean closing;

    TourContext(TourOptions options, TourPrinter printer) {
        this.options = options;
        this.printer = printer;
        this.tempDir = DataDirectories.createTemp("book-tour-");
        this.repoDir = findRepoDir();
    }

    /** With {@code --external}: the reader's client config file (a secured cluster), for Kafka's tools. */
    Optional<String> clientConfigFile() {
        return options.external() ? ClientConfig.fromEnvironment().map(config -> config.file().toString())
                : Optional.empty();
    }

    /** Starts the tour's broker, or checks the external one. */
    void startBroker() {
        if (options.external()) {
            Optional<ClientConfig> clientConfig = ClientConfig.fromEnvironment();
            settings = KafkaSettings.from(clientConfig);
            clientConfig.ifPresent(config -> Examples.announce(config, settings));
            BrokerCheck.requireReachable(settings);
            printer.line("tour.external", settings.bootstrapServers(), tourId);
            return;
        }
        int port = options.port();
        if (port == TourOptions.PREFERRED_PORT) {
            port = LocalPorts.isFree(9092) ? 9092 : 0;
            if (port == 0) {
                printer.line("tour.port-taken");
            }
        }
        long begin = System.nanoTime();
        primary = startLocalBroker(port);
        settings = primary.settings();
        printer.line("tour.broker.started", LocalKafkaBroker.KAFKA_VERSION, settings.bootstrapServers(),
                seconds(begin));
    }

    private LocalKafkaBroker startLocalBroker(int port) {
        LocalKafkaBroker broker = LocalKafkaBroker.builder()
                .port(port)
                .dataDir(tempDir.resolve("kafka-" + (startedPorts.size() == 0 ? "a" : "b")))
                .deleteDataOnClose(true)
                .build();
        startedPorts.add(broker.port());
        startedPorts.add(broker.controllerPort());
        return broker.start();
    }

    /** Cluster A: the tour's broker. */
    public KafkaSettings settings() {
        return settings;
    }

    /** The tour's own broker, when it started one (not with {@code --external}). */
    public Optional<LocalKafkaBroker> localBroker() {
        return Optional.ofNullable(primary);
    }

    /** A look at cluster A (topics, records, offsets) to check what an example did; closed with the tour. */
    public ClusterView kafka() {
        return view("view-a", this::settings);
    }

    /** The same look at cluster B ({@link #secondCluster()}). */
    public ClusterView secondKafka() {
        return view("view-b", this::secondCluster);
    }

    private ClusterView view(String key, java.util.function.Supplier<KafkaSettings> cluster) {
        try {
            return shared(key, () -> new ClusterView(cluster.get()));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a second cluster can be had (started here, or given with --second-cluster). */
    public boolean hasSecondCluster() {
        return !options.external() || options.secondCluster().isPresent();
    }

    /** Cluster B for MirrorMaker 2: started on first use (a second local broker), or the --second-cluster. */
    public synchronized KafkaSettings secondCluster() {
        if (secondSettings != null) {
            return secondSettings;
        }
        if (options.external()) {
            String servers = options.secondCluster().orElseThrow(() -> new StepSkipped(
                    printer.text("tour.needs.two-clusters")));
            secondSettings = new KafkaSettings(servers);
            BrokerCheck.requireReachable(secondSettings);
            return secondSettings;
        }
        long begin = System.nanoTime();
        second = startLocalBroker(0);
        secondSettings = second.settings();
        printer.line("tour.cluster-b.started", LocalKafkaBroker.KAFKA_VERSION, secondSettings.bootstrapServers(),
                seconds(begin));
        return secondSettings;
    }

    /**
     * Starts the three-broker cluster of 3.1's failure steps in the background, so that the steps before them
     * overlap its start-up. Not with {@code --external} (those steps stop brokers).
     */
    synchronized void prepareCluster() {
        if (cluster == null && !options.external()) {
            cluster = CompletableFuture.supplyAsync(this::startCluster, CallerThreads.of("tour-cluster-start"));
        }
    }

    /**
     * The three-broker cluster of 3.1's failure steps (local-kafka's {@link LocalKafkaCluster}: brokers 1-3 and a
     * quorum of three controllers, free ports); started on first use unless {@link #prepareCluster()} did already.
     */
    public LocalKafkaCluster cluster() {
        prepareCluster();
        LocalKafkaCluster started;
        try {
            started = cluster.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (!clusterAnnounced) {
            clusterAnnounced = true;
            printer.line("tour.cluster.started", started.brokerIds(), started.controllerIds(),
                    started.bootstrapServers(), clusterStartSeconds);
        }
        return started;
    }

    private LocalKafkaCluster startCluster() {
        requireOpen();
        long begin = System.nanoTime();
        LocalKafkaCluster started = LocalKafkaCluster.start(3);
        started.brokerIds().forEach(id -> startedPorts.add(started.node(id).port()));
        started.controllerIds().forEach(id -> startedPorts.add(started.node(id).controllerPort()));
        clusterStartSeconds = seconds(begin);
        return started;
    }

    /**
     * No later step needs the cluster: it stops in the background (a quorum's last voter waits seconds for a
     * graceful resignation), overlapping the next steps; {@link #close()} waits for it.
     */
    synchronized void releaseCluster() {
        if (cluster != null) {
            CompletableFuture<LocalKafkaCluster> releasing = cluster;
            cluster = null;
            clusterStopped = releasing.thenAcceptAsync(TourContext::closeQuietly, CallerThreads.of("tour-cluster-stop"))
                    .exceptionally(failedToStart -> null);
        }
    }

    /** {@code base-<tour id>-<n>}: unique per tour and per call, e.g. {@code test-7f3a2c-12}. */
    public String unique(String base) {
        return base + "-" + tourId + "-" + counter.incrementAndGet();
    }

    /** The next number of this tour's counter (what {@link #unique} appends). */
    public int next() {
        return counter.incrementAndGet();
    }

    /** The suffix the chapter 2 scripts append to the book's names ({@code TOPIC_SUFFIX}). */
    public String tourSuffix() {
        return "-" + tourId;
    }

    public String tourId() {
        return tourId;
    }

    public Path tempDir() {
        return tempDir;
    }

    /** The repository root (where chapter2-cli-scripts/ and the chapters' config/ are), if found. */
    public Optional<Path> repoDir() {
        return repoDir;
    }

    /** What the tour prints with, in the reader's language. */
    TourPrinter printer() {
        return printer;
    }

    public TourOptions options() {
        return options;
    }

    List<Integer> startedPorts() {
        return List.copyOf(startedPorts);
    }

    // --- resources of one step, and of the whole tour ------------------------------------------------------------

    /** Runs {@code body} on its own thread until the step ends (or {@link Background#stop()}). */
    public Background background(String name, Background.Body body) {
        requireOpen();
        Background background = Background.start(name, body);
        closeAfterStep(background);
        return background;
    }

    /** Closed when the current step ends, whatever its outcome. */
    public synchronized <T extends AutoCloseable> T closeAfterStep(T resource) {
        stepResources.push(resource);
        return resource;
    }

    /** A resource several steps share (MirrorMaker), created on first use and closed when the tour ends. */
    @SuppressWarnings("unchecked")
    public synchronized <T extends AutoCloseable> T shared(String key, SharedFactory<T> factory) throws Exception {
        AutoCloseable existing = shared.get(key);
        if (existing == null) {
            existing = factory.create();
            shared.put(key, existing);
        }
        return (T) existing;
    }

    /** Creates a shared resource. */
    @FunctionalInterface
    public interface SharedFactory<T> {
        T create() throws Exception;
    }

    /** Closes what the current step left running; child processes of the step are ended too. */
    void endStep() {
        List<AutoCloseable> toClose;
        synchronized (this) {
            toClose = new ArrayList<>(stepResources);
            stepResources.clear();
        }
        toClose.forEach(TourContext::closeQuietly);
        processes.stopAll();
    }

    // --- child processes ----------------------------------------------------------------------------------------

    /**
     * Runs {@code command} in {@code workDir} with {@code env} added, hands every output line to {@code onLine} as
     * it comes, and returns when it ended ({@link ChildProcesses#run}); stopped with what it started after
     * {@code timeout}, at the end of the step, or when the tour stops.
     */
    public ProcessResult run(List<String> command, Path workDir, Map<String, String> env, Duration timeout,
                             Consumer<String> onLine) throws InterruptedException {
        requireOpen();
        return processes.run(command, workDir, env, timeout, onLine);
    }

    // --- the end -------------------------------------------------------------------------------------------------

    /** Stops everything the tour started: step leftovers, shared resources, processes, brokers; deletes temp files. */
    @Override
    public void close() {
        closing = true; // no new background task from here on
        processes.refuseNew(); // and no new process
        closeAll();
    }

    /** Whether the tour is stopping (Ctrl+C, or the end): no further step should start. */
    public boolean isClosing() {
        return closing;
    }

    private void requireOpen() {
        if (closing) {
            throw new StepFailure(printer.text("tour.stopping"));
        }
    }

    private synchronized void closeAll() {
        if (closed) {
            return;
        }
        closed = true;
        endStep();
        List<AutoCloseable> sharedResources = new ArrayList<>(shared.values());
        shared.clear();
        for (int i = sharedResources.size() - 1; i >= 0; i--) {
            closeQuietly(sharedResources.get(i));
        }
        releaseCluster();
        clusterStopped.join();
        if (second != null) {
            closeQuietly(second);
        }
        if (primary != null) {
            closeQuietly(primary);
        }
        try {
            DataDirectories.delete(tempDir);
        } catch (RuntimeException e) {
            // a file vanished meanwhile (e.g. a state directory cleaned up by Kafka Streams): say so, go on
            System.err.println("(could not remove " + tempDir + ": " + e.getMessage() + ")");
        }
    }

    static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println("(while stopping " + resource + ": " + e.getMessage() + ")");
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    static double seconds(long beginNanos) {
        return (System.nanoTime() - beginNanos) / 1e9;
    }

    private static Optional<Path> findRepoDir() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("tour.repo.dir");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null) {
            candidates.add(dir);
            dir = dir.getParent();
        }
        return candidates.stream()
                .filter(c -> Files.isDirectory(c.resolve("chapter2-cli-scripts"))
                        && Files.isDirectory(c.resolve("chapter3-connect")))
                .findFirst();
    }
}
