package com.example.tour;

import java.util.Arrays;
import java.util.List;

import com.example.testing.ClaimRunner.Selection;
import com.example.tour.Step.Needs;

/**
 * The tour in the book's order: each stop's section, Korean heading, the command a reader types and the claims it
 * runs — the chapter modules' own tests (their test-jars), the ones {@code verify} and the graders run.
 */
final class TourCatalog {

    private static final String CH2 = "./mvnw -q -pl chapter2-cli-scripts exec:java -Dexec.args=";
    private static final String ADMIN = "./mvnw -q -pl chapter3-admin exec:java -Dexec.mainClass=com.example.";
    private static final String PRODUCER = "./mvnw -q -pl chapter3-producer exec:java -Dexec.mainClass=com.example.";
    private static final String CONSUMER = "./mvnw -q -pl chapter3-consumer exec:java -Dexec.mainClass=com.example.";
    private static final String STREAMS = "./mvnw -q -pl chapter3-streams exec:java -Dexec.mainClass=com.example.";
    private static final String CONNECT = "./mvnw -q -pl chapter3-connect exec:java -Dexec.mainClass=com.example.";
    private static final String MM2 = "./mvnw -q -pl chapter3-mirrormaker2 exec:java -Dexec.mainClass=com.example.";
    private static final String H31 = "카프카 브로커 · 클러스터 · 주키퍼 — ";
    private static final String P = "프로듀서 API — ";
    private static final String C = "컨슈머 API — ";
    private static final String S = "스트림즈DSL — ";

    private TourCatalog() {
    }

    static List<Step> all() {
        return List.of(
                step("2.1.4", "주키퍼·카프카 브로커 실행 — 카프카 브로커 실행 및 로그 확인", "broker",
                        "./mvnw -q -pl local-kafka exec:java        {tour.note.localKafka}",
                        claims("KraftServerPropertiesTest")),
                step("2.1.5", "로컬 컴퓨터에서 카프카와 통신 확인 — kafka-broker-api-versions.sh", "apiVersions",
                        "chapter2-cli-scripts/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092",
                        claims("BrokerApiVersionsTest")),
                walkthrough("2.2.1", "kafka-topics.sh — 카프카 커맨드 라인 툴: 토픽 생성, 토픽 리스트 조회, 토픽 상세 조회, 토픽 옵션 수정",
                        "topics", "2.2.1-kafka-topics", "topics_2_2_1_createListDescribeAlter"),
                walkthrough("2.2.2", "kafka-console-producer.sh — 카프카 커맨드 라인 툴: 메시지 값만, 메시지 키와 값 전송",
                        "consoleProducer", "2.2.2-kafka-console-producer", "consoleProducer_2_2_2_withAndWithoutKeys"),
                walkthrough("2.2.3", "kafka-console-consumer.sh — 카프카 커맨드 라인 툴: 처음부터, 키와 함께, 컨슈머 그룹, 파티션 지정",
                        "consoleConsumer", "2.2.3-kafka-console-consumer",
                        "consoleConsumer_2_2_3_fromBeginningKeysGroupMaxMessagesPartition"),
                walkthrough("2.2.4", "kafka-consumer-groups.sh — 카프카 커맨드 라인 툴: 그룹 조회, 상세 조회(LAG), 오프셋 리셋",
                        "consumerGroups", "2.2.4-kafka-consumer-groups", "consumerGroups_2_2_4_listDescribeLagReset"),
                step("2.2.5", "kafka-verifiable-producer, consumer.sh — 카프카 커맨드 라인 툴: 테스트 데이터 전송·수신 검증",
                        "verifiable", walkthroughCommand("2.2.5", "2.2.5-kafka-verifiable-producer-consumer"),
                        claims("Chapter2StandaloneSectionsTest", "verifiableProducerConsumer_2_2_5_tenOfTen")),
                step("2.2.6", "kafka-delete-records.sh — 카프카 커맨드 라인 툴: 오래된 레코드 삭제",
                        "deleteRecords", walkthroughCommand("2.2.6", "2.2.6-kafka-delete-records"),
                        claims("Chapter2StandaloneSectionsTest", "deleteRecords_2_2_6_belowOffset50")),

                step("3.1", H31 + "데이터 저장, 전송", "storage", ADMIN + "DataStorageDemo",
                        claims("DataStorageDemoTest")),
                step("3.1", H31 + "데이터 복제, 싱크", "replication", ADMIN + "ReplicationDemo",
                        claims("ReplicationDemoTest")),
                step("3.1", H31 + "데이터 복제, 싱크: 브로커 장애", "brokerFailure", ADMIN + "BrokerFailureDemo",
                        Needs.CLUSTER, claims("ReplicationOnClusterTest",
                                "replicationFactor3PutsOneLeaderAndTwoFollowersOnThreeBrokersAllInSync",
                                "acksAllRecordsAreOnEveryReplica",
                                "whenTheLeadersBrokerStopsAFollowerFromTheIsrLeadsAndNoAcknowledgedRecordIsLost")),
                step("3.1", H31 + "데이터 복제, 싱크: min.insync.replicas", "minInsyncReplicas",
                        ADMIN + "BrokerFailureDemo", Needs.CLUSTER, claims("ReplicationOnClusterTest",
                                "minInsyncReplicas2RefusesAcksAllWritesOnlyWhenTwoFollowersAreDown")),
                step("3.1", H31 + "컨트롤러(controller)", "controller",
                        ADMIN + "ControllerDemo -Dexec.args=\"--bootstrap-controller localhost:10092\"",
                        claims("ControllerDemoTest", "theControllerIsALiveNodeAndTheQuorumLeaderIsAVoter",
                                "askedThroughTheControllerListenerTheControllerIsTheQuorumLeader")),
                step("3.1", H31 + "컨트롤러(controller): 컨트롤러 장애", "controllerFailover",
                        ADMIN + "ControllerFailoverDemo", Needs.CLUSTER, claims("ReplicationOnClusterTest",
                                "theQuorumHasThreeVotersAndAnotherTakesOverWhenTheActiveControllerStops")),
                step("3.1", H31 + "데이터 삭제", "deletion", ADMIN + "DataDeletionDemo",
                        claims("DataDeletionDemoTest")),
                step("3.1", H31 + "컨슈머 오프셋 저장", "consumerOffsets", ADMIN + "ConsumerOffsetDemo",
                        claims("ConsumerOffsetDemoTest")),
                step("3.1", H31 + "코디네이터(coordinator)", "coordinator", ADMIN + "CoordinatorDemo",
                        claims("CoordinatorDemoTest")),
                step("3.2", "토픽과 파티션 — 토픽 이름 제약 조건, 의미 있는 토픽 이름 작명 방법", "topicNames",
                        PRODUCER + "TopicNameValidator", claims("TopicNameValidatorTest",
                                "agreesWithTheBrokersVerdictOnTheSameNames", "explainsEachRuleInKafkasWords",
                                "adviseTheBooksNamingConventions")),
                step("3.3", "레코드 — 타임스탬프, 오프셋, 헤더, 메시지 키, 메시지 값", "record",
                        PRODUCER + "RecordAnatomy", claims("RecordAnatomyTest")),

                step("3.4.1", P + "카프카 프로듀서 프로젝트 생성", "simple", PRODUCER + "SimpleProducer",
                        claims("KeyedPartitioningTest", "simpleProducerWritesTheValueWithoutKey")),
                step("3.4.1", P + "메시지 키를 가진 데이터를 전송하는 프로듀서", "keyValue", PRODUCER + "ProducerWithKeyValue",
                        claims("KeyProducerTest")),
                step("3.4.1", P + "파티션 번호를 가진 데이터를 전송하는 프로듀서", "exactPartition",
                        PRODUCER + "ProducerExactPartition",
                        claims("KeyedPartitioningTest", "exactPartitionWinsOverTheKeyHash")),
                step("3.4.1", P + "커스텀 파티셔너를 가지는 프로듀서", "customPartitioner",
                        PRODUCER + "ProducerWithCustomPartitioner", claims("CustomPartitionerTest",
                                "pangyoAlwaysGoesToPartitionZeroAndNothingElseDoes",
                                "aRecordWithoutKeyIsRefusedAndNothingIsWritten", "theBooksRecordGoesToPartitionZero")),
                step("3.4.1", P + "브로커 정상 전송 여부를 확인하는 프로듀서 (동기)", "syncCallback",
                        PRODUCER + "ProducerWithSyncCallback    {tour.note.acks0}", claims("SyncCallbackTest")),
                step("3.4.1", P + "브로커 정상 전송 여부를 확인하는 프로듀서 (비동기)", "asyncCallback",
                        PRODUCER + "ProducerWithAsyncCallback",
                        claims("CallbackTest", "asyncCallbackFiresExactlyOncePerRecord")),

                step("3.4.2", C + "카프카 컨슈머 프로젝트 생성 (비명시 오프셋 커밋)", "simple",
                        CONSUMER + "SimpleConsumer -Dexec.args=\"test test-group auto.offset.reset=earliest\"",
                        claims("SimpleConsumerTest", "readsTheTopicAndCloseMakesTheLastAutoCommit")),
                step("3.4.2", C + "동기 오프셋 커밋", "syncCommit", CONSUMER + "ConsumerWithSyncCommit",
                        claims("SyncCommitTest")),
                step("3.4.2", C + "동기 오프셋 커밋 (레코드 단위)", "syncOffsetCommit",
                        CONSUMER + "ConsumerWithSyncOffsetCommit", claims("RecordCommitTest")),
                step("3.4.2", C + "비동기 오프셋 커밋", "asyncCommit", CONSUMER + "ConsumerWithASyncCommit",
                        claims("AsyncCommitTest")),
                step("3.4.2", C + "리밸런스 리스너를 가진 컨슈머", "rebalanceListener",
                        CONSUMER + "ConsumerWithRebalanceListener    {tour.note.twoTerminals}",
                        claims("RebalanceListenerTest")),
                step("3.4.2", C + "파티션 할당 컨슈머", "exactPartition", CONSUMER + "ConsumerWithExactPartition",
                        claims("ExactPartitionTest", "assignReadsOnlyPartitionZeroAndNoGroupCommitsAnything")),
                step("3.4.2", C + "컨슈머에 할당된 파티션 확인 방법", "assignment", CONSUMER + "ConsumerWithAssignmentCheck",
                        claims("ExactPartitionTest", "assignmentIsEmptyUntilPollJoinsTheGroupThenHoldsEveryPartition")),
                step("3.4.2", C + "컨슈머의 안전한 종료", "safeShutdown",
                        CONSUMER + "ConsumerWithSafeShutdown    {tour.note.thenCtrlC}", claims("SafeShutdownTest",
                                "aStopSignalMakesItCommitAndExitWithinFiveSecondsAndARestartReadsNoDuplicate",
                                "aStopArrivingInTheMiddleOfABatchStillCommitsEveryProcessedRecord")),
                step("3.4.3", "어드민 API — 브로커 정보 조회, 토픽 정보 조회", "adminClient",
                        ADMIN + "KafkaAdminClient -Dexec.args=\"test --non-default\"", claims("KafkaAdminClientTest",
                                "describesEveryBrokerWithItsActualLogDirs", "nonDefaultOnlyShowsWhatTheServerPropertiesSet",
                                "describesTheTopicPartitionsLeaderReplicasAndIsr")),

                step("3.5.1", S + "stream(), to()", "copy", STREAMS + "SimpleStreamApplication",
                        claims("SimpleStreamApplicationTest", "copiesEveryRecordOfStreamLogIncludingNullKeysAndValues")),
                step("3.5.1", S + "filter()", "filter", STREAMS + "StreamsFilter", claims("FilterApplicationsTest",
                        "streamsFilterWritesOnlyValuesLongerThanFiveAndSurvivesNullValues")),
                step("3.5.1", S + "KTable과 KStream을 join()", "joinKTable", STREAMS + "KStreamJoinKTable",
                        claims("KStreamJoinKTableTest", "anOrderBeforeTheAddressIsNotJoinedOrdersAfterItAre",
                                "theBooksExampleSendsEveryOrderToTheLatestAddress")),
                step("3.5.1", S + "GlobalKTable과 KStream을 join()", "joinGlobalKTable",
                        STREAMS + "KStreamJoinGlobalKTable", claims("KStreamJoinGlobalKTableTest")),
                step("3.5.2", "프로세서 API", "processor", STREAMS + "SimpleKafkaProcessor",
                        claims("FilterProcessorTest")),
                step("3.5", "카프카 스트림즈 — (책 저장소 예제) KStreamCountApplication, QueryableStore", "countAndQuery",
                        STREAMS + "KStreamCountApplication\n" + STREAMS + "QueryableStore",
                        claims("CountAndQueryableStoreTest")),

                step("3.6", "카프카 커넥트 — 단일 모드 커넥트, 3.6.1 파일 소스 커넥터, 3.6.2 파일 싱크 커넥터", "standalone",
                        CONNECT + "ConnectStandaloneMain\necho hello >> /tmp/kafka.txt;  cat /tmp/kafka-sink.txt",
                        claims("ConnectStandaloneTest", "sourceWaitsForAMissingFileThenSendsItsLinesToTheTopicInOrder",
                                "sinkAppendsTheTopicsRecordsToTheFileInOrder")),
                step("3.6", "카프카 커넥트 — 분산 모드 커넥트 (REST API)", "distributed",
                        CONNECT + "ConnectDistributedMain\ncurl -X POST -H 'Content-Type: application/json' --data "
                                + "@chapter3-connect/config/single-file-source.json http://localhost:8083/connectors\n"
                                + "curl http://localhost:8083/connectors/single-file-source/status",
                        claims("ConnectDistributedMainTest")),

                step("3.7", "카프카 미러메이커2 — 단방향 토픽 복제 (A → B)", "mirror",
                        MM2 + "LocalClusters          {tour.note.twoClusters}\n" + MM2 + "MirrorMakerLauncher",
                        Needs.TWO_CLUSTERS, claims("MirrorMakerReplicationTest",
                                "recordsOnAAppearInARemoteTopicOnBWithSameOrderKeysAndHeaders")),
                step("3.7.1", "미러메이커2를 활용한 지리적 복제(Geo-Replication) — 장애 복구(failover)", "failover",
                        MM2 + "OffsetTranslation -Dexec.args=\"test-group A B\"", Needs.TWO_CLUSTERS,
                        claims("FailoverTest")));
    }

    private static Step step(String section, String heading, String id, String command, Selection claims) {
        return step(section, heading, id, command, Needs.BROKER, claims);
    }

    private static Step step(String section, String heading, String id, String command, Needs needs,
                             Selection claims) {
        return new Step(section, heading, id, command, needs, claims);
    }

    private static Step walkthrough(String section, String heading, String id, String script, String claim) {
        return step(section, heading, id, walkthroughCommand(section, script),
                claims("Chapter2WalkthroughTest", claim));
    }

    private static String walkthroughCommand(String section, String script) {
        return CH2 + section + "      {tour.note.walkthrough:" + script + "}";
    }

    /** Claims of {@code com.example.<testClass>}: the methods named, else all of them. */
    private static Selection claims(String testClass, String... methods) {
        return new Selection("com.example." + testClass, Arrays.asList(methods));
    }
}
