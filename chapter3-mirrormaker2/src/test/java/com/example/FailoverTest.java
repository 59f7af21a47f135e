package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.connect.mirror.Checkpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.common.Examples;

/**
 * 3.7.1 지리적 복제 — active-standby failover (config/active-standby.properties): a consumer group that read k
 * records of a topic on A continues on B from the checkpoint's translated offset t: no record skipped, and the
 * records re-read are exactly those between t and k (t is at most one past the last offset sync before k).
 */
@TwoClusters.Test
class FailoverTest {

    private static final String PREFIX = "as-" + UUID.randomUUID().toString().substring(0, 8);

    private static TestMirrorMaker mirrorMaker;

    @BeforeAll
    static void startMirrorMaker(TwoClusters clusters) {
        mirrorMaker = TestMirrorMaker.start("active-standby.properties", clusters,
                Map.of("A->B.topics", PREFIX + "-.*", "A->B.groups", PREFIX + "-.*"), "B");
    }

    @AfterAll
    static void stopMirrorMaker() {
        if (mirrorMaker != null) {
            mirrorMaker.close();
        }
    }

    @Test
    void groupResumesOnBAtTheTranslatedOffsetWithoutSkippingRecords(TwoClusters clusters) throws Exception {
        String topic = PREFIX + "-orders";
        String remote = "A." + topic;
        String group = PREFIX + "-group";
        clusters.a.createTopic(topic, 2, Map.of());

        // The group is already known to MirrorMaker while the records it will read are replicated — as in
        // production, where MirrorMaker runs all along. (A checkpoint task started later loads only the latest
        // offset sync per partition and cannot translate offsets of a group that lags behind it.)
        clusters.a.send(List.of(new ProducerRecord<>(topic, 0, null, "first-0"),
                new ProducerRecord<>(topic, 1, null, "first-1")));
        clusters.b.consume(remote, 2);
        commit(clusters.a, topic, group, Map.of(0, 0L, 1, 0L));
        awaitCheckpoints(clusters.b, group, Map.of(0, 0L, 1, 0L));

        // 20 more records; the group reads 12 of the 22 on A (7 of partition 0, 5 of partition 1) and commits
        List<ProducerRecord<String, String>> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            orders.add(new ProducerRecord<>(topic, i % 2, null, "order-" + i));
        }
        clusters.a.send(orders);
        clusters.b.consume(remote, 22);
        Map<Integer, Long> committedOnA = consumeAndCommit(clusters.a, topic, group, Map.of(0, 7, 1, 5));

        // MirrorMaker checkpoints exactly that commit on B (A.checkpoints.internal): upstream k -> downstream t <= k
        Map<Integer, Checkpoint> checkpoints = awaitCheckpoints(clusters.b, group, committedOnA);
        checkpoints.forEach((partition, checkpoint) -> {
            assertThat(checkpoint.topicPartition()).isEqualTo(new TopicPartition(remote, partition));
            assertThat(checkpoint.downstreamOffset()).as("partition %d", partition)
                    .isBetween(1L, checkpoint.upstreamOffset());
        });
        // sync.group.offsets.enabled = true: MirrorMaker itself commits the translated offsets on B (the latest
        // checkpoints: a later offset sync may still improve a translation)
        await().atMost(Cluster.TIMEOUT).until(() -> committed(clusters.b, group)
                .equals(downstreamOffsets(latestCheckpoints(clusters.b, group))));

        // more records arrive on A after the group's last commit, then A "fails"
        clusters.a.sendValues(topic, List.of("late-1", "late-2", "late-3"));
        clusters.b.consume(remote, 25);

        // failover: the reader's command reads the checkpoints and commits them for the group on B...
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Examples.execute(clusters.b.settings(), settings -> OffsetTranslation.failover(settings, "A", group),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Map<TopicPartition, Long> resumeAt = committed(clusters.b, group);
        observed("mirror.translated", group, committedOnA, resumeAt);
        assertThat(resumeAt).isEqualTo(downstreamOffsets(latestCheckpoints(clusters.b, group)));

        // ...and the group, now on B, reads from there with auto.offset.reset=none (only the committed offsets count)
        Map<Integer, List<String>> readOnB = consumeToEnd(clusters.b, remote, group);
        Map<Integer, List<String>> allOnA = clusters.a.consume(topic, 25).stream().collect(Collectors.groupingBy(
                ConsumerRecord::partition, Collectors.mapping(ConsumerRecord::value, Collectors.toList())));
        for (int p = 0; p < 2; p++) {
            int k = committedOnA.get(p).intValue();
            int t = resumeAt.get(new TopicPartition(remote, p)).intValue();
            List<String> onA = allOnA.get(p);
            List<String> onB = readOnB.getOrDefault(p, List.of());
            assertThat(t).isBetween(1, k);
            // nothing skipped: everything the group had not read on A is read on B, in order...
            assertThat(onB).as("partition %d", p).endsWith(onA.subList(k, onA.size()).toArray(String[]::new));
            // ...after exactly the k - t records it re-reads
            assertThat(onB).as("partition %d", p).isEqualTo(onA.subList(t, onA.size()));
            observed("mirror.failover", p, k, t, k - t);
        }
    }

    /** Commits {@code offsets} (partition -> offset) for {@code group} as a member of the group. */
    private static void commit(Cluster cluster, String topic, String group, Map<Integer, Long> offsets) {
        Properties props = cluster.settings().consumer(group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Cluster.TIMEOUT).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(100));
                return consumer.assignment().size() == offsets.size();
            });
            consumer.commitSync(offsets.entrySet().stream().collect(Collectors.toMap(
                    e -> new TopicPartition(topic, e.getKey()), e -> new OffsetAndMetadata(e.getValue()))));
        }
    }

    /**
     * Reads records with {@code group} on {@code cluster} until it has read {@code quota} (partition -> count)
     * records from the start of each partition, commits exactly those, and leaves. Returns partition -> offset.
     */
    private static Map<Integer, Long> consumeAndCommit(Cluster cluster, String topic, String group,
            Map<Integer, Integer> quota) {
        Properties props = cluster.settings().consumer(group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<Integer, Integer> read = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Cluster.TIMEOUT).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> read.merge(r.partition(), 1, Integer::sum));
                return quota.entrySet().stream().allMatch(e -> read.getOrDefault(e.getKey(), 0) >= e.getValue());
            });
            // the first quota records of each partition: offsets 0 .. quota-1, so the next offset to read is quota
            consumer.commitSync(quota.entrySet().stream().collect(Collectors.toMap(
                    e -> new TopicPartition(topic, e.getKey()), e -> new OffsetAndMetadata(e.getValue()))));
        }
        return quota.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue()));
    }

    /**
     * Awaits, in {@code A.checkpoints.internal} on {@code target}, checkpoints of {@code group} for the upstream
     * offsets {@code upstream} (partition -> offset); returns them by partition.
     */
    private static Map<Integer, Checkpoint> awaitCheckpoints(Cluster target, String group, Map<Integer, Long> upstream) {
        target.awaitTopic("A.checkpoints.internal");
        return await().atMost(Cluster.TIMEOUT).until(() -> latestCheckpoints(target, group),
                latest -> upstream.entrySet().stream().allMatch(e -> latest.containsKey(e.getKey())
                        && latest.get(e.getKey()).upstreamOffset() == e.getValue()));
    }

    /** The latest checkpoint of {@code group} per partition in {@code A.checkpoints.internal} on {@code target}. */
    private static Map<Integer, Checkpoint> latestCheckpoints(Cluster target, String group) {
        Properties props = target.settings().common();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        Map<Integer, Checkpoint> latest = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            TopicPartition checkpoints = new TopicPartition("A.checkpoints.internal", 0);
            consumer.assign(List.of(checkpoints));
            consumer.seekToBeginning(List.of(checkpoints));
            long end = consumer.endOffsets(List.of(checkpoints)).get(checkpoints);
            while (consumer.position(checkpoints) < end) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Checkpoint checkpoint = Checkpoint.deserializeRecord(record);
                    if (checkpoint.consumerGroupId().equals(group)) {
                        latest.put(checkpoint.topicPartition().partition(), checkpoint);
                    }
                }
            }
        }
        return latest;
    }

    private static Map<TopicPartition, Long> downstreamOffsets(Map<Integer, Checkpoint> checkpoints) {
        return checkpoints.values().stream()
                .collect(Collectors.toMap(Checkpoint::topicPartition, Checkpoint::downstreamOffset));
    }

    private static Map<Integer, List<String>> consumeToEnd(Cluster cluster, String topic, String group) {
        Properties props = cluster.settings().consumer(group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<Integer, List<String>> read = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long end = cluster.endOffsetSum(topic);
            await().atMost(Cluster.TIMEOUT).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(100))
                        .forEach(r -> read.computeIfAbsent(r.partition(), p -> new ArrayList<>()).add(r.value()));
                return consumer.assignment().size() == 2
                        && consumer.assignment().stream().mapToLong(consumer::position).sum() >= end;
            });
        }
        return read;
    }

    private static Map<TopicPartition, Long> committed(Cluster cluster, String group) throws Exception {
        return cluster.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet()
                .stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
