package com.example.tour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.mirror.MirrorMaker;

import com.example.ConsumerWithSyncCommit;
import com.example.MirrorMakerLauncher;
import com.example.OffsetTranslation;
import com.example.ProducerWithKeyValue;
import com.example.common.ClusterView;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * 3.7 카프카 미러메이커2 (chapter3-mirrormaker2): Kafka's own MirrorMaker 2 (dedicated mode, what
 * connect-mirror-maker.sh runs) with the book's connect-mirror-maker.properties, between the tour's broker (cluster
 * A) and a second one (cluster B). MirrorMaker runs once for both steps; it is stopped at the end of the tour.
 *
 * <p>Tour-only settings on top of the book's file: the topic filter (the tour's topics instead of {@code test}) and
 * intervals of a second instead of minutes (topic/group discovery, checkpoints, offset syncs) — the same "fast
 * intervals" the chapter's own tests use.
 */
final class MirrorMakerSteps {

    private static final String RUN = "./mvnw -q -pl chapter3-mirrormaker2 exec:java -Dexec.mainClass=com.example.";
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final String MIRROR_MAKER = "mirror-maker-2";

    private MirrorMakerSteps() {
    }

    static List<Step> steps() {
        return List.of(
                Step.of("3.7", "카프카 미러메이커2 — 단방향 토픽 복제 (A → B)",
                        "mirror",
                        RUN + "LocalClusters          {tour.note.twoClusters}\n"
                                + RUN + "MirrorMakerLauncher",
                        Step.Needs.TWO_CLUSTERS, MirrorMakerSteps::mirror),
                Step.of("3.7.1", "미러메이커2를 활용한 지리적 복제(Geo-Replication) — 장애 복구(failover)",
                        "failover",
                        RUN + "OffsetTranslation -Dexec.args=\"test-group A B\"",
                        Step.Needs.TWO_CLUSTERS, MirrorMakerSteps::failover));
    }

    /** MirrorMaker A→B for the topics {@code test-<tour id>-N}, started on first use, stopped when the tour ends. */
    private static final class RunningMirrorMaker implements AutoCloseable {
        final MirrorMaker mirrorMaker;
        final String topicPrefix;

        RunningMirrorMaker(MirrorMaker mirrorMaker, String topicPrefix) {
            this.mirrorMaker = mirrorMaker;
            this.topicPrefix = topicPrefix;
        }

        @Override
        public void close() {
            mirrorMaker.stop();
            mirrorMaker.awaitStop();
        }

        @Override
        public String toString() {
            return "MirrorMaker 2";
        }
    }

    private static RunningMirrorMaker mirrorMaker(StepRun run) throws Exception {
        KafkaSettings b = run.ctx().secondCluster();
        return run.ctx().shared(MIRROR_MAKER, () -> {
            String prefix = "test-" + run.ctx().tourId() + "-mm";
            Properties system = new Properties();
            system.setProperty("A.bootstrap.servers", run.settings().bootstrapServers());
            system.setProperty("B.bootstrap.servers", b.bootstrapServers());
            Map<String, String> overrides = MirrorMakerLauncher.fastIntervals();
            overrides.put("A->B.topics", Pattern.quote(prefix) + ".*");
            long begin = System.nanoTime();
            Map<String, String> config = MirrorMakerLauncher.loadConfig(configFile(run), overrides, system);
            MirrorMaker mirrorMaker = MirrorMakerLauncher.start(config, List.of("B"));
            run.observe("mirrormaker.mirrorMaker", MirrorMakerLauncher.enabledFlows(config),
                    TourContext.seconds(begin));
            return new RunningMirrorMaker(mirrorMaker, prefix);
        });
    }

    private static Path configFile(StepRun run) {
        Path file = run.ctx().repoDir().map(r -> r.resolve("chapter3-mirrormaker2/config/connect-mirror-maker.properties"))
                .filter(Files::isRegularFile).orElse(null);
        if (file == null) {
            run.skip(Messages.text("tour.mm2.no-config"));
        }
        return file;
    }

    private static final List<Map.Entry<String, String>> RECORDS = List.of(Map.entry("Pangyo", "23"),
            Map.entry("Busan", "24"), Map.entry("Jeju", "25"), Map.entry("Seoul", "26"), Map.entry("Pangyo", "27"));

    private static void mirror(StepRun run) throws Exception {
        RunningMirrorMaker mm = mirrorMaker(run);
        KafkaSettings b = run.ctx().secondCluster();
        ClusterView viewB = run.ctx().secondKafka();
        String topic = mm.topicPrefix + "-" + run.ctx().next();
        run.kafka().createTopicIfAbsent(topic, 3);
        ProducerWithKeyValue.send(run.settings(), topic, RECORDS);
        String remote = "A." + topic;
        List<ConsumerRecord<String, String>> onA = run.kafka().read(topic, RECORDS.size(),
                Duration.ofSeconds(10));
        List<ConsumerRecord<String, String>> onB = run.await(RECORDS.size() + " records in " + remote + " on B", WAIT,
                () -> viewB.read(remote, RECORDS.size(), Duration.ofSeconds(2)),
                records -> records.size() >= RECORDS.size());
        run.observe("mirrormaker.mirror", onA.size(), topic,
                run.settings().bootstrapServers(), remote, perPartition(onB));
        run.check(perPartition(onB).equals(perPartition(onA)), "mirrormaker.mirror.1", remote, topic, perPartition(onB), perPartition(onA));
        run.check(viewB.endOffsets(topic).isEmpty(), "mirrormaker.mirror.2", topic,
                remote);
    }

    private static void failover(StepRun run) throws Exception {
        RunningMirrorMaker mm = mirrorMaker(run);
        KafkaSettings b = run.ctx().secondCluster();
        ClusterView viewB = run.ctx().secondKafka();
        String topic = mm.topicPrefix + "-" + run.ctx().next();
        String group = run.unique("test-group");
        run.kafka().createTopicIfAbsent(topic, 1);
        ProducerWithKeyValue.send(run.settings(), topic, RECORDS);

        // the group reads on A (chapter3-consumer's ConsumerWithSyncCommit) and commits
        List<ConsumerRecord<String, String>> read = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Background consumer = run.ctx().background("ConsumerWithSyncCommit on A", stop ->
                ConsumerWithSyncCommit.run(run.settings(), topic, group, stop,
                        Map.of("auto.offset.reset", "earliest"), read::add));
        Map<TopicPartition, Long> endOnA = ClusterView.nonEmpty(run.kafka().endOffsets(topic));
        run.await("group " + group + " to commit " + endOnA + " on A", WAIT, () -> {
            consumer.requireHealthy();
            return run.kafka().committed(group, topic);
        }, committed -> committed.equals(endOnA));
        consumer.stop();
        run.observe("mirrormaker.failover.1", group, read.size(),
                topic, endOnA);

        // failover: translate the group's offsets through MirrorMaker's checkpoints and commit them on B
        String remote = "A." + topic;
        Map<TopicPartition, Long> endOnB = run.await(remote + " on B to have all records", WAIT,
                () -> ClusterView.nonEmpty(viewB.endOffsets(remote)), end -> ClusterView.total(end) == RECORDS.size());
        Map<TopicPartition, OffsetAndMetadata> translated = run.await("a checkpoint of " + group + " on B", WAIT, () -> {
            try {
                Map<TopicPartition, OffsetAndMetadata> t = OffsetTranslation.translate(b, "A", group);
                return t.keySet().stream().anyMatch(tp -> tp.topic().equals(remote)) ? t : Map.of();
            } catch (IllegalArgumentException noCheckpointYet) {
                return Map.<TopicPartition, OffsetAndMetadata>of();
            }
        }, t -> !t.isEmpty() && offsetsOf(t, remote).equals(endOnB));
        OffsetTranslation.failover(b, "A", group);
        Map<TopicPartition, Long> committedOnB = viewB.committed(group, remote);
        run.observe("mirrormaker.failover.2",
                offsetsOf(translated, remote), committedOnB, group, endOnB);
        run.check(committedOnB.equals(endOnB), "mirrormaker.failover", endOnB,
                committedOnB);
    }

    private static Map<TopicPartition, Long> offsetsOf(Map<TopicPartition, OffsetAndMetadata> offsets, String topic) {
        Map<TopicPartition, Long> result = new HashMap<>();
        offsets.forEach((tp, o) -> {
            if (tp.topic().equals(topic)) {
                result.put(tp, o.offset());
            }
        });
        return result;
    }

    private static Map<Integer, List<String>> perPartition(List<ConsumerRecord<String, String>> records) {
        Map<Integer, List<String>> result = new TreeMap<>();
        records.forEach(r -> result.computeIfAbsent(r.partition(), p -> new java.util.ArrayList<>())
                .add(r.key() + "=" + r.value()));
        return result;
    }
}
