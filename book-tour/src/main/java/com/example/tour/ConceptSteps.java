package com.example.tour;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.record.TimestampType;

import com.example.BrokerFailureDemo;
import com.example.ConsumerOffsetDemo;
import com.example.ControllerDemo;
import com.example.ControllerFailoverDemo;
import com.example.CoordinatorDemo;
import com.example.DataDeletionDemo;
import com.example.DataStorageDemo;
import com.example.RecordAnatomy;
import com.example.ReplicationDemo;
import com.example.TopicNameValidator;
import com.example.local.LocalKafkaCluster;

/** 3.1 카프카 브로커·클러스터·주키퍼 (chapter3-admin's demos), 3.2 토픽과 파티션 and 3.3 레코드 (chapter3-producer). */
final class ConceptSteps {

    private static final String H31 = "카프카 브로커 · 클러스터 · 주키퍼 — ";
    private static final String RUN_ADMIN = "./mvnw -q -pl chapter3-admin exec:java -Dexec.mainClass=com.example.";

    private ConceptSteps() {
    }

    static List<Step> steps() {
        return List.of(
                Step.of("3.1", H31 + "데이터 저장, 전송",
                        "storage",
                        RUN_ADMIN + "DataStorageDemo", ConceptSteps::storage),
                Step.of("3.1", H31 + "데이터 복제, 싱크",
                        "replication",
                        RUN_ADMIN + "ReplicationDemo", ConceptSteps::replication),
                Step.of("3.1", H31 + "데이터 복제, 싱크: 브로커 장애",
                        "brokerFailure",
                        RUN_ADMIN + "BrokerFailureDemo", Step.Needs.CLUSTER, ConceptSteps::brokerFailure),
                Step.of("3.1", H31 + "데이터 복제, 싱크: min.insync.replicas",
                        "minInsyncReplicas",
                        RUN_ADMIN + "BrokerFailureDemo", Step.Needs.CLUSTER, ConceptSteps::minInsyncReplicas),
                Step.of("3.1", H31 + "컨트롤러(controller)",
                        "controller",
                        RUN_ADMIN + "ControllerDemo -Dexec.args=\"--bootstrap-controller localhost:10092\"",
                        ConceptSteps::controller),
                Step.of("3.1", H31 + "컨트롤러(controller): 컨트롤러 장애",
                        "controllerFailover",
                        RUN_ADMIN + "ControllerFailoverDemo", Step.Needs.CLUSTER, ConceptSteps::controllerFailover),
                Step.of("3.1", H31 + "데이터 삭제",
                        "deletion",
                        RUN_ADMIN + "DataDeletionDemo", ConceptSteps::deletion),
                Step.of("3.1", H31 + "컨슈머 오프셋 저장",
                        "consumerOffsets",
                        RUN_ADMIN + "ConsumerOffsetDemo", ConceptSteps::consumerOffsets),
                Step.of("3.1", H31 + "코디네이터(coordinator)",
                        "coordinator",
                        RUN_ADMIN + "CoordinatorDemo", ConceptSteps::coordinator),
                Step.of("3.2", "토픽과 파티션 — 토픽 이름 제약 조건, 의미 있는 토픽 이름 작명 방법",
                        "topicNames",
                        "./mvnw -q -pl chapter3-producer exec:java -Dexec.mainClass=com.example.TopicNameValidator",
                        ConceptSteps::topicNames),
                Step.of("3.3", "레코드 — 타임스탬프, 오프셋, 헤더, 메시지 키, 메시지 값",
                        "record",
                        "./mvnw -q -pl chapter3-producer exec:java -Dexec.mainClass=com.example.RecordAnatomy",
                        ConceptSteps::record));
    }

    private static void storage(StepRun run) throws Exception {
        DataStorageDemo.StorageResult r = DataStorageDemo.run(run.settings(), run.unique("hello.kafka"));
        run.check(!r.replicas().isEmpty(), "concept.storage.1", r.topic());
        for (DataStorageDemo.StoredReplica replica : r.replicas()) {
            run.observe("concept.storage", replica.broker(), replica.logDir(),
                    replica.partition(), replica.sizeBytes(),
                    replica.files().stream().map(DataStorageDemo.SegmentFile::name).toList());
            run.check(replica.sizeBytes() > 0, "concept.storage.2", replica.partition());
        }
        if (run.ctx().localBroker().isPresent()) {
            run.check(r.replicas().stream().allMatch(rep -> rep.files().stream()
                            .anyMatch(f -> f.name().endsWith(".log"))),
                    "concept.storage.3");
        }
    }

    private static void replication(StepRun run) throws Exception {
        ReplicationDemo.ReplicationResult r = ReplicationDemo.run(run.settings(), run.unique("replication.test"));
        for (ReplicationDemo.PartitionReplicas p : r.partitions()) {
            run.observe("concept.replication.1", r.topic(), p.partition(), p.leader(), p.followers(),
                    p.isr());
        }
        run.observe("concept.replication.2", r.refusedReplicationFactor(), r.brokers(),
                r.refusal());
        run.observe("concept.replication.3", r.acksAll(),
                r.strictMinInsyncReplicas(), r.acksAllOnStrict());
        run.check(r.partitions().stream().allMatch(p -> p.isr().contains(p.leader())), "concept.replication.1");
        run.check(r.refusal().contains("InvalidReplicationFactor"), "concept.replication.2", r.refusal());
        run.check(r.acksAll().equals("written"), "concept.replication.3", r.acksAll());
    }

    private static void controller(StepRun run) throws Exception {
        Optional<String> controllers = run.ctx().localBroker().map(b -> "localhost:" + b.controllerPort());
        ControllerDemo.ControllerResult r = ControllerDemo.run(run.settings(), controllers);
        run.observe("concept.controller.1", r.clusterId(), r.brokerIds(), r.quorumLeaderId(),
                r.quorumLeaderEpoch(), r.voterIds(), r.metadataHighWatermark());
        r.activeControllerSeenByController().ifPresent(id -> run.observe(
                "concept.controller.2", controllers.get(), id));
        run.check(r.voterIds().contains(r.quorumLeaderId()), "concept.controller.1",
                r.quorumLeaderId(), r.voterIds());
        r.activeControllerSeenByController().ifPresent(id -> run.check(id == r.quorumLeaderId(),
                "concept.controller.2", id, r.quorumLeaderId()));
    }

    private static void brokerFailure(StepRun run) throws Exception {
        LocalKafkaCluster cluster = run.ctx().cluster();
        BrokerFailureDemo.Failover f = BrokerFailureDemo.leaderFailover(cluster.settings(), cluster,
                run.unique("failover.test"));
        run.observe("concept.brokerFailure.1", f.topic(),
                f.before().leader(), f.before().followers(), f.before().isr(), BrokerFailureDemo.BEFORE_FAILOVER);
        run.observe("concept.brokerFailure.2", f.stoppedBroker(),
                f.afterStop().leader(), f.newLeaderMillis(), f.afterStop().isr());
        run.observe("concept.brokerFailure.3",
                BrokerFailureDemo.AFTER_FAILOVER, f.readBack().size(), f.acknowledged().size());
        run.observe("concept.brokerFailure.4", f.stoppedBroker(), f.afterRestart().isr(),
                f.rejoinMillis());
        run.check(f.before().isr().size() == 3 && f.before().followers().size() == 2,
                "concept.brokerFailure.1", f.before());
        run.check(f.before().isr().contains(f.afterStop().leader()) && f.afterStop().leader() != f.stoppedBroker(),
                "concept.brokerFailure.2", f.afterStop().leader(), f.before().isr());
        run.check(f.readBack().equals(f.acknowledged()), "concept.brokerFailure.3", f.acknowledged(),
                f.readBack());
        run.check(f.afterRestart().isr().contains(f.stoppedBroker()), "concept.brokerFailure.4",
                f.stoppedBroker(), f.afterRestart().isr());
    }

    private static void minInsyncReplicas(StepRun run) throws Exception {
        LocalKafkaCluster cluster = run.ctx().cluster();
        BrokerFailureDemo.MinInsync m = BrokerFailureDemo.minInsyncReplicas(cluster.settings(), cluster,
                run.unique("min.insync.test"));
        run.observe("concept.minInsyncReplicas.1", m.topic(),
                m.leader(), m.stoppedFollowers().get(0), m.oneFollowerDown());
        run.observe("concept.minInsyncReplicas.2", m.stoppedFollowers().get(1), m.twoFollowersDown());
        run.observe("concept.minInsyncReplicas.3", m.restored().isr(), m.recordsInLog());
        run.check(m.oneFollowerDown().equals("written"), "concept.minInsyncReplicas.1",
                m.oneFollowerDown());
        run.check(m.twoFollowersDown().startsWith("NotEnoughReplicasException"),
                "concept.minInsyncReplicas.2",
                m.twoFollowersDown());
        run.check(m.recordsInLog().equals(List.of("acks=all")), "concept.minInsyncReplicas.3",
                m.recordsInLog());
    }

    private static void controllerFailover(StepRun run) throws Exception {
        LocalKafkaCluster cluster = run.ctx().cluster();
        ControllerFailoverDemo.Takeover t = ControllerFailoverDemo.run(cluster.settings(), cluster,
                run.unique("controller.test"));
        run.observe("concept.controllerFailover.1",
                t.voters(), t.activeBefore(), t.activeAfter(), t.electionMillis());
        run.observe("concept.controllerFailover.2",
                t.topic(), t.topicBefore().leader(), t.topicBefore().leader(), t.topicAfter().leader(),
                t.topicAfter().isr());
        run.check(t.activeAfter() != t.activeBefore() && t.voters().contains(t.activeAfter()),
                "concept.controllerFailover.1", t.voters(), t.activeBefore(),
                t.activeAfter());
        run.check(t.topicAfter().leader() != t.topicBefore().leader()
                        && t.topicBefore().isr().contains(t.topicAfter().leader()),
                "concept.controllerFailover.2", t.topicBefore().isr(),
                t.topicAfter().leader());
    }

    private static void deletion(StepRun run) throws Exception {
        DataDeletionDemo.DeletionResult r = DataDeletionDemo.run(run.settings(), run.unique("retention.test"));
        run.observe("concept.deletion.1", r.topic(), r.deletionConfigs());
        run.observe("concept.deletion.2", r.startOffsetBefore(), r.deletedBefore(),
                r.startOffsetAfter(), r.startOffsetBefore(), r.deletedOffsetReadable(), r.firstOffsetRead(),
                r.valuesRead());
        run.check(r.startOffsetAfter() == r.deletedBefore(), "concept.deletion.1",
                r.deletedBefore(), r.startOffsetAfter());
        run.check(!r.deletedOffsetReadable(), "concept.deletion.2");
        run.check(r.valuesRead().size() == DataDeletionDemo.KEEP && r.firstOffsetRead() == r.deletedBefore(),
                "concept.deletion.3", DataDeletionDemo.KEEP,
                r.deletedBefore(), r.valuesRead(), r.firstOffsetRead());
    }

    private static void consumerOffsets(StepRun run) throws Exception {
        ConsumerOffsetDemo.OffsetResult r = ConsumerOffsetDemo.run(run.settings(), run.unique("hello.kafka"),
                run.unique("hello-group"));
        run.observe("concept.consumerOffsets.1", r.groupId(), r.recordsRead(),
                r.committed(), r.endOffsets());
        run.observe("concept.consumerOffsets.2", r.offsetsTopic(),
                r.offsetsTopicInternal(), r.offsetsTopicPartitions(), r.groupPartition());
        run.check(r.committed().equals(r.endOffsets()), "concept.consumerOffsets.1", r.committed(),
                r.endOffsets());
        run.check(r.offsetsTopicInternal(), "concept.consumerOffsets.2", r.offsetsTopic());
    }

    private static void coordinator(StepRun run) throws Exception {
        CoordinatorDemo.CoordinatorResult r = CoordinatorDemo.run(run.settings(), run.unique("hello.kafka"),
                run.unique("hello-group"));
        run.observe("concept.coordinator.1", r.groupId(), r.type(), r.state(),
                r.coordinator().idString(), r.members().size(),
                r.members().stream().map(m -> m.clientId() + " " + m.assignment()).toList());
        run.observe("concept.coordinator.2", r.offsetsPartition(),
                r.offsetsPartitionLeader());
        run.check(r.members().size() == 1, "concept.coordinator.1", r.members().size());
        run.check(r.coordinator().id() == r.offsetsPartitionLeader(), "concept.coordinator.2",
                r.coordinator().id(), r.offsetsPartitionLeader(), r.offsetsPartition());
    }

    private static void topicNames(StepRun run) throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        List<TopicNameValidator.Verdict> verdicts;
        try (PrintStream print = new PrintStream(report, true, StandardCharsets.UTF_8)) {
            verdicts = TopicNameValidator.check(run.settings(), TopicNameValidator.DEMO_NAMES, print);
        }
        List<String> illegal = verdicts.stream().filter(v -> !v.legal()).map(v -> shown(v.name())).toList();
        List<String> legal = verdicts.stream().filter(TopicNameValidator.Verdict::legal).map(v -> shown(v.name()))
                .toList();
        run.observe("concept.topicNames.1", legal);
        run.observe("concept.topicNames.2", illegal);
        run.check(illegal.containsAll(List.of("''", "'.'", "'..'", "'hello kafka'", "'토픽'", "'order/v1'")),
                "concept.topicNames.1", illegal);
        run.check(legal.contains("'hello.kafka'"), "concept.topicNames.2");
        // the broker's own verdict: validateOnly creates nothing
        Map<String, String> brokerVerdicts = new java.util.LinkedHashMap<>();
        try (Admin admin = Admin.create(run.settings().admin())) {
            for (String name : List.of("hello kafka", "토픽", "t".repeat(250), run.unique("hello.kafka"))) {
                String verdict;
                try {
                    admin.createTopics(List.of(new NewTopic(name, 1, (short) 1)),
                            new CreateTopicsOptions().validateOnly(true)).all().get();
                    verdict = "accepted";
                } catch (ExecutionException e) {
                    verdict = e.getCause() instanceof InvalidTopicException ? "InvalidTopicException"
                            : e.getCause().getClass().getSimpleName();
                }
                brokerVerdicts.put(shown(name), verdict);
                boolean shouldAccept = name.startsWith("hello.kafka");
                run.check(verdict.equals(shouldAccept ? "accepted" : "InvalidTopicException"),
                        "concept.topicNames.3", verdict, shown(name));
            }
        }
        run.observe("concept.topicNames.3", brokerVerdicts);
    }

    private static String shown(String name) {
        return "'" + (name.length() > 20 ? name.substring(0, 5) + "…(" + name.length() + " chars)" : name) + "'";
    }

    private static void record(StepRun run) throws Exception {
        ConsumerRecord<String, String> r = RecordAnatomy.sendAndReadBack(run.settings(), run.unique("test"), "Pangyo",
                "23");
        String headers = RecordAnatomy.describe(r.headers());
        run.observe("concept.record", r.topic(),
                r.partition(), r.offset(), r.timestamp(), r.timestampType(), headers, r.key(), r.value());
        run.check("Pangyo".equals(r.key()) && "23".equals(r.value()), "concept.record.1", r.key(),
                r.value());
        run.check(r.offset() >= 0 && r.timestampType() == TimestampType.CREATE_TIME,
                "concept.record.2", r.offset(), r.timestampType());
        run.check(headers.contains("content-type=text/plain"), "concept.record.3", headers);
        run.check(r.timestamp() > 0, "concept.record.4");
        run.check(List.of("content-type", "source").equals(java.util.stream.StreamSupport
                .stream(r.headers().spliterator(), false).map(h -> h.key()).collect(Collectors.toList())),
                "concept.record.5");
    }
}
