package com.example;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.ClusterNodes;
import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.Messages;
import com.example.common.view.ClusterPage;
import com.example.local.LocalKafkaCluster;

/**
 * The {@code main} of a 3.1 demo that stops brokers: such a demo must not stop the reader's own broker, and it
 * needs more than one, so it starts a cluster of its own — three brokers and a quorum of three controllers
 * (local-kafka's {@link LocalKafkaCluster}, free ports on 127.0.0.1, temporary data) — runs on it, and stops it at
 * the end, also on Ctrl+C. Same exit codes and one-line errors as every example ({@link Examples}).
 */
final class OwnCluster {

    private static final Logger logger = LoggerFactory.getLogger(OwnCluster.class);

    static final int BROKERS = 3;

    /** A demo that stops and starts nodes of the cluster it is given. */
    @FunctionalInterface
    interface Demo {
        void run(KafkaSettings settings, ClusterNodes nodes) throws Exception;
    }

    private OwnCluster() {
    }

    /**
     * Such a demo takes no arguments (its cluster is its own) but {@code --view}: the picture of its cluster, live in
     * a browser, while it runs. Whether {@code --view} was given; anything else is refused with the usage.
     */
    static boolean viewRequested(String[] args, String usage) {
        for (String arg : args) {
            if (!arg.equals("--view")) {
                throw Messages.badInput("args.unexpected", arg, usage);
            }
        }
        return args.length > 0;
    }

    static void main(String[] args, String usage, Demo demo) {
        boolean view = false;
        try {
            view = viewRequested(args, usage);
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            System.exit(Examples.EXIT_BAD_INPUT);
        }
        LocalKafkaCluster.quietFailureNoise();
        long begin = System.nanoTime();
        LocalKafkaCluster cluster;
        try {
            cluster = LocalKafkaCluster.start(BROKERS);
        } catch (RuntimeException e) {
            System.err.println(Messages.text("error", Messages.text("admin.ownClusterCannotStart", BROKERS,
                    e.getMessage())));
            System.exit(Examples.EXIT_KAFKA_ERROR);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "own-cluster-stop"));
        logger.info("started a cluster of its own in {} ms (이 데모는 브로커를 멈추므로 자기 클러스터에서 실행합니다): "
                + "brokers {} at {}, controllers {}", (System.nanoTime() - begin) / 1_000_000, cluster.brokerIds(),
                cluster.bootstrapServers(), cluster.controllerIds());
        ClusterPage page = view ? watched(cluster) : null;
        int status = Examples.execute(cluster.settings(), settings -> demo.run(settings, cluster), System.err);
        System.out.flush();
        if (page != null) {
            awaitEnter("view.press-enter-to-stop");
            page.close();
        }
        System.exit(status); // the hook stops the cluster and deletes its data
    }

    /** {@code --view}: the page of the demo's cluster, and the demo starts when the reader has it open (Enter). */
    private static ClusterPage watched(LocalKafkaCluster cluster) {
        ClusterPage page = ClusterPage.start(cluster.settings(), 0, Messages.current());
        System.out.println(Messages.text("view.ready", page.address()));
        awaitEnter("view.press-enter-to-start");
        return page;
    }

    private static void awaitEnter(String prompt) {
        System.out.println(Messages.text(prompt));
        try {
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            // no terminal: go on
        }
    }
}
