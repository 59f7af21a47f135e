package com.example;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * 3.1 카프카 브로커·클러스터·주키퍼 — 코디네이터(coordinator).
 */
public class CoordinatorDemo {

    private static final Logger logger = LoggerFactory.getLogger(CoordinatorDemo.class);

    public static final String TOPIC_NAME = "hello.kafka";
    public static final String GROUP_ID = "hello-group";
    static final String USAGE = "usage: CoordinatorDemo [topic [group]]  (default: " + TOPIC_NAME + " "
            + GROUP_ID + ")";
    static final Duration JOIN_TIMEOUT = Duration.ofSeconds(30);

    /** One member as the coordinator knows it. */
    public record Member(String memberId, String clientId, String host, List<TopicPartition> assignment) {
    }

    /**
     * What the demo saw: the group's coordinator, the live broker ids, the group's type (classic or the KIP-848
     * consumer protocol), state and members, and the {@code __consumer_offsets} partition of the group with its
     * leader.
     */
    public record CoordinatorResult(String groupId, Node coordinator, List<Integer> liveBrokerIds, GroupType type,
                                    GroupState state, List<Member> members, int offsetsPartition,
                                    int offsetsPartitionLeader) {
    }

    public static void main(String[] args) {
        Examples.main(args, settings -> runAndPrint(settings, args));
    }

    /** What {@code main} does: parse the arguments, run, print the result. */
    static void runAndPrint(KafkaSettings settings, String... args) throws Exception {
        CoordinatorResult r = run(settings, DemoArgs.get(args, 0, TOPIC_NAME, 2, USAGE),
                DemoArgs.get(args, 1, GROUP_ID, 2, USAGE));
        logger.info("group {} ({} protocol): coordinator {}; live brokers {}", r.groupId(), r.type(),
                r.coordinator(), r.liveBrokerIds());
        logger.info("state {}, {} member(s)", r.state(), r.members().size());
        for (Member m : r.members()) {
            logger.info("  member {} (client {}, {}): {}", m.memberId(), m.clientId(), m.host(), m.assignment());
        }
        logger.info("the group lives in {} partition {}, whose leader is broker {} = the coordinator",
                ConsumerOffsetDemo.OFFSETS_TOPIC, r.offsetsPartition(), r.offsetsPartitionLeader());
    }

    public static CoordinatorResult run(KafkaSettings settings, String topic, String groupId)
            throws InterruptedException, ExecutionException {
        if (groupId == null || groupId.isBlank()) {
            throw Messages.badInput("group.empty-id", GROUP_ID);
        }
        try (Admin admin = Admin.create(settings.admin());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaSettings.with(
                     settings.consumer(groupId), Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")))) {
            AdminTopics.createIfMissing(admin, topic, 1, Optional.empty(), Map.of());

            // join the group: the coordinator assigns the partitions during poll()
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + JOIN_TIMEOUT.toNanos();
            while (consumer.assignment().isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw Messages.failure("group.not-joined", groupId, JOIN_TIMEOUT.toSeconds());
                }
                consumer.poll(Duration.ofMillis(200));
            }

            // while it is a member: who coordinates the group?
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId)).all().get().get(groupId);
            List<Integer> live = admin.describeCluster().nodes().get().stream().map(Node::id).sorted().toList();
            TopicDescription offsetsTopic = AdminTopics.describe(admin, ConsumerOffsetDemo.OFFSETS_TOPIC,
                    settings.bootstrapServers());
            int partition = Utils.abs(groupId.hashCode()) % offsetsTopic.partitions().size();
            int leader = offsetsTopic.partitions().stream().filter(p -> p.partition() == partition).findFirst()
                    .orElseThrow().leader().id();
            List<Member> members = group.members().stream().map(CoordinatorDemo::member).toList();
            return new CoordinatorResult(groupId, group.coordinator(), live, group.type(), group.groupState(), members,
                    partition, leader);
        }
    }

    private static Member member(MemberDescription m) {
        return new Member(m.consumerId(), m.clientId(), m.host(),
                m.assignment().topicPartitions().stream()
                        .sorted(Comparator.comparing(TopicPartition::toString)).toList());
    }
}
