package com.example;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.common.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.BootstrapAddresses;
import com.example.common.BrokerCheck;
import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * 3.1 카프카 브로커·클러스터·주키퍼 — 컨트롤러(controller).
 */
public class ControllerDemo {

    private static final Logger logger = LoggerFactory.getLogger(ControllerDemo.class);

    static final String USAGE = "usage: ControllerDemo [--bootstrap-controller host:port]";

    /**
     * What the demo saw: the cluster id and broker ids, the "controller" a broker reports, the KRaft quorum
     * (leader = active controller, voters, observers, high watermark of {@code __cluster_metadata}), and — when a
     * controller address was given — the controller as the controllers themselves report it.
     */
    public record ControllerResult(String clusterId, List<Integer> brokerIds, int controllerSeenByBroker,
                                   int quorumLeaderId, long quorumLeaderEpoch, List<Integer> voterIds,
                                   List<Integer> observerIds, long metadataHighWatermark,
                                   Optional<Integer> activeControllerSeenByController) {
    }

    public static void main(String[] args) {
        Examples.main(args, settings -> runAndPrint(settings, args));
    }

    /** What {@code main} does: parse the arguments, run, print the result. */
    static void runAndPrint(KafkaSettings settings, String... args) throws Exception {
        Optional<String> bootstrapController = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--bootstrap-controller") && i + 1 < args.length) {
                bootstrapController = Optional.of(args[++i]);
            } else {
                throw Messages.badInput("args.unexpected", args[i], USAGE);
            }
        }
        ControllerResult r = run(settings, bootstrapController);
        logger.info("cluster {}: brokers {}", r.clusterId(), r.brokerIds());
        logger.info("describeCluster().controller() through a broker: {} (in KRaft: any live broker)",
                r.controllerSeenByBroker());
        logger.info("KRaft quorum (describeMetadataQuorum): leader = active controller {} (epoch {}), voters {}, "
                + "observers {}, __cluster_metadata high watermark {}", r.quorumLeaderId(), r.quorumLeaderEpoch(),
                r.voterIds(), r.observerIds(), r.metadataHighWatermark());
        r.activeControllerSeenByController().ifPresent(id ->
                logger.info("describeCluster().controller() through the controllers: {}", id));
    }

    public static ControllerResult run(KafkaSettings settings, Optional<String> bootstrapController)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(settings.admin())) {
            DescribeClusterResult cluster = admin.describeCluster();
            List<Integer> brokerIds = cluster.nodes().get().stream().map(Node::id).sorted().toList();
            int controllerSeenByBroker = cluster.controller().get().id();

            QuorumInfo quorum = admin.describeMetadataQuorum().quorumInfo().get();
            List<Integer> voters = quorum.voters().stream().map(QuorumInfo.ReplicaState::replicaId).sorted().toList();
            List<Integer> observers = quorum.observers().stream().map(QuorumInfo.ReplicaState::replicaId)
                    .sorted().toList();

            Optional<Integer> viaController = Optional.empty();
            if (bootstrapController.isPresent()) {
                viaController = Optional.of(activeControllerFromControllers(bootstrapController.get()));
            }
            return new ControllerResult(cluster.clusterId().get(), brokerIds, controllerSeenByBroker,
                    quorum.leaderId(), quorum.leaderEpoch(), voters, observers, quorum.highWatermark(), viaController);
        }
    }

    /** describeCluster through the controllers (KIP-919): there, controller() is the active controller. */
    static int activeControllerFromControllers(String bootstrapControllers)
            throws InterruptedException, ExecutionException {
        // the project's one check first: one line within seconds, not the admin client's retries and WARNs
        String controllers = BootstrapAddresses.requireValid(bootstrapControllers, "--bootstrap-controller");
        BrokerCheck.requireReachable(controllers, BrokerCheck.defaultTimeout(), true,
                "--bootstrap-controller host:port");
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG, controllers); // the KRaft controllers, not brokers
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);     // the whole call, retries included
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);          // one request
        try (Admin admin = Admin.create(props)) {
            return admin.describeCluster().controller().get().id();
        } catch (ExecutionException e) {
            throw Messages.badInput(e.getCause(), "controller.no-answer", controllers, e.getCause().getMessage());
        }
    }
}
