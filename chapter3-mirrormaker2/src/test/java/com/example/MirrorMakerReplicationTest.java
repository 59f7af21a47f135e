package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 3.7 카프카 미러메이커2 with the book's connect-mirror-maker.properties (A -> B): a topic on A appears as
 * {@code A.<topic>} on B with the same records, partitions, keys, headers and timestamps; its configuration and new
 * partitions follow.
 */
@TwoClusters.Test
class MirrorMakerReplicationTest {

    /** Every topic of this class starts with it; MirrorMaker's topic filter is {@code <prefix>.*}. */
    private static final String PREFIX = "book-" + UUID.randomUUID().toString().substring(0, 8);

    private static TestMirrorMaker mirrorMaker;

    @BeforeAll
    static void startMirrorMaker(TwoClusters clusters) {
        mirrorMaker = TestMirrorMaker.start("connect-mirror-maker.properties", clusters,
                Map.of("A->B.topics", "test, " + PREFIX + "-.*"), "B");
    }

    @AfterAll
    static void stopMirrorMaker() {
        if (mirrorMaker != null) {
            mirrorMaker.close();
        }
    }

    @Test
    void recordsOnAAppearInARemoteTopicOnBWithSameOrderKeysAndHeaders(TwoClusters clusters) {
        String topic = PREFIX + "-records";
        clusters.a.createTopic(topic, 3, Map.of());
        List<ProducerRecord<String, String>> sent = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, "key-" + (i % 5), "value-" + i);
            record.headers().add("source", "A".getBytes(StandardCharsets.UTF_8));
            record.headers().add("seq", Integer.toString(i).getBytes(StandardCharsets.UTF_8));
            sent.add(record);
        }
        clusters.a.send(sent);

        List<ConsumerRecord<String, String>> onA = clusters.a.consume(topic, 30);
        List<ConsumerRecord<String, String>> onB = clusters.b.consume("A." + topic, 30);
        observed("mirror.replicated", onA.size(), topic, onB.size(), "A." + topic, perPartition(onB).keySet());

        assertThat(clusters.b.topics()).contains("A." + topic).doesNotContain(topic);
        assertThat(onB).hasSize(30);
        // same partition, same order within it, same key, value, headers and timestamp
        assertThat(perPartition(onB)).isEqualTo(perPartition(onA));
        assertThat(onB).allSatisfy(r -> assertThat(r.headers().lastHeader("source").value())
                .isEqualTo("A".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void topicConfigAndNewPartitionsOnAFollowToB(TwoClusters clusters) throws Exception {
        String topic = PREFIX + "-configs";
        clusters.a.createTopic(topic, 1, Map.of("retention.ms", "3600000"));
        clusters.a.sendValues(topic, List.of("one"));
        String remote = "A." + topic;
        assertThat(clusters.b.awaitTopic(remote).partitions()).hasSize(1);
        await().atMost(Cluster.TIMEOUT).until(() -> clusters.b.topicConfig(remote, "retention.ms").orElse(""),
                "3600000"::equals);

        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        clusters.a.admin().incrementalAlterConfigs(Map.of(resource, List.of(
                new AlterConfigOp(new ConfigEntry("retention.ms", "7200000"), AlterConfigOp.OpType.SET),
                new AlterConfigOp(new ConfigEntry("cleanup.policy", "compact"), AlterConfigOp.OpType.SET))))
                .all().get();
        clusters.a.admin().createPartitions(Map.of(topic, NewPartitions.increaseTo(3))).all().get();

        await().atMost(Cluster.TIMEOUT).untilAsserted(() -> {
            assertThat(clusters.b.topicConfig(remote, "retention.ms")).contains("7200000");
            assertThat(clusters.b.topicConfig(remote, "cleanup.policy")).contains("compact");
        });
        await().atMost(Cluster.TIMEOUT).ignoreExceptions().untilAsserted(() ->
                assertThat(clusters.b.awaitTopic(remote).partitions()).hasSize(3));

        // records in the new partition 2 land in partition 2 on B
        clusters.a.send(List.of(new ProducerRecord<>(topic, 2, "k", "in-partition-2")));
        List<ConsumerRecord<String, String>> onB = clusters.b.consume(remote, 2);
        assertThat(onB).filteredOn(r -> r.partition() == 2).extracting(ConsumerRecord::value)
                .containsExactly("in-partition-2");
    }

    /** partition -> [key|value|headers|timestamp] in offset order. */
    static Map<Integer, List<String>> perPartition(List<ConsumerRecord<String, String>> records) {
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::partition, LinkedHashMap::new,
                Collectors.mapping(r -> r.key() + "|" + r.value() + "|" + headers(r) + "|" + r.timestamp(), Collectors.toList())));
    }

    private static String headers(ConsumerRecord<String, String> record) {
        List<String> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8));
        }
        return String.join(",", headers);
    }
}
