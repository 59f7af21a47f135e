package com.example;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;

/**
 * 3.1 카프카 브로커·클러스터·주키퍼 — 데이터 복제, 싱크.
 */
public class ReplicationDemo {

    private static final Logger logger = LoggerFactory.getLogger(ReplicationDemo.class);

    public static final String TOPIC_NAME = "replication.test";
    static final String USAGE = "usage: ReplicationDemo [topic]  (default: " + TOPIC_NAME + ")";
    static final int PARTITIONS = 3;

    /** Leader, replicas and ISR of one partition (broker ids). */
    public record PartitionReplicas(int partition, int leader, List<Integer> replicas, List<Integer> isr) {

        public List<Integer> followers() {
            return replicas.stream().filter(id -> id != leader).toList();
        }
    }

    /**
     * What the demo saw: the cluster size, the topic's replicas and its {@code min.insync.replicas}, the refused
     * replication factor and the broker's reason, and the outcome ("written" or the error) of an {@code acks=all}
     * write to the topic and to the strict topic ({@code min.insync.replicas} = replication factor + 1).
     */
    public record ReplicationResult(String topic, int brokers, int replicationFactor,
                                    List<PartitionReplicas> partitions, String minInsyncReplicas,
                                    int refusedReplicationFactor, String refusal, String acksAll,
                                    String strictTopic, String strictMinInsyncReplicas, String acksAllOnStrict) {
    }

    public static void main(String[] args) {
        Examples.main(args, settings -> runAndPrint(settings, args));
    }

    /** What {@code main} does: parse the arguments, run, print the result. */
    static void runAndPrint(KafkaSettings settings, String... args) throws Exception {
        ReplicationResult r = run(settings, DemoArgs.get(args, 0, TOPIC_NAME, 1, USAGE));
        logger.info("{} broker(s) in the cluster; topic {} has replication factor {}, min.insync.replicas={}",
                r.brokers(), r.topic(), r.replicationFactor(), r.minInsyncReplicas());
        for (PartitionReplicas p : r.partitions()) {
            logger.info("  partition {}: leader {}, followers {}, replicas {}, isr {}", p.partition(), p.leader(),
                    p.followers(), p.replicas(), p.isr());
        }
        logger.info("replication factor {} on {} broker(s) refused: {}", r.refusedReplicationFactor(), r.brokers(),
                r.refusal());
        logger.info("acks=all to {} (isr {}, min.insync.replicas={}): {}", r.topic(), r.partitions().get(0).isr(),
                r.minInsyncReplicas(), r.acksAll());
        logger.info("acks=all to {} (min.insync.replicas={} > replication factor {}): {} "
                + "(Kafka 4.x uses min(min.insync.replicas, replication factor))", r.strictTopic(),
                r.strictMinInsyncReplicas(), r.replicationFactor(), r.acksAllOnStrict());
    }

    public static ReplicationResult run(KafkaSettings settings, String topic)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(settings.admin())) {
            int brokers = admin.describeCluster().nodes().get().size();
            short replicationFactor = (short) Math.min(3, brokers);

            // 1) leader, followers, ISR
            TopicDescription description = AdminTopics.createIfMissing(admin, topic, PARTITIONS,
                    Optional.of(replicationFactor), Map.of());
            List<PartitionReplicas> partitions = description.partitions().stream()
                    .map(ReplicationDemo::replicas).toList();
            ConfigResource topicResource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config topicConfig = admin.describeConfigs(List.of(topicResource)).all().get().get(topicResource);
            String minInsync = topicConfig.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value();

            // 2) more replicas than brokers: refused (validateOnly: nothing is created either way)
            int tooMany = Math.max(3, brokers + 1);
            String refusal;
            try {
                admin.createTopics(List.of(new NewTopic(topic + ".rf" + tooMany, 1, (short) tooMany)),
                        new CreateTopicsOptions().validateOnly(true)).all().get();
                refusal = "accepted (unexpected)";
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof InvalidReplicationFactorException)) {
                    throw e;
                }
                refusal = e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
            }

            // 3) acks=all: written once the whole ISR has it (and only if the ISR has >= min.insync.replicas)
            String acksAll = sendWithAcksAll(settings, topic);

            // 4) min.insync.replicas above the replication factor: Kafka 4.x caps it at the replication factor
            String strictTopic = topic + ".strict";
            int replicas = description.partitions().get(0).replicas().size();
            String strictMinInsync = String.valueOf(replicas + 1);
            AdminTopics.createIfMissing(admin, strictTopic, 1, Optional.of((short) replicas),
                    Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, strictMinInsync));
            String acksAllOnStrict = sendWithAcksAll(settings, strictTopic);

            return new ReplicationResult(topic, brokers, replicas, partitions, minInsync, tooMany, refusal, acksAll,
                    strictTopic, strictMinInsync, acksAllOnStrict);
        }
    }

    /**
     * Sends one record with {@code acks=all}; returns "written" or the error. {@code retries=0} so that a refusal
     * ({@code NotEnoughReplicasException}, retriable) shows at once instead of after {@code delivery.timeout.ms}
     * (2 minutes) of retries.
     */
    static String sendWithAcksAll(KafkaSettings settings, String topic) throws InterruptedException {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaSettings.with(settings.producer(),
                Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.RETRIES_CONFIG, 0)))) {
            producer.send(new ProducerRecord<>(topic, "acks=all")).get();
            return "written";
        } catch (ExecutionException e) {
            return e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
        }
    }

    private static PartitionReplicas replicas(TopicPartitionInfo p) {
        return new PartitionReplicas(p.partition(), p.leader().id(), p.replicas().stream().map(Node::id).toList(),
                p.isr().stream().map(Node::id).toList());
    }
}
