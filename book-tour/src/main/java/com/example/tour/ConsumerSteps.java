package com.example.tour;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import com.example.ConsumerWithASyncCommit;
import com.example.ConsumerWithAssignmentCheck;
import com.example.ConsumerWithExactPartition;
import com.example.ConsumerWithRebalanceListener;
import com.example.ConsumerWithSafeShutdown;
import com.example.ConsumerWithSyncCommit;
import com.example.ConsumerWithSyncOffsetCommit;
import com.example.ProducerExactPartition;
import com.example.ProducerWithKeyValue;
import com.example.SimpleConsumer;
import com.example.common.ClusterView;

/**
 * 3.4.2 컨슈머 API (chapter3-consumer). Each step sends records with chapter3-producer's ProducerWithKeyValue to its
 * own 3-partition topic, runs the consumer listing on a thread until it has them, checks what it committed, then
 * stops it the way Ctrl+C does (StopSignal → wakeup()).
 *
 * <p>One option differs from the book's listings: {@code auto.offset.reset=earliest} (passed the way a reader passes
 * it, {@code -Dexec.args="test test-group auto.offset.reset=earliest"}), because the tour sends its records before
 * the consumer joins; with the default {@code latest} a new group sees only records sent after it joined.
 */
final class ConsumerSteps {

    private static final String H = "컨슈머 API — ";
    private static final String RUN = "./mvnw -q -pl chapter3-consumer exec:java -Dexec.mainClass=com.example.";
    private static final Map<String, Object> EARLIEST = Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<Map.Entry<String, String>> RECORDS = List.of(Map.entry("Pangyo", "23"),
            Map.entry("Busan", "24"), Map.entry("Jeju", "25"), Map.entry("Seoul", "26"), Map.entry("Pangyo", "27"),
            Map.entry("Busan", "28"));

    private ConsumerSteps() {
    }

    static List<Step> steps() {
        return List.of(
                Step.of("3.4.2", H + "카프카 컨슈머 프로젝트 생성 (비명시 오프셋 커밋)",
                        "simple",
                        RUN + "SimpleConsumer -Dexec.args=\"test test-group auto.offset.reset=earliest\"",
                        ConsumerSteps::simple),
                Step.of("3.4.2", H + "동기 오프셋 커밋",
                        "syncCommit",
                        RUN + "ConsumerWithSyncCommit", ConsumerSteps::syncCommit),
                Step.of("3.4.2", H + "동기 오프셋 커밋 (레코드 단위)",
                        "syncOffsetCommit",
                        RUN + "ConsumerWithSyncOffsetCommit", ConsumerSteps::syncOffsetCommit),
                Step.of("3.4.2", H + "비동기 오프셋 커밋",
                        "asyncCommit",
                        RUN + "ConsumerWithASyncCommit", ConsumerSteps::asyncCommit),
                Step.of("3.4.2", H + "리밸런스 리스너를 가진 컨슈머",
                        "rebalanceListener",
                        RUN + "ConsumerWithRebalanceListener    {tour.note.twoTerminals}",
                        ConsumerSteps::rebalanceListener),
                Step.of("3.4.2", H + "파티션 할당 컨슈머",
                        "exactPartition",
                        RUN + "ConsumerWithExactPartition", ConsumerSteps::exactPartition),
                Step.of("3.4.2", H + "컨슈머에 할당된 파티션 확인 방법",
                        "assignment",
                        RUN + "ConsumerWithAssignmentCheck", ConsumerSteps::assignment),
                Step.of("3.4.2", H + "컨슈머의 안전한 종료",
                        "safeShutdown",
                        RUN + "ConsumerWithSafeShutdown    {tour.note.thenCtrlC}", ConsumerSteps::safeShutdown));
    }

    /** A topic with the step's records and a group name. */
    private record Setup(String topic, String group, Map<TopicPartition, Long> end) {
    }

    private static Setup prepare(StepRun run) throws Exception {
        String topic = run.unique("test");
        run.kafka().createTopicIfAbsent(topic, 3);
        ProducerWithKeyValue.send(run.settings(), topic, RECORDS);
        Map<TopicPartition, Long> end = ClusterView.nonEmpty(run.kafka().endOffsets(topic));
        run.check(ClusterView.total(end) == RECORDS.size(), "consumer.prepare", RECORDS.size(), end);
        return new Setup(topic, run.unique("test-group"), end);
    }

    private static List<ConsumerRecord<String, String>> collector() {
        return Collections.synchronizedList(new ArrayList<>());
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(StepRun run, Background consumer,
            List<ConsumerRecord<String, String>> received, int count) throws Exception {
        run.await(count + " records", WAIT, () -> {
            consumer.requireHealthy();
            return received.size();
        }, n -> n >= count);
        List<ConsumerRecord<String, String>> copy;
        synchronized (received) {
            copy = new ArrayList<>(received);
        }
        run.observe("consumer.awaitRecords", copy.size(), perPartition(copy));
        return copy;
    }

    private static Map<TopicPartition, Long> awaitCommitted(StepRun run, Setup s, String when) throws Exception {
        String moment = run.text("tour.when." + when);
        Map<TopicPartition, Long> committed = run.await("group " + s.group() + " to commit " + s.end() + " " + moment,
                WAIT, () -> run.kafka().committed(s.group(), s.topic()), c -> c.equals(s.end()));
        run.observe("consumer.awaitCommitted", moment, s.group(), committed);
        return committed;
    }

    private static void simple(StepRun run) throws Exception {
        Setup s = prepare(run);
        List<ConsumerRecord<String, String>> received = collector();
        Background consumer = run.ctx().background("SimpleConsumer", stop ->
                SimpleConsumer.run(run.settings(), s.topic(), s.group(), stop, EARLIEST, received::add));
        awaitRecords(run, consumer, received, RECORDS.size());
        Duration took = consumer.stop();
        run.observe("consumer.simple", took.toMillis());
        awaitCommitted(run, s, "afterClose");
    }

    private static void syncCommit(StepRun run) throws Exception {
        Setup s = prepare(run);
        List<ConsumerRecord<String, String>> received = collector();
        Background consumer = run.ctx().background("ConsumerWithSyncCommit", stop ->
                ConsumerWithSyncCommit.run(run.settings(), s.topic(), s.group(), stop, EARLIEST, received::add));
        awaitRecords(run, consumer, received, RECORDS.size());
        awaitCommitted(run, s, "whileRunning");
        consumer.stop();
    }

    private static void syncOffsetCommit(StepRun run) throws Exception {
        Setup s = prepare(run);
        List<ConsumerRecord<String, String>> received = collector();
        Background consumer = run.ctx().background("ConsumerWithSyncOffsetCommit", stop ->
                ConsumerWithSyncOffsetCommit.run(run.settings(), s.topic(), s.group(), stop, EARLIEST,
                        received::add));
        List<ConsumerRecord<String, String>> records = awaitRecords(run, consumer, received, RECORDS.size());
        Map<TopicPartition, Long> committed = awaitCommitted(run, s, "perRecord");
        Map<TopicPartition, Long> lastPlusOne = new HashMap<>();
        records.forEach(r -> lastPlusOne.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max));
        run.check(committed.equals(lastPlusOne), "consumer.syncOffsetCommit",
                committed, lastPlusOne);
        consumer.stop();
    }

    private static void asyncCommit(StepRun run) throws Exception {
        Setup s = prepare(run);
        List<ConsumerRecord<String, String>> received = collector();
        List<String> callbacks = Collections.synchronizedList(new ArrayList<>());
        Map<TopicPartition, Long> reported = Collections.synchronizedMap(new HashMap<>());
        Background consumer = run.ctx().background("ConsumerWithASyncCommit", stop ->
                ConsumerWithASyncCommit.run(run.settings(), s.topic(), s.group(), stop, EARLIEST, received::add,
                        (offsets, exception) -> {
                            if (exception != null) {
                                callbacks.add("failed: " + exception);
                            } else {
                                callbacks.add("ok " + offsets(offsets));
                                offsets.forEach((tp, o) -> reported.merge(tp, o.offset(), Math::max));
                            }
                        }));
        awaitRecords(run, consumer, received, RECORDS.size());
        run.await("the commit callback to report " + s.end(), WAIT, () -> new HashMap<>(reported),
                r -> r.equals(s.end()));
        run.observe("consumer.asyncCommit", callbacks);
        run.check(callbacks.stream().noneMatch(c -> c.startsWith("failed")), "consumer.asyncCommit", callbacks);
        awaitCommitted(run, s, "brokerAgrees");
        consumer.stop();
    }

    private static void rebalanceListener(StepRun run) throws Exception {
        Setup s = prepare(run);
        // tour-only: heartbeats every 500 ms (default 3000), so member #1 hears of the rebalance at once
        Map<String, Object> fastHeartbeat = Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 500);
        List<ConsumerRecord<String, String>> first = collector();
        Background one = run.ctx().background("ConsumerWithRebalanceListener#1", stop ->
                ConsumerWithRebalanceListener.run(run.settings(), s.topic(), s.group(), stop, fastHeartbeat, first::add));
        awaitRecords(run, one, first, RECORDS.size());
        Map<TopicPartition, Long> before = run.kafka().committed(s.group(), s.topic());
        run.observe("consumer.rebalanceListener.1", before);
        run.check(before.isEmpty(), "consumer.rebalanceListener.1", before);

        List<ConsumerRecord<String, String>> second = collector();
        Background two = run.ctx().background("ConsumerWithRebalanceListener#2", stop ->
                ConsumerWithRebalanceListener.run(run.settings(), s.topic(), s.group(), stop, fastHeartbeat,
                        second::add));
        awaitCommitted(run, s, "afterRevoke");
        run.observe("consumer.rebalanceListener.2", second.size());
        run.check(second.isEmpty(), "consumer.rebalanceListener.2", perPartition(second));
        two.stop();
        one.stop();
    }

    private static void exactPartition(StepRun run) throws Exception {
        String topic = run.unique("test");
        run.kafka().createTopicIfAbsent(topic, 3);
        ProducerExactPartition.send(run.settings(), topic, 0, "Pangyo", "23");
        ProducerExactPartition.send(run.settings(), topic, 0, "Busan", "24");
        ProducerExactPartition.send(run.settings(), topic, 1, "Jeju", "25");
        ProducerExactPartition.send(run.settings(), topic, 2, "Seoul", "26");
        List<ConsumerRecord<String, String>> received = collector();
        Background consumer = run.ctx().background("ConsumerWithExactPartition", stop ->
                ConsumerWithExactPartition.run(run.settings(), topic, 0, stop, EARLIEST, received::add));
        awaitRecords(run, consumer, received, 2);
        consumer.stop();
        run.check(received.stream().allMatch(r -> r.partition() == 0), "consumer.exactPartition.1",
                perPartition(received));
        run.check(received.size() == 2, "consumer.exactPartition.2", received.size());
    }

    private static void assignment(StepRun run) throws Exception {
        String topic = run.unique("test");
        run.kafka().createTopicIfAbsent(topic, 3);
        Set<TopicPartition> assigned = ConsumerWithAssignmentCheck.check(run.settings(), topic,
                run.unique("test-group"), Map.of(), WAIT);
        run.observe("consumer.assignment", assigned.stream().map(TopicPartition::toString)
                .sorted().toList());
        run.check(assigned.size() == 3, "consumer.assignment", assigned);
    }

    private static void safeShutdown(StepRun run) throws Exception {
        Setup s = prepare(run);
        List<ConsumerRecord<String, String>> received = collector();
        Background consumer = run.ctx().background("ConsumerWithSafeShutdown", stop ->
                ConsumerWithSafeShutdown.run(run.settings(), s.topic(), s.group(), stop, EARLIEST, received::add));
        awaitRecords(run, consumer, received, RECORDS.size());
        Duration took = consumer.stop();
        run.observe("consumer.safeShutdown",
                took.toMillis());
        awaitCommitted(run, s, "afterSafeShutdown");
    }

    private static Map<Integer, List<String>> perPartition(List<ConsumerRecord<String, String>> records) {
        Map<Integer, List<String>> result = new TreeMap<>();
        for (ConsumerRecord<String, String> r : records) {
            result.computeIfAbsent(r.partition(), p -> new ArrayList<>()).add(r.key() + "=" + r.value());
        }
        return result;
    }

    private static String offsets(Map<TopicPartition, OffsetAndMetadata> offsets) {
        return offsets.entrySet().stream().sorted(Map.Entry.comparingByKey(
                        java.util.Comparator.comparingInt(TopicPartition::partition)))
                .map(e -> e.getKey().partition() + ":" + e.getValue().offset()).collect(Collectors.joining(",", "{", "}"));
    }
}
