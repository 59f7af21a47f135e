package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.example.common.GroupLagTables;
import com.example.common.InProcessTool;
import com.example.testing.KafkaTest;
import com.example.testing.Observations;
import com.example.testing.TestKafka;

/**
 * 2.2 카프카 커맨드 라인 툴: runs every section's walkthrough ({@link Walkthrough}: the book's commands, Kafka's own
 * tool classes with exactly those arguments — what {@code walkthrough/2.2.x-*.sh}, its {@code .cmd} twin and the
 * tour run) against the test broker, and checks what the book says should happen — in the tools' output and in
 * the broker's state, read through Admin and a consumer. (WalkthroughScriptsTest runs the scripts themselves.)
 *
 * <p>2.2.1 → 2.2.4 build on each other like the book's sections (hello.kafka, hello-group), so they run in
 * order with one name suffix; 2.2.5 and 2.2.6 stand alone: {@link Chapter2StandaloneSectionsTest}.
 */
@KafkaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Chapter2WalkthroughTest {

    /** Per broker: the name suffix of its run of 2.2.1 → 2.2.4, and the sections already run on it. */
    private static final Map<String, Map.Entry<String, Set<String>>> RUNS = new ConcurrentHashMap<>();
    private static final List<String> SECTIONS = List.of("2.2.1", "2.2.2", "2.2.3", "2.2.4");

    private String suffix;
    private TestKafka kafka;
    @TempDir
    Path workDir;

    @BeforeAll
    void broker(TestKafka kafka) {
        this.kafka = kafka;
        this.suffix = run().getKey();
    }

    @Test
    @Order(1)
    void topics_2_2_1_createListDescribeAlter() throws Exception {
        InProcessTool.Result run = walkthrough("2.2.1", suffix);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        String topic = "hello.kafka" + suffix;
        String topic2 = "hello.kafka2" + suffix;
        // 토픽 생성 / 리스트 조회 / 상세 조회: hello.kafka2 has 3 partitions and 2 days of retention
        assertThat(run.output()).contains(topic + "\n", topic2 + "\n")
                .containsPattern("Topic: " + Pattern.quote(topic2) + "\\s+TopicId: \\S+\\s+PartitionCount: 3")
                .contains("retention.ms=172800000");
        assertThat(partitions(topic2)).isEqualTo(3);
        assertThat(kafka.topicConfig(topic2, "retention.ms")).contains("172800000");
        // 토픽 옵션 수정: hello.kafka grew from 1 to 4 partitions, retention.ms=86400000 (1 day)
        assertThat(run.output()).containsPattern("Topic: " + Pattern.quote(topic) + "\\s+TopicId: \\S+\\s+PartitionCount: 4")
                .contains("Completed updating config for topic " + topic)
                .contains("retention.ms=86400000 sensitive=false");
        assertThat(partitions(topic)).isEqualTo(4);
        assertThat(kafka.topicConfig(topic, "retention.ms")).contains("86400000");
    }

    @Test
    @Order(2)
    void consoleProducer_2_2_2_withAndWithoutKeys() {
        InProcessTool.Result run = walkthrough("2.2.2", suffix);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<ConsumerRecord<String, String>> records = kafka.consume("hello.kafka" + suffix, 11);
        assertThat(records).hasSize(11);
        // keyless lines: value only, null key, in the order typed (they share a partition: sticky partitioner)
        assertThat(records.stream().filter(r -> r.key() == null).map(ConsumerRecord::value))
                .containsExactly("hello", "kafka", "0", "1", "2", "3", "4", "5");
        // parse.key=true, key.separator=":" — "key1:no1" became key key1, value no1
        assertThat(records.stream().filter(r -> r.key() != null)
                .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("key1", "no1", "key2", "no2", "key3", "no3"));
    }

    @Test
    @Order(3)
    void consoleConsumer_2_2_3_fromBeginningKeysGroupMaxMessagesPartition() {
        InProcessTool.Result run = walkthrough("2.2.3", suffix);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        String topic = "hello.kafka" + suffix;
        // print.key=true, key.separator="-": keyed records with their keys, keyless ones as null-<value>
        assertThat(run.output().lines()).contains("key1-no1", "key2-no2", "key3-no3", "null-hello", "null-5");
        // --from-beginning and the group consumer read all 11; --max-messages 1 stops after one
        assertThat(run.output()).contains("Processed a total of 11 messages", "Processed a total of 1 messages");
        // --partition 0: exactly the records of partition 0 (key1 always hashes there)
        List<String> partition0 = kafka.consume(topic, 11).stream().filter(r -> r.partition() == 0)
                .map(ConsumerRecord::value).toList();
        assertThat(partition0).contains("no1");
        assertThat(run.output()).contains("Processed a total of " + partition0.size() + " messages");
        // the group committed everything it read: lag 0
        assertThat(kafka.committed("hello-group" + suffix)).isEqualTo(kafka.endOffsets(topic));
    }

    @Test
    @Order(4)
    void consumerGroups_2_2_4_listDescribeLagReset() {
        InProcessTool.Result run = walkthrough("2.2.4", suffix);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        String group = "hello-group" + suffix;
        String topic = "hello.kafka" + suffix;
        List<String> out = run.output().lines().toList();
        assertThat(out).contains(group);   // --list

        // Three --describe tables: after 2.2.3 (lag 0), after the reset (lag = records), after re-reading (0).
        List<Map<TopicPartition, Long>> lagTables = GroupLagTables.parse(run.output(), group, topic);
        assertThat(lagTables).hasSize(3);
        assertThat(lagTables.get(0)).hasSize(4).allSatisfy((partition, lag) -> assertThat(lag).isZero());
        assertThat(lagTables.get(1).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(11);
        assertThat(lagTables.get(2)).hasSize(4).allSatisfy((partition, lag) -> assertThat(lag).isZero());
        // --reset-offsets --to-earliest --execute printed NEW-OFFSET 0 for every partition
        assertThat(out).filteredOn(line -> line.matches(Pattern.quote(group) + "\\s+" + Pattern.quote(topic)
                + "\\s+\\d\\s+0")).hasSize(4);
        // the re-read got all 11 records again, and the broker agrees that nothing is left to read
        assertThat(run.output()).contains("Processed a total of 11 messages");
        assertThat(kafka.committed(group)).isEqualTo(kafka.endOffsets(topic));
    }

    /**
     * Runs {@code section} as the book's reader does, after the earlier sections it builds on: a runner that picks
     * one section (the tour's --section 2.2.3) gets the ones before it first, silently.
     */
    private InProcessTool.Result walkthrough(String section, String topicSuffix) {
        Set<String> done = run().getValue();
        SECTIONS.subList(0, SECTIONS.indexOf(section)).stream().filter(earlier -> !done.contains(earlier))
                .forEach(earlier -> {
                    WalkthroughRuns.run(kafka, earlier, topicSuffix, workDir, line -> { });
                    done.add(earlier);
                });
        InProcessTool.Result result = WalkthroughRuns.run(kafka, section, topicSuffix, workDir, Observations::output);
        done.add(section);
        return result;
    }

    private Map.Entry<String, Set<String>> run() {
        return RUNS.computeIfAbsent(kafka.settings().bootstrapServers(),
                servers -> Map.entry(suffix(), ConcurrentHashMap.newKeySet()));
    }

    static String suffix() {
        return "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private int partitions(String topic) throws ExecutionException, InterruptedException {
        TopicDescription description = kafka.admin().describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        return description.partitions().size();
    }

}
