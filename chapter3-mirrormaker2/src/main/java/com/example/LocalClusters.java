package com.example;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.BrokerCheck;
import com.example.common.BrokerUnreachableException;
import com.example.common.KafkaSettings;
import com.example.local.LocalKafkaBroker;
import com.example.common.Messages;

/**
 * 3.7 카프카 미러메이커2 — the two clusters of the book's example on this machine: cluster A at localhost:9092 and
 * cluster B at localhost:9093, each a real single-node Kafka 4.3.1 (KRaft), both in this JVM. Ctrl+C stops both.
 *
 * <pre>
 * ./mvnw -q -pl chapter3-mirrormaker2 exec:java -Dexec.mainClass=com.example.LocalClusters
 * ./mvnw -q -pl chapter3-mirrormaker2 exec:java -Dexec.mainClass=com.example.LocalClusters -Dexec.args="--fresh"
 * </pre>
 *
 * A port that already answers (for instance the local broker of {@code ./mvnw -q -pl local-kafka exec:java} at
 * 9092, or docker-compose) is used as that cluster instead of starting a second broker. Data lives where
 * {@code local-kafka} keeps it ({@code <tmp>/kafka-book/local-kafka-<port>}, kept across runs; {@code --fresh}
 * wipes it), with the same controller ports (port + 1000), so both commands share a cluster's data.
 */
public final class LocalClusters {

    private static final Logger log = LoggerFactory.getLogger(LocalClusters.class);

    public static final int CLUSTER_A_PORT = 9092;
    public static final int CLUSTER_B_PORT = 9093;

    private LocalClusters() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean fresh = false;
        for (String arg : args) {
            if (arg.equals("--fresh")) {
                fresh = true;
            } else if (!arg.isBlank()) {
                System.err.println(Messages.text("error", Messages.text("mirror.localClustersUsage", arg)));
                System.exit(1);
            }
        }
        List<LocalKafkaBroker> started = new ArrayList<>();
        try {
            start("A", CLUSTER_A_PORT, fresh).ifPresent(started::add);
            start("B", CLUSTER_B_PORT, fresh).ifPresent(started::add);
        } catch (RuntimeException e) {
            System.err.println(Messages.text("error", Messages.text("mirror.clustersCannotStart", e.getMessage())));
            started.forEach(LocalKafkaBroker::stop);
            System.exit(1);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping {} ...", started);
            started.forEach(LocalKafkaBroker::stop);
            log.info("Clusters stopped; their data is kept (use --fresh to wipe it).");
            stopped.countDown();
        }, "local-clusters-stop"));
        log.info("Cluster A at localhost:{} and cluster B at localhost:{} are ready. Press Ctrl+C to stop.",
                CLUSTER_A_PORT, CLUSTER_B_PORT);
        stopped.await();
    }

    /** Starts a broker for cluster {@code alias} on {@code port}, unless a Kafka already answers there. */
    static Optional<LocalKafkaBroker> start(String alias, int port, boolean fresh) {
        if (listening(port)) {
            KafkaSettings settings = new KafkaSettings("localhost:" + port);
            try {
                BrokerCheck.requireReachable(settings, Duration.ofSeconds(4));
            } catch (BrokerUnreachableException notKafka) {
                throw Messages.failure(notKafka, "mm2.port-not-kafka", port, alias);
            }
            log.info("Cluster {}: a Kafka already answers at {}; using it.", alias, settings.bootstrapServers());
            return Optional.empty();
        }
        Path dataDir = Paths.get(System.getProperty("java.io.tmpdir"), "kafka-book", "local-kafka-" + port);
        LocalKafkaBroker broker = LocalKafkaBroker.builder()
                .port(port)
                .controllerPort(port + 1000)
                .dataDir(dataDir)
                .fresh(fresh) // only after the port checks, and only a directory this project made
                .build();
        long begin = System.nanoTime();
        broker.start();
        log.info("Cluster {}: Kafka {} ready at {} in {} ms (data: {}).", alias, LocalKafkaBroker.KAFKA_VERSION,
                broker.bootstrapServers(), (System.nanoTime() - begin) / 1_000_000, broker.dataDir());
        return Optional.of(broker);
    }

    /** Whether something accepts connections on 127.0.0.1:{@code port} (a plain socket: no client log noise). */
    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException nothingThere) {
            return false;
        }
    }
}
