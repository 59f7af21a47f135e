package com.example.common.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * The book's 3.1 picture of a cluster, read through the Admin API only (it changes nothing): the controllers and the
 * quorum leader, the brokers, each partition's leader, replicas, ISR, high watermark and each replica's lag, each
 * consumer group's members, assignment, committed offsets and lag. A plain map, for the page as JSON.
 */
public final class ClusterPicture {

    /** How long one look may take before the cluster counts as gone. */
    private static final long TIMEOUT_MS = 2_000;
    /**
     * What the optional parts of a look (replica lag, high watermarks, a group's log ends) may take in all: a broker
     * that just stopped still looks alive for a moment, and asking it must not hold the picture back.
     */
    private static final long OPTIONAL_MS = 300;

    private ClusterPicture() {
    }

    /** The picture now; {@code knownBrokers} (updated) remembers brokers seen before, to draw them as down. */
    public static Map<String, Object> read(Admin admin, Set<Integer> knownBrokers) throws Exception {
        // asked at once, answered in parallel: one slow answer (a broker stopping) holds back only itself
        DescribeClusterResult cluster = admin.describeCluster();
        KafkaFuture<QuorumInfo> quorum = admin.describeMetadataQuorum().quorumInfo();
        KafkaFuture<Set<String>> names = admin.listTopics().names(); // internal topics left out
        Collection<Node> nodes = get(cluster.nodes());
        Set<Integer> alive = new TreeSet<>();
        nodes.forEach(node -> alive.add(node.id()));
        knownBrokers.addAll(alive);
        Map<String, Object> picture = new LinkedHashMap<>();
        picture.put("up", true);
        picture.put("clusterId", get(cluster.clusterId()));
        picture.put("controllers", controllers(get(quorum)));
        picture.put("brokers", brokers(knownBrokers, alive));
        Map<String, TopicDescription> topics = topics(admin, get(names));
        picture.put("topics", partitions(admin, topics, alive));
        picture.put("groups", groups(admin));
        return picture;
    }

    private static List<Map<String, Object>> controllers(QuorumInfo quorum) {
        List<Map<String, Object>> controllers = new ArrayList<>();
        for (QuorumInfo.ReplicaState voter : quorum.voters()) {
            controllers.add(Map.of("id", voter.replicaId(), "leader", voter.replicaId() == quorum.leaderId(),
                    "logEndOffset", voter.logEndOffset()));
        }
        controllers.sort((a, b) -> Integer.compare((int) a.get("id"), (int) b.get("id")));
        return controllers;
    }

    private static List<Map<String, Object>> brokers(Set<Integer> known, Set<Integer> alive) {
        List<Map<String, Object>> brokers = new ArrayList<>();
        new TreeSet<>(known).forEach(id -> brokers.add(Map.of("id", id, "up", alive.contains(id))));
        return brokers;
    }

    private static Map<String, TopicDescription> topics(Admin admin, Set<String> names) throws Exception {
        return names.isEmpty() ? Map.of() : new TreeMap<>(get(admin.describeTopics(names).allTopicNames()));
    }

    private static List<Map<String, Object>> partitions(Admin admin, Map<String, TopicDescription> topics,
                                                        Set<Integer> alive) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(OPTIONAL_MS);
        Map<TopicPartition, KafkaFuture<ListOffsetsResultInfo>> ends = new HashMap<>();
        topics.values().forEach(t -> t.partitions().forEach(p -> {
            TopicPartition tp = new TopicPartition(t.name(), p.partition());
            ends.put(tp, admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp)); // one each: a
        })); // partition without a leader fails alone
        Map<TopicPartition, Long> lags = replicaLags(admin, alive, deadline);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TopicDescription topic : topics.values()) {
            for (TopicPartitionInfo p : topic.partitions()) {
                TopicPartition tp = new TopicPartition(topic.name(), p.partition());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("topic", topic.name());
                row.put("partition", p.partition());
                row.put("leader", p.leader() == null || p.leader().isEmpty() ? -1 : p.leader().id());
                row.put("replicas", p.replicas().stream().map(Node::id).toList());
                row.put("isr", p.isr().stream().map(Node::id).toList());
                row.put("hw", highWatermark(ends.get(tp), deadline));
                Map<String, Long> replicaLag = new TreeMap<>();
                p.replicas().forEach(r -> {
                    Long lag = lags.get(new TopicPartition(tp.topic() + "#" + r.id(), tp.partition()));
                    if (lag != null) {
                        replicaLag.put(String.valueOf(r.id()), lag);
                    }
                });
                row.put("lag", replicaLag);
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Each live broker's replicas' offset lag (its log end offset behind the high watermark), by "topic#broker";
     * a broker that does not answer by {@code deadline} is left out.
     */
    private static Map<TopicPartition, Long> replicaLags(Admin admin, Set<Integer> alive, long deadline) {
        Map<TopicPartition, Long> lags = new HashMap<>();
        admin.describeLogDirs(alive).descriptions().forEach((broker, future) -> {
            Map<String, LogDirDescription> byDir = until(future, deadline);
            if (byDir != null) {
                byDir.values().forEach(dir -> dir.replicaInfos().forEach((tp, info) -> put(lags, tp, broker, info)));
            }
        });
        return lags;
    }

    /** The future's value, or null when it failed or is not there by {@code deadline}. */
    private static <T> T until(KafkaFuture<T> future, long deadline) {
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static void put(Map<TopicPartition, Long> lags, TopicPartition tp, int broker, ReplicaInfo info) {
        if (!info.isFuture()) {
            lags.put(new TopicPartition(tp.topic() + "#" + broker, tp.partition()), info.offsetLag());
        }
    }

    /** The high watermark, or -1: no leader now, or none by {@code deadline}. */
    private static long highWatermark(KafkaFuture<ListOffsetsResultInfo> end, long deadline) {
        ListOffsetsResultInfo info = until(end, deadline);
        return info == null ? -1 : info.offset();
    }

    private static List<Map<String, Object>> groups(Admin admin) throws Exception {
        List<String> ids = new ArrayList<>();
        for (GroupListing group : get(admin.listGroups().all())) {
            if (group.type().map(t -> t.name().equals("CLASSIC") || t.name().equals("CONSUMER")).orElse(true)) {
                ids.add(group.groupId());
            }
        }
        ids.sort(String::compareTo);
        Map<String, ConsumerGroupDescription> described = ids.isEmpty() ? Map.of()
                : get(admin.describeConsumerGroups(ids).all());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (String id : ids) {
            ConsumerGroupDescription group = described.get(id);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("state", group == null ? "?" : group.groupState().toString());
            row.put("members", group == null ? List.of() : members(group.members()));
            row.put("offsets", offsets(admin, id));
            groups.add(row);
        }
        return groups;
    }

    private static List<Map<String, Object>> members(Collection<MemberDescription> members) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MemberDescription m : members) {
            List<String> assigned = m.assignment().topicPartitions().stream()
                    .map(tp -> tp.topic() + "-" + tp.partition()).sorted().toList();
            rows.add(Map.of("id", m.consumerId(), "client", m.clientId(), "assignment", assigned));
        }
        rows.sort((a, b) -> String.valueOf(a.get("client")).compareTo(String.valueOf(b.get("client"))));
        return rows;
    }

    private static List<Map<String, Object>> offsets(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        List<TopicPartition> partitions = new ArrayList<>(committed.keySet());
        partitions.removeIf(tp -> committed.get(tp) == null);
        partitions.sort(Comparator.comparing(TopicPartition::toString));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(OPTIONAL_MS);
        Map<TopicPartition, KafkaFuture<ListOffsetsResultInfo>> ends = new HashMap<>();
        partitions.forEach(tp -> ends.put(tp, admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            long end = highWatermark(ends.get(tp), deadline);
            long at = committed.get(tp).offset();
            rows.add(Map.of("topic", tp.topic(), "partition", tp.partition(), "committed", at, "end", end,
                    "lag", end < 0 ? -1 : Math.max(0, end - at)));
        }
        return rows;
    }

    private static <T> T get(KafkaFuture<T> future) throws Exception {
        return future.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }
}
