package com.example;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.ReplicationDemo.PartitionReplicas;
import com.example.common.ClusterNodes;
import com.example.common.KafkaSettings;
import com.example.common.Poll;

/**
 * 3.1 카프카 브로커·클러스터·주키퍼 — 컨트롤러(controller): 컨트롤러 장애.
 */
public class ControllerFailoverDemo {

    private static final Logger logger = LoggerFactory.getLogger(ControllerFailoverDemo.class);

    public static final String TOPIC_NAME = "controller.test";
    static final String USAGE = "usage: ControllerFailoverDemo [--view]  (it starts its own three-broker cluster; "
            + "--view: its picture, live, in a browser)";

    /**
     * The voters, the active controller before and after it stopped and how long the election took, and the
     * topic whose leader the new controller moved (leader before and after its broker stopped).
     */
    public record Takeover(List<Integer> voters, int activeBefore, int activeAfter, long electionMillis, String topic,
                           PartitionReplicas topicBefore, PartitionReplicas topicAfter) {
    }

    public static void main(String[] args) {
        OwnCluster.main(args, USAGE, (settings, nodes) -> {
            Takeover t = run(settings, nodes, TOPIC_NAME);
            logger.info("KRaft quorum: voters {}, active controller {}", t.voters(), t.activeBefore());
            logger.info("controller {} stopped → controller {} active after {} ms", t.activeBefore(), t.activeAfter(),
                    t.electionMillis());
            logger.info("{} created through the new controller: leader {}, ISR {}; broker {} stopped → new leader {}, "
                    + "ISR {}", t.topic(), t.topicBefore().leader(), t.topicBefore().isr(), t.topicBefore().leader(),
                    t.topicAfter().leader(), t.topicAfter().isr());
        });
    }

    public static Takeover run(KafkaSettings settings, ClusterNodes nodes, String topic) throws Exception {
        try (Admin admin = Admin.create(settings.admin())) {
            QuorumInfo quorum = admin.describeMetadataQuorum().quorumInfo().get();
            List<Integer> voters = quorum.voters().stream().map(QuorumInfo.ReplicaState::replicaId).sorted().toList();
            int active = quorum.leaderId();
            long stoppedAt = System.nanoTime();
            nodes.stopNode(active);
            int leaderBroker = -1;
            try {
                int next = Poll.until("another voter to lead the quorum", BrokerFailureDemo.FAILOVER_TIMEOUT,
                        () -> quorumLeader(admin), id -> id != active && voters.contains(id));
                long electionMillis = (System.nanoTime() - stoppedAt) / 1_000_000;

                AdminTopics.createIfMissing(admin, topic, 1, Optional.of((short) 3), Map.of());
                PartitionReplicas before = BrokerFailureDemo.awaitIsrSize(admin, topic, 3);
                leaderBroker = before.leader();
                int stoppedBroker = leaderBroker;
                nodes.stopNode(stoppedBroker);
                PartitionReplicas after = Poll.until("a new leader of " + topic, BrokerFailureDemo.FAILOVER_TIMEOUT,
                        () -> BrokerFailureDemo.partition(admin, topic),
                        p -> p.leader() >= 0 && p.leader() != stoppedBroker);
                return new Takeover(voters, active, next, electionMillis, topic, before, after);
            } finally {
                for (int id : List.of(active, leaderBroker)) {
                    if (id >= 0 && !nodes.isRunning(id)) {
                        nodes.startNode(id);
                    }
                }
            }
        }
    }

    /** The quorum's leader, or {@code -1} while there is none (or no controller answers yet). */
    private static int quorumLeader(Admin admin) throws InterruptedException {
        try {
            return admin.describeMetadataQuorum().quorumInfo().get().leaderId();
        } catch (ExecutionException e) {
            return -1;
        }
    }
}
