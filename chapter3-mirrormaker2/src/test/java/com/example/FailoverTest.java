package com.example;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.common.Examples;

/**
 * 3.7.1 지리적 복제 — active-standby failover (config/active-standby.properties): a consumer group that read k
 * records of a topic on A continues on B from the checkpoint-translated offset: no record skipped, and re-reads at
 * most the records after the last offset sync.
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
        List<ProducerRecord<String, String>> first = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            first.add(new ProducerRecord<>(topic, i % 2, null, "order-" + i));
        }
        clusters.a.send(first.toArray(ProducerRecord[]::new));
        clusters.b.awaitRecords(remote, 20);

        // the group reads 12 of the 20 records on A and commits
        Map<TopicPartition, Long> committedOnA = consumeAndCommit(clusters.a, topic, group, 12);
        assertThat(committedOnA.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(12);

        // MirrorMaker checkpoints the group on B (A.checkpoints.internal), translated to A.<topic>
        Map<TopicPartition, OffsetAndMetadata> checkpoint = await().atMost(Cluster.TIMEOUT).ignoreExceptions()
                .until(() -> OffsetTranslation.translate(clusters.b.settings(), "A", group), c -> c.size() == 2);
        System.out.println("committed on A " + committedOnA + ", checkpoint on B " + checkpoint);
        checkpoint.forEach((partition, offset) -> {
            long onA = committedOnA.get(new TopicPartition(topic, partition.partition()));
            assertThat(partition.topic()).isEqualTo(remote);
            assertThat(offset.offset()).as("translated offset of %s", partition).isBetween(0L, onA);
        });
        // sync.group.offsets.enabled = true: MirrorMaker itself commits the translated offsets on B
        await().atMost(Cluster.TIMEOUT).until(() -> committed(clusters.b, group).size() == 2);

        // more records arrive on A after the group's last commit, then A "fails"
        clusters.a.sendValues(topic, List.of("late-1", "late-2", "late-3"));
        clusters.b.awaitRecords(remote, 23);

        // failover: the reader's command commits the latest translated offsets for the group on B...
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Examples.execute(clusters.b.settings(), settings -> OffsetTranslation.failover(settings, "A", group),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Map<TopicPartition, Long> resumeAt = committed(clusters.b, group);

        // ...and the group, now on B, reads from there with auto.offset.reset=none (only the committed offsets count)
        Map<Integer, List<String>> readOnB = consumeToEnd(clusters.b, remote, group);
        Map<Integer, List<String>> allOnA = clusters.a.awaitRecords(topic, 23).stream().collect(Collectors.groupingBy(
                ConsumerRecord::partition, Collectors.mapping(ConsumerRecord::value, Collectors.toList())));
        for (int p = 0; p < 2; p++) {
            long k = committedOnA.get(new TopicPartition(topic, p));
            long t = resumeAt.get(new TopicPartition(remote, p));
            List<String> onA = allOnA.get(p);
            // nothing skipped: everything the group had not read on A is read on B, in order
            assertThat(readOnB.get(p)).as("partition %d", p).endsWith(onA.subList((int) k, onA.size()).toArray(String[]::new));
            // duplicates: exactly the records between the translated offset and the offset committed on A
            assertThat(readOnB.get(p)).as("partition %d", p).isEqualTo(onA.subList((int) t, onA.size()));
            System.out.printf("partition %d: committed %d on A, resumed at %d on B (%d re-read)%n", p, k, t, k - t);
        }
    }

    /** Reads {@code count} records with {@code group} on {@code cluster}, commits exactly those, and leaves. */
    private static Map<TopicPartition, Long> consumeAndCommit(Cluster cluster, String topic, String group, int count) {
        Properties props = cluster.settings().consumer(group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> read = new ArrayList<>();
            await().atMost(Cluster.TIMEOUT).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(read::add);
                return read.size() >= count;
            });
            read.subList(0, count).forEach(r ->
                    commit.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1)));
            consumer.commitSync(commit);
        }
        return commit.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
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
                return !consumer.assignment().isEmpty()
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
