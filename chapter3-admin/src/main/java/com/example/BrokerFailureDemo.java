package com.example;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.ReplicationDemo.PartitionReplicas;
import com.example.common.ClusterNodes;
import com.example.common.ClusterView;
import com.example.common.KafkaSettings;
import com.example.common.Poll;

/**
 * 3.1 카프카 브로커·클러스터·주키퍼 — 데이터 복제, 싱크: 브로커 장애와 ISR.
 */
public class BrokerFailureDemo {

    private static final Logger logger = LoggerFactory.getLogger(BrokerFailureDemo.class);

    public static final String TOPIC_NAME = "failover.test";
    static final String USAGE = "usage: BrokerFailureDemo [--view]  (it starts its own three-broker cluster; --view: "
            + "its picture, live, in a browser)";
    /** Records written with {@code acks=all} before the leader's broker stops, and to the new leader after. */
    public static final int BEFORE_FAILOVER = 10;
    public static final int AFTER_FAILOVER = 5;
    /** What "within seconds" means for a new leader or an ISR change; the wait ends as soon as it happens. */
    static final Duration FAILOVER_TIMEOUT = Duration.ofSeconds(30);

    /**
     * The leader's broker stopped and started again: the partition before, right after the new leader was
     * elected and after the old leader rejoined, how long each took, what was acknowledged and what was read.
     */
    public record Failover(String topic, PartitionReplicas before, int stoppedBroker, PartitionReplicas afterStop,
                           long newLeaderMillis, List<String> acknowledged, List<String> readBack,
                           PartitionReplicas afterRestart, long rejoinMillis) {
    }

    /** {@code acks=all} with one, then two followers down ("written" or the error), and the log once they are back. */
    public record MinInsync(String topic, int leader, List<Integer> stoppedFollowers, String oneFollowerDown,
                            String twoFollowersDown, PartitionReplicas restored, List<String> recordsInLog) {
    }

    public static void main(String[] args) {
        OwnCluster.main(args, USAGE, (settings, nodes) -> {
            Failover f = leaderFailover(settings, nodes, TOPIC_NAME);
            logger.info("{}: leader {}, followers {}, ISR {}", f.topic(), f.before().leader(), f.before().followers(),
                    f.before().isr());
            logger.info("records written with acks=all, then broker {} (the leader) stopped", f.stoppedBroker());
            logger.info("new leader {} from the ISR after {} ms; ISR now {}", f.afterStop().leader(),
                    f.newLeaderMillis(), f.afterStop().isr());
            logger.info("acknowledged {}, read back from the new leader {}", f.acknowledged(), f.readBack());
            logger.info("broker {} started again: back in the ISR {} after {} ms", f.stoppedBroker(),
                    f.afterRestart().isr(), f.rejoinMillis());
            MinInsync m = minInsyncReplicas(settings, nodes, TOPIC_NAME + ".min-insync");
            logger.info("{} (min.insync.replicas=2), leader {}: follower {} down → acks=all {}", m.topic(), m.leader(),
                    m.stoppedFollowers().get(0), m.oneFollowerDown());
            logger.info("followers {} down → acks=all {}", m.stoppedFollowers(), m.twoFollowersDown());
            logger.info("both back: ISR {}, the log holds {}", m.restored().isr(), m.recordsInLog());
        });
    }

    public static Failover leaderFailover(KafkaSettings settings, ClusterNodes nodes, String topic) throws Exception {
        try (Admin admin = Admin.create(settings.admin())) {
            PartitionReplicas before = createReplicated(admin, topic);
            List<String> acknowledged = sendAcksAll(settings, topic, "record-", BEFORE_FAILOVER);

            int stopped = before.leader();
            long stoppedAt = System.nanoTime();
            nodes.stopNode(stopped);
            try {
                PartitionReplicas afterStop = Poll.until("a new leader of " + topic, FAILOVER_TIMEOUT,
                        () -> partition(admin, topic), p -> p.leader() >= 0 && p.leader() != stopped);
                long newLeaderMillis = millisSince(stoppedAt);
                acknowledged.addAll(sendAcksAll(settings, topic, "after-failover-", AFTER_FAILOVER));
                List<String> readBack;
                try (ClusterView view = new ClusterView(settings)) {
                    readBack = view.consumeValues(topic, acknowledged.size());
                }

                long startedAt = System.nanoTime();
                nodes.startNode(stopped);
                PartitionReplicas afterRestart = Poll.until("broker " + stopped + " back in the ISR of " + topic,
                        FAILOVER_TIMEOUT, () -> partition(admin, topic), p -> p.isr().contains(stopped));
                return new Failover(topic, before, stopped, afterStop, newLeaderMillis, acknowledged, readBack,
                        afterRestart, millisSince(startedAt));
            } finally {
                restart(nodes, List.of(stopped));
            }
        }
    }

    public static MinInsync minInsyncReplicas(KafkaSettings settings, ClusterNodes nodes, String topic)
            throws Exception {
        try (Admin admin = Admin.create(settings.admin())) {
            PartitionReplicas replicas = createReplicated(admin, topic);
            List<Integer> followers = replicas.followers();
            try {
                nodes.stopNode(followers.get(0));
                awaitIsrSize(admin, topic, 2);
                String oneDown = ReplicationDemo.sendWithAcksAll(settings, topic);

                nodes.stopNode(followers.get(1));
                awaitIsrSize(admin, topic, 1);
                String twoDown = ReplicationDemo.sendWithAcksAll(settings, topic);

                restart(nodes, followers);
                PartitionReplicas restored = awaitIsrSize(admin, topic, 3);
                List<String> inLog;
                try (ClusterView view = new ClusterView(settings)) {
                    inLog = view.read(topic, 1, FAILOVER_TIMEOUT).stream().map(r -> r.value()).toList();
                }
                return new MinInsync(topic, replicas.leader(), followers, oneDown, twoDown, restored, inLog);
            } finally {
                restart(nodes, followers);
            }
        }
    }

    /** One partition, a replica on each of three brokers, {@code min.insync.replicas=2}; its replicas once led. */
    private static PartitionReplicas createReplicated(Admin admin, String topic) throws Exception {
        AdminTopics.createIfMissing(admin, topic, 1, Optional.of((short) 3),
                Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2"));
        return awaitIsrSize(admin, topic, 3);
    }

    static PartitionReplicas awaitIsrSize(Admin admin, String topic, int size) throws Exception {
        return Poll.until("an ISR of " + size + " for " + topic, FAILOVER_TIMEOUT, () -> partition(admin, topic),
                p -> p.leader() >= 0 && p.isr().size() == size);
    }

    /** Partition 0 of {@code topic}: leader ({@code -1} while it has none), replicas, ISR. */
    static PartitionReplicas partition(Admin admin, String topic) throws InterruptedException, ExecutionException {
        TopicPartitionInfo p = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().get(0);
        int leader = p.leader() == null || p.leader().isEmpty() ? -1 : p.leader().id();
        return new PartitionReplicas(p.partition(), leader, p.replicas().stream().map(Node::id).toList(),
                p.isr().stream().map(Node::id).toList());
    }

    /** {@code count} records with {@code acks=all}, each acknowledged before the next; the values sent. */
    private static List<String> sendAcksAll(KafkaSettings settings, String topic, String prefix, int count)
            throws InterruptedException, ExecutionException {
        List<String> values = new ArrayList<>(IntStream.range(0, count).mapToObj(i -> prefix + i).toList());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaSettings.with(settings.producer(),
                Map.of(ProducerConfig.ACKS_CONFIG, "all")))) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value)).get();
            }
        }
        return values;
    }

    private static void restart(ClusterNodes nodes, List<Integer> ids) {
        ids.stream().filter(id -> !nodes.isRunning(id)).forEach(nodes::startNode);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
