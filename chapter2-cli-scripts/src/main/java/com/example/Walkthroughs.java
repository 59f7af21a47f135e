package com.example;

import java.nio.file.Path;
import java.util.List;

import com.example.common.ClientConfig;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * 2.2 카프카 커맨드 라인 툴 — the book's commands of every section, in the book's order: what
 * {@link Walkthrough} runs and prints, what {@code walkthrough/2.2.x-*.sh} and {@code walkthrough\2.2.x-*.cmd} run,
 * what the tour runs. The names are the book's plus {@code suffix} (none by default).
 *
 * <p>Differences from the book (Kafka 2.5 → 4.3.1, see README.md): {@code --zookeeper my-kafka:2181} is gone from
 * every tool ({@code --bootstrap-server} only); the two creates get {@code --if-not-exists} and the partition
 * growth is allowed to find 4 partitions already, so a second run does not stop; the console consumers that the
 * book stops with Ctrl+C stop after {@code --max-messages} or {@code --timeout-ms}.
 */
public final class Walkthroughs {

    /** One section: its number, its walkthrough file's name, and its parts. */
    public record Section(String id, String script, List<Part> parts) {
    }

    /** A paragraph of the book: its heading, a file it writes first (or null), its commands. */
    public record Part(String heading, TextFile file, List<ToolCommand> commands) {

        static Part of(String heading, ToolCommand... commands) {
            return new Part(heading, null, List.of(commands));
        }
    }

    /** A file the reader writes before the commands (2.2.6's delete-topic.json). */
    public record TextFile(String name, String content) {
    }

    /**
     * Where the walkthroughs run: the broker, the names' suffix, how long a console consumer without
     * {@code --max-messages} waits for a record, and a directory for the files they write.
     */
    public record Settings(String bootstrapServers, String suffix, int consumerTimeoutMs, Path workDir,
                           String clientConfig) {

        /** Settings for a cluster that needs no client config file. */
        public Settings(String bootstrapServers, String suffix, int consumerTimeoutMs, Path workDir) {
            this(bootstrapServers, suffix, consumerTimeoutMs, workDir, null);
        }

        /** How the walkthrough's own checks reach the cluster: its address and the client config file's settings. */
        public KafkaSettings kafka() {
            return clientConfig == null ? new KafkaSettings(bootstrapServers)
                    : new KafkaSettings(bootstrapServers, ClientConfig.read(clientConfig, "--command-config")
                    .clientSettings());
        }
    }

    private Walkthroughs() {
    }

    /** Every section, in the book's order. */
    public static List<Section> all(Settings s) {
        return List.of(topics(s), consoleProducer(s), consoleConsumer(s), consumerGroups(s), verifiable(s),
                deleteRecords(s));
    }

    /** The section {@code id} (e.g. {@code 2.2.3}). */
    public static Section section(String id, Settings s) {
        return all(s).stream().filter(section -> section.id().equals(id)).findFirst()
                .orElseThrow(() -> Messages.badInput("walkthrough.unknown", id, all(s).stream().map(Section::id).toList()));
    }

    static Section topics(Settings s) {
        String bs = s.bootstrapServers();
        String topic = "hello.kafka" + s.suffix();
        String topic2 = "hello.kafka2" + s.suffix();
        return new Section("2.2.1", "2.2.1-kafka-topics", List.of(
                Part.of("토픽 생성 — a topic with the broker's defaults (num.partitions=1)",
                        ToolCommand.of("kafka-topics.sh", "--create", "--bootstrap-server", bs, "--topic", topic,
                                "--if-not-exists")),
                Part.of("토픽 생성 — 3 partitions, replication factor 1, retention.ms=172800000 (2 days)",
                        ToolCommand.of("kafka-topics.sh", "--create", "--bootstrap-server", bs, "--partitions", "3",
                                "--replication-factor", "1", "--config", "retention.ms=172800000", "--topic", topic2,
                                "--if-not-exists")),
                Part.of("토픽 리스트 조회", ToolCommand.of("kafka-topics.sh", "--bootstrap-server", bs, "--list")),
                Part.of("토픽 상세 조회",
                        ToolCommand.of("kafka-topics.sh", "--bootstrap-server", bs, "--describe", "--topic", topic2)),
                Part.of("토픽 옵션 수정 — partitions 1 → 4 with kafka-topics.sh (a partition count can grow, never shrink)",
                        ToolCommand.of("kafka-topics.sh", "--bootstrap-server", bs, "--topic", topic, "--alter",
                                "--partitions", "4").rerunnableIf("Topic already has 4 partition(s)"),
                        ToolCommand.of("kafka-topics.sh", "--bootstrap-server", bs, "--topic", topic, "--describe")),
                Part.of("토픽 옵션 수정 — retention.ms=86400000 (1 day) with kafka-configs.sh",
                        ToolCommand.of("kafka-configs.sh", "--bootstrap-server", bs, "--entity-type", "topics",
                                "--entity-name", topic, "--alter", "--add-config", "retention.ms=86400000"),
                        ToolCommand.of("kafka-configs.sh", "--bootstrap-server", bs, "--entity-type", "topics",
                                "--entity-name", topic, "--describe"))));
    }

    static Section consoleProducer(Settings s) {
        String bs = s.bootstrapServers();
        String topic = "hello.kafka" + s.suffix();
        return new Section("2.2.2", "2.2.2-kafka-console-producer", List.of(
                Part.of("메시지 키 없이 전송 — every line is a record value, the key is null",
                        ToolCommand.of("kafka-console-producer.sh", "--bootstrap-server", bs, "--topic", topic)
                                .typing("hello", "kafka", "0", "1", "2", "3", "4", "5")),
                Part.of("메시지 키와 값 전송 — parse.key=true, key.separator=: (key1:no1 → key key1, value no1)",
                        ToolCommand.of("kafka-console-producer.sh", "--bootstrap-server", bs, "--topic", topic,
                                "--property", "parse.key=true", "--property", "key.separator=:")
                                .typing("key1:no1", "key2:no2", "key3:no3"))));
    }

    static Section consoleConsumer(Settings s) {
        String bs = s.bootstrapServers();
        String topic = "hello.kafka" + s.suffix();
        String group = "hello-group" + s.suffix();
        String produced = "11"; // what 2.2.2 sent: 8 values without keys + 3 with keys
        return new Section("2.2.3", "2.2.3-kafka-console-consumer", List.of(
                Part.of("처음부터 읽기 — --from-beginning (values only)",
                        ToolCommand.of("kafka-console-consumer.sh", "--bootstrap-server", bs, "--topic", topic,
                                "--from-beginning", "--max-messages", produced)),
                Part.of("키와 값 함께 읽기, 컨슈머 그룹 — print.key=true, key.separator=-, --group " + group,
                        ToolCommand.of("kafka-console-consumer.sh", "--bootstrap-server", bs, "--topic", topic,
                                "--property", "print.key=true", "--property", "key.separator=-", "--group", group,
                                "--from-beginning", "--max-messages", produced)),
                Part.of("--max-messages — stop after one record",
                        ToolCommand.of("kafka-console-consumer.sh", "--bootstrap-server", bs, "--topic", topic,
                                "--max-messages", "1", "--from-beginning")),
                Part.of("--partition — only the records of partition 0",
                        ToolCommand.of("kafka-console-consumer.sh", "--bootstrap-server", bs, "--topic", topic,
                                "--partition", "0", "--from-beginning", "--timeout-ms", timeout(s)))));
    }

    static Section consumerGroups(Settings s) {
        String bs = s.bootstrapServers();
        String topic = "hello.kafka" + s.suffix();
        String group = "hello-group" + s.suffix();
        ToolCommand describe = ToolCommand.of("kafka-consumer-groups.sh", "--bootstrap-server", bs, "--group", group,
                "--describe");
        return new Section("2.2.4", "2.2.4-kafka-consumer-groups", List.of(
                Part.of("컨슈머 그룹 리스트 조회",
                        ToolCommand.of("kafka-consumer-groups.sh", "--bootstrap-server", bs, "--list")),
                Part.of("컨슈머 그룹 상세 조회 — CURRENT-OFFSET, LOG-END-OFFSET, LAG per partition (LAG 0: all read)",
                        describe),
                Part.of("오프셋 리셋 — --to-earliest: the group will read the topic again from the start",
                        ToolCommand.of("kafka-consumer-groups.sh", "--bootstrap-server", bs, "--group", group,
                                "--topic", topic, "--reset-offsets", "--to-earliest", "--execute"),
                        describe),
                Part.of("리셋된 오프셋부터 다시 읽기 — the same group reads every record again (stops after "
                                + timeout(s) + " ms without a new one)",
                        ToolCommand.of("kafka-console-consumer.sh", "--bootstrap-server", bs, "--topic", topic,
                                "--group", group, "--timeout-ms", timeout(s)),
                        describe)));
    }

    static Section verifiable(Settings s) {
        String bs = s.bootstrapServers();
        String topic = "verify-test" + s.suffix();
        String group = "test-group" + s.suffix();
        return new Section("2.2.5", "2.2.5-kafka-verifiable-producer-consumer", List.of(
                Part.of("kafka-verifiable-producer.sh — 10 records; last line: tool_data sent 10, acked 10",
                        ToolCommand.of("kafka-verifiable-producer.sh", "--bootstrap-server", bs, "--max-messages",
                                "10", "--topic", topic)),
                Part.of("kafka-verifiable-consumer.sh — group " + group + "; records_consumed count 10, "
                                + "offsets_committed",
                        ToolCommand.of("kafka-verifiable-consumer.sh", "--bootstrap-server", bs, "--topic", topic,
                                "--group-id", group, "--max-messages", "10"))));
    }

    static Section deleteRecords(Settings s) {
        String bs = s.bootstrapServers();
        String topic = "test" + s.suffix();
        TextFile json = new TextFile("delete-topic.json", "{\"partitions\": [{\"topic\": \"" + topic
                + "\", \"partition\": 0, \"offset\": 50}], \"version\": 1}");
        String jsonPath = s.workDir().resolve(json.name()).toString();
        return new Section("2.2.6", "2.2.6-kafka-delete-records", List.of(
                Part.of("준비 — topic " + topic + " with one partition and the records 0..99",
                        ToolCommand.of("kafka-topics.sh", "--create", "--bootstrap-server", bs, "--topic", topic,
                                "--partitions", "1", "--if-not-exists"),
                        ToolCommand.of("kafka-console-producer.sh", "--bootstrap-server", bs, "--topic", topic)
                                .readingNumbers(0, 99)),
                new Part("delete-topic.json — partition 0 of " + topic + ", delete everything below offset 50", json,
                        List.of()),
                Part.of("kafka-delete-records.sh — low_watermark (the partition's first offset) becomes 50",
                        ToolCommand.of("kafka-delete-records.sh", "--bootstrap-server", bs, "--offset-json-file",
                                jsonPath).shownAs("--bootstrap-server", bs, "--offset-json-file", json.name())),
                Part.of("확인 — the first record left in partition 0 is 50",
                        ToolCommand.of("kafka-console-consumer.sh", "--bootstrap-server", bs, "--topic", topic,
                                "--partition", "0", "--from-beginning", "--max-messages", "1"))));
    }

    private static String timeout(Settings s) {
        return Integer.toString(s.consumerTimeoutMs());
    }
}
