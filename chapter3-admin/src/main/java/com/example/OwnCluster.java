package com.example;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.ClusterNodes;
import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.Messages;
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

    /** Such a demo takes no arguments (its cluster is its own); anything given is refused with the usage. */
    static void requireNoArguments(String[] args, String usage) {
        if (args.length > 0) {
            throw Messages.badInput("args.unexpected", args[0], usage);
        }
    }

    static void main(String[] args, String usage, Demo demo) {
        try {
            requireNoArguments(args, usage);
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
        int status = Examples.execute(cluster.settings(), settings -> demo.run(settings, cluster), System.err);
        System.out.flush();
        System.exit(status); // the hook stops the cluster and deletes its data
    }
}
