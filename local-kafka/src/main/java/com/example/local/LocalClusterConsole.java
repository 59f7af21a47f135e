package com.example.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.example.common.Messages;
import com.example.common.view.ClusterPage;

/**
 * 3.1 카프카 클러스터 — {@code ./mvnw -q -pl local-kafka exec:java -Dlocal.kafka.args="--brokers 3"}: a real cluster of
 * N brokers (ports 9092, 9093, ...) and three KRaft controllers in one JVM, and a console in the same terminal to
 * stop and start a node while the others run — the book's "a broker dies" without a second machine, a signal or a
 * second terminal, the same on Windows, macOS and Linux:
 *
 * <pre>
 * stop 2      broker 2 stops (a controlled shutdown: its partitions get new leaders from the ISR)
 * start 2     broker 2 comes back with its data and rejoins the ISR
 * stop 101    a controller; when it was the active one, another voter takes over
 * status      which nodes run
 * </pre>
 *
 * Ctrl+C stops every node; the cluster's data is temporary and deleted then.
 */
final class LocalClusterConsole {

    static final String COMMANDS = "commands: stop <id> | start <id> | status | help   (brokers 1..N, controllers "
            + LocalKafkaCluster.CONTROLLER_IDS + ")\n명령: stop <id> 노드 중지 | start <id> 다시 시작 | status 상태 | help 도움말";

    private LocalClusterConsole() {
    }

    static void run(int brokers, int firstPort, boolean secure, int viewPort) throws InterruptedException {
        LocalKafkaCluster.quietFailureNoise();
        long begin = System.nanoTime();
        LocalKafkaCluster cluster;
        try {
            cluster = LocalKafkaCluster.start(brokers, firstPort, Map.of(), secure);
        } catch (RuntimeException e) {
            System.err.println(Messages.text("error", Messages.text("local.clusterCannotStart", e.getMessage())));
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the cluster ...");
            cluster.close();
            System.out.println("Cluster stopped; its data is deleted.");
            stopped.countDown();
        }, "local-kafka-cluster-stop"));
        System.out.println("Kafka " + LocalKafkaBroker.KAFKA_VERSION + " cluster ready at " + cluster.bootstrapServers()
                + " in " + (System.nanoTime() - begin) / 1_000_000 + " ms: brokers " + cluster.brokerIds()
                + ", controllers " + LocalKafkaCluster.CONTROLLER_IDS + ". Ctrl+C stops all. (클러스터 준비 완료, Ctrl+C로 모두 중지)");
        cluster.clientConfigFile(LocalSecurity.READER).ifPresent(reader -> System.out.println(Messages.text(
                "local.secure.files", reader, cluster.clientConfigFile(LocalSecurity.ADMIN).orElseThrow())));
        System.out.println(COMMANDS);
        Thread console = new Thread(() -> readCommands(cluster), "local-kafka-cluster-console");
        console.setDaemon(true);
        console.start();
        try (ClusterPage page = View.open(cluster.settings(), viewPort)) {
            stopped.await();
        }
    }

    private static void readCommands(LocalKafkaCluster cluster) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                execute(cluster, line.trim(), System.out);
            }
        } catch (IOException e) {
            System.out.println("console closed: " + e.getMessage());
        }
    }

    /** One console line: {@code stop 2}, {@code start 2}, {@code status} or {@code help}. */
    static void execute(LocalKafkaCluster cluster, String line, PrintStream out) {
        String[] words = line.split("\\s+");
        try {
            switch (words[0]) {
                case "" -> { }
                case "stop", "start" -> {
                    int id = nodeId(words);
                    long begin = System.nanoTime();
                    if (words[0].equals("stop")) {
                        cluster.stopNode(id);
                    } else {
                        cluster.startNode(id);
                    }
                    out.printf("node %d %s in %d ms%n", id, words[0].equals("stop") ? "stopped" : "started",
                            (System.nanoTime() - begin) / 1_000_000);
                }
                case "status" -> out.println(status(cluster));
                default -> out.println(COMMANDS);
            }
        } catch (RuntimeException e) {
            out.println(Messages.text("error", e.getMessage()));
        }
    }

    private static int nodeId(String[] words) {
        if (words.length != 2 || !words[1].matches("\\d{1,9}")) {
            throw Messages.badInput("local.console.needs-id", words[0]);
        }
        return Integer.parseInt(words[1]);
    }

    static String status(LocalKafkaCluster cluster) {
        StringBuilder s = new StringBuilder();
        for (int id : cluster.brokerIds()) {
            s.append("broker ").append(id).append(' ').append(cluster.isRunning(id) ? "running" : "stopped")
                    .append(" (").append(cluster.node(id).bootstrapServers()).append("); ");
        }
        for (int id : LocalKafkaCluster.CONTROLLER_IDS) {
            s.append("controller ").append(id).append(' ').append(cluster.isRunning(id) ? "running" : "stopped")
                    .append("; ");
        }
        return s.substring(0, s.length() - 2);
    }
}
