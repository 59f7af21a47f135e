package com.example.tour;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;

import com.example.KafkaTools;
import com.example.Walkthrough;
import com.example.Walkthroughs;
import com.example.common.BrokerCheck;
import com.example.common.ClusterView;
import com.example.common.GroupLagTables;
import com.example.common.InProcessTool;
import com.example.local.LocalKafkaBroker;
import com.example.common.Messages;

/**
 * 2장 카프카 빠르게 시작해보기: the broker, then every walkthrough of {@code chapter2-cli-scripts} — the book's commands
 * ({@link Walkthroughs}), Kafka's own tool classes run in the tour's JVM as {@link Walkthrough} runs them for a reader
 * (no shell: the same on every OS) — against the tour's broker, the names the book's plus the tour id. 2.2.1 → 2.2.4
 * build on each other like the book's sections; a section run on its own first replays the ones before it, quietly.
 */
final class Chapter2Steps {

    static final String MODULE = "chapter2-cli-scripts";
    /** How long a console consumer without --max-messages waits for a record before it exits (scripts: 3000). */
    static final int CONSUMER_TIMEOUT_MS = 2000;
    private static final int MAX_ECHOED_LINES = 80;
    private static final String DONE = "chapter2-scripts-done";
    private static final List<String> CHAIN = List.of("2.2.1", "2.2.2", "2.2.3");

    private Chapter2Steps() {
    }

    static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of("2.1.4", "주키퍼·카프카 브로커 실행 — 카프카 브로커 실행 및 로그 확인",
                "broker",
                "./mvnw -q -pl local-kafka exec:java        {tour.note.localKafka}",
                Chapter2Steps::broker));
        steps.add(Step.of("2.1.5", "로컬 컴퓨터에서 카프카와 통신 확인 — kafka-broker-api-versions.sh",
                "apiVersions",
                "chapter2-cli-scripts/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092",
                Chapter2Steps::apiVersions));
        steps.add(script("2.2.1", "kafka-topics.sh — 카프카 커맨드 라인 툴: 토픽 생성, 토픽 리스트 조회, 토픽 상세 조회, 토픽 옵션 수정",
                "topics",
                "2.2.1-kafka-topics.sh", Chapter2Steps::verifyTopics));
        steps.add(script("2.2.2", "kafka-console-producer.sh — 카프카 커맨드 라인 툴: 메시지 값만, 메시지 키와 값 전송",
                "consoleProducer",
                "2.2.2-kafka-console-producer.sh", Chapter2Steps::verifyProducer));
        steps.add(script("2.2.3", "kafka-console-consumer.sh — 카프카 커맨드 라인 툴: 처음부터, 키와 함께, 컨슈머 그룹, 파티션 지정",
                "consoleConsumer",
                "2.2.3-kafka-console-consumer.sh", Chapter2Steps::verifyConsumer));
        steps.add(script("2.2.4", "kafka-consumer-groups.sh — 카프카 커맨드 라인 툴: 그룹 조회, 상세 조회(LAG), 오프셋 리셋",
                "consumerGroups",
                "2.2.4-kafka-consumer-groups.sh", Chapter2Steps::verifyGroups));
        steps.add(script("2.2.5", "kafka-verifiable-producer, consumer.sh — 카프카 커맨드 라인 툴: 테스트 데이터 전송·수신 검증",
                "verifiable",
                "2.2.5-kafka-verifiable-producer-consumer.sh", Chapter2Steps::verifyVerifiable));
        steps.add(script("2.2.6", "kafka-delete-records.sh — 카프카 커맨드 라인 툴: 오래된 레코드 삭제",
                "deleteRecords",
                "2.2.6-kafka-delete-records.sh", Chapter2Steps::verifyDeleteRecords));
        return steps;
    }

    /** What a script step checks after the script exited with 0. */
    @FunctionalInterface
    private interface Verify {
        void verify(StepRun run, ProcessResult result) throws Exception;
    }

    private static Step script(String section, String heading, String id, String script, Verify verify) {
        return Step.of(section, heading, id, "./mvnw -q -pl " + MODULE + " exec:java -Dexec.args=" + section
                + "      {tour.note.walkthrough:" + script.replace(".sh", "") + "}", run -> {
                    replayEarlierSections(run, section);
                    ProcessResult result = runWalkthrough(run, section, true);
                    verify.verify(run, result);
                });
    }

    // --- 2.1 ---------------------------------------------------------------------------------------------------------

    private static void broker(StepRun run) throws Exception {
        Collection<Node> nodes = BrokerCheck.requireReachable(run.settings());
        String clusterId;
        try (Admin admin = Admin.create(run.settings().admin())) {
            clusterId = admin.describeCluster().clusterId().get();
        }
        run.observe("ch2.broker.1", run.settings().bootstrapServers(),
                nodes.stream().map(Node::idString).collect(Collectors.joining(", ")), clusterId);
        run.ctx().localBroker().ifPresentOrElse(
                broker -> run.observe("ch2.broker.2",
                        LocalKafkaBroker.KAFKA_VERSION, broker.dataDir()),
                () -> run.observe("ch2.broker.3"));
        run.check(!nodes.isEmpty(), "ch2.broker");
    }

    private static void apiVersions(StepRun run) throws Exception {
        String tool = "kafka-broker-api-versions.sh";
        InProcessTool.Result ran = InProcessTool.run(KafkaTools.mainClass(tool),
                List.of("--bootstrap-server", run.settings().bootstrapServers()), null, echo(run, new int[1], 6));
        ProcessResult result = new ProcessResult(ran.exitCode(), ran.lines(), false);
        requireSuccess(run, "kafka-broker-api-versions.sh", result);
        Matcher node = Pattern.compile("\\(id: (\\d+) rack").matcher(result.output());
        run.check(node.find(), "ch2.apiVersions.1");
        long apis = result.lines().stream().filter(l -> l.matches("\\s+\\w+\\(\\d+\\): .*")).count();
        run.observe("ch2.apiVersions.1", node.group(1), apis);
        run.check(result.output().contains("Produce(0)") && result.output().contains("Fetch(1)"),
                "ch2.apiVersions.2");
        try {
            InetAddress address = InetAddress.getByName("my-kafka");
            run.observe("ch2.apiVersions.2", address.getHostAddress());
        } catch (UnknownHostException e) {
            run.observe("ch2.apiVersions.3");
        }
    }

    // --- 2.2: the walkthrough scripts ---------------------------------------------------------------------------------

    /**
     * Runs the walkthrough of {@code section} (chapter2-cli-scripts' {@link Walkthrough}: the book's commands, Kafka's
     * own tool classes, in this JVM) with the tour's names and broker.
     */
    private static ProcessResult runWalkthrough(StepRun run, String section, boolean echo) {
        Walkthroughs.Settings settings = new Walkthroughs.Settings(run.settings().bootstrapServers(),
                run.ctx().tourSuffix(), CONSUMER_TIMEOUT_MS, run.ctx().tempDir(),
                run.ctx().clientConfigFile().orElse(null)); // --external to a secured cluster: --command-config
        InProcessTool.Result ran = Walkthrough.run(Walkthroughs.section(section, settings), settings,
                echo ? echo(run, new int[1], MAX_ECHOED_LINES) : line -> { });
        ProcessResult result = new ProcessResult(ran.exitCode(), ran.lines(), false);
        requireSuccess(run, "walkthrough " + section, result);
        return result;
    }

    /** Shows the first {@code max} lines of a child process's output as they come. */
    private static java.util.function.Consumer<String> echo(StepRun run, int[] count, int max) {
        return line -> {
            count[0]++;
            if (count[0] <= max) {
                run.echo(line);
            } else if (count[0] == max + 1) {
                run.echo("... (more output not shown)");
            }
        };
    }

    private static void requireSuccess(StepRun run, String what, ProcessResult result) {
        if (result.timedOut()) {
            throw new StepFailure(Messages.text("tour.not-finished", what, tail(result.lines())));
        }
        run.check(result.exitCode() == 0, "ch2.requireSuccess", what, result.exitCode(),
                tail(result.lines()));
    }

    private static String tail(List<String> lines) {
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    /** 2.2.2–2.2.4 need what the sections before them left on the broker: replay those sections, quietly. */
    private static void replayEarlierSections(StepRun run, String section) throws Exception {
        int index = CHAIN.indexOf(section);
        int upTo = index < 0 ? (section.equals("2.2.4") ? CHAIN.size() : 0) : index;
        Set<String> done = run.ctx().shared(DONE, DoneSet::new).scripts;
        List<String> missing = CHAIN.subList(0, upTo).stream().filter(s -> !done.contains(s)).toList();
        if (!missing.isEmpty()) {
            run.observe("ch2.replayEarlierSections", String.join(", ", missing),
                    missing.size() == 1 ? "it" : "them");
            for (String earlier : missing) {
                runWalkthrough(run, earlier, false);
                done.add(earlier);
            }
        }
        done.add(section);
    }

    /** Which scripts already ran in this tour. */
    private static final class DoneSet implements AutoCloseable {
        final Set<String> scripts = java.util.Collections.synchronizedSet(new HashSet<>());

        @Override
        public void close() {
        }
    }

    private static void verifyTopics(StepRun run, ProcessResult result) throws Exception {
        String topic = "hello.kafka" + run.ctx().tourSuffix();
        String topic2 = "hello.kafka2" + run.ctx().tourSuffix();
        int partitions = run.kafka().endOffsets(topic).size();
        int partitions2 = run.kafka().endOffsets(topic2).size();
        String retention = run.kafka().topicConfig(topic, "retention.ms").orElse(null);
        String retention2 = run.kafka().topicConfig(topic2, "retention.ms").orElse(null);
        run.observe("ch2.verifyTopics.1", topic, partitions,
                retention);
        run.observe("ch2.verifyTopics.2", topic2, partitions2, retention2);
        run.check(result.output().contains(topic + "\n") || result.lines().contains(topic),
                "ch2.verifyTopics.1", topic);
        run.check(partitions == 4, "ch2.verifyTopics.2", topic, partitions);
        run.check(partitions2 == 3, "ch2.verifyTopics.3", topic2, partitions2);
        run.check("86400000".equals(retention), "ch2.verifyTopics.4", topic, retention);
        run.check("172800000".equals(retention2), "ch2.verifyTopics.5", topic2, retention2);
    }

    private static void verifyProducer(StepRun run, ProcessResult result) {
        String topic = "hello.kafka" + run.ctx().tourSuffix();
        List<ConsumerRecord<String, String>> records = run.kafka().read(topic, 11,
                Duration.ofSeconds(15));
        List<String> keyless = records.stream().filter(r -> r.key() == null).map(ConsumerRecord::value).toList();
        Map<String, String> keyed = records.stream().filter(r -> r.key() != null)
                .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (a, b) -> b));
        run.observe("ch2.verifyProducer", topic, records.size(), keyless,
                keyed);
        run.check(records.size() == 11, "ch2.verifyProducer.1", topic, records.size());
        run.check(keyless.equals(List.of("hello", "kafka", "0", "1", "2", "3", "4", "5")),
                "ch2.verifyProducer.2", keyless);
        run.check(keyed.equals(Map.of("key1", "no1", "key2", "no2", "key3", "no3")),
                "ch2.verifyProducer.3", keyed);
    }

    private static void verifyConsumer(StepRun run, ProcessResult result) throws Exception {
        String topic = "hello.kafka" + run.ctx().tourSuffix();
        String group = "hello-group" + run.ctx().tourSuffix();
        run.check(result.lines().containsAll(List.of("key1-no1", "key2-no2", "key3-no3", "null-hello")),
                "ch2.verifyConsumer.1");
        run.check(result.output().contains("Processed a total of 11 messages"),
                "ch2.verifyConsumer.2");
        run.check(result.output().contains("Processed a total of 1 messages"), "ch2.verifyConsumer.3");
        Map<TopicPartition, Long> end = run.kafka().endOffsets(topic);
        Map<TopicPartition, Long> committed = run.kafka().committed(group, topic);
        run.observe("ch2.verifyConsumer.1");
        run.observe("ch2.verifyConsumer.2", group, committed, end);
        run.check(ClusterView.nonEmpty(end).entrySet().stream()
                        .allMatch(e -> e.getValue().equals(committed.get(e.getKey()))),
                "ch2.verifyConsumer.4", end, committed);
    }

    private static void verifyGroups(StepRun run, ProcessResult result) throws Exception {
        String topic = "hello.kafka" + run.ctx().tourSuffix();
        String group = "hello-group" + run.ctx().tourSuffix();
        List<Map<TopicPartition, Long>> lags = GroupLagTables.parse(result.output(), group, topic);
        run.observe("ch2.verifyGroups.1", group,
                lags.stream().map(l -> "total " + ClusterView.total(l)).collect(Collectors.joining(" → ")));
        run.check(result.lines().contains(group), "ch2.verifyGroups.1", group);
        run.check(lags.size() == 3, "ch2.verifyGroups.2",
                lags.size());
        run.check(ClusterView.total(lags.get(0)) == 0 && ClusterView.total(lags.get(1)) == 11
                        && ClusterView.total(lags.get(2)) == 0,
                "ch2.verifyGroups.3", lags);
        run.check(result.output().contains("Processed a total of 11 messages"), "ch2.verifyGroups.4");
        Map<TopicPartition, Long> committed = run.kafka().committed(group, topic);
        run.observe("ch2.verifyGroups.2", group, committed);
    }

    private static void verifyVerifiable(StepRun run, ProcessResult result) throws Exception {
        String topic = "verify-test" + run.ctx().tourSuffix();
        String group = "test-group" + run.ctx().tourSuffix();
        List<String> events = result.lines().stream().filter(l -> l.startsWith("{")).toList();
        long sent = events.stream().filter(e -> e.contains("\"name\":\"producer_send_success\"")).count();
        long consumed = 0;
        Pattern count = Pattern.compile("\"name\":\"records_consumed\",\"count\":(\\d+)");
        for (String e : events) {
            Matcher m = count.matcher(e);
            if (m.find()) {
                consumed += Long.parseLong(m.group(1));
            }
        }
        Map<TopicPartition, Long> committed = run.kafka().committed(group, topic);
        run.observe("ch2.verifyVerifiable", sent,
                events.stream().anyMatch(e -> e.contains("\"acked\":10")) ? "10" : "?", consumed, group, committed);
        run.check(sent == 10, "ch2.verifyVerifiable.1", sent);
        run.check(consumed == 10, "ch2.verifyVerifiable.2", consumed);
        run.check(committed.equals(Map.of(new TopicPartition(topic, 0), 10L)),
                "ch2.verifyVerifiable.3", committed);
    }

    private static void verifyDeleteRecords(StepRun run, ProcessResult result) throws Exception {
        String topic = "test" + run.ctx().tourSuffix();
        TopicPartition partition0 = new TopicPartition(topic, 0);
        Map<TopicPartition, Long> start = run.kafka().startOffsets(topic);
        Map<TopicPartition, Long> end = run.kafka().endOffsets(topic);
        // the line after the last command echoed: what kafka-console-consumer.sh --max-messages 1 printed
        List<String> lines = result.lines();
        int command = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("$ bin/kafka-console-consumer.sh")) {
                command = i;
            }
        }
        String last = lines.subList(command + 1, lines.size()).stream()
                .filter(l -> !l.startsWith("Processed a total") && !l.isBlank()).findFirst().orElse("");
        run.observe("ch2.verifyDeleteRecords", topic,
                start.get(partition0), end.get(partition0), last);
        run.check(start.equals(Map.of(partition0, 50L)), "ch2.verifyDeleteRecords.1", start);
        run.check(end.equals(Map.of(partition0, 100L)), "ch2.verifyDeleteRecords.2", end);
        run.check(last.equals("50"), "ch2.verifyDeleteRecords.3", last);
    }
}
