package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * Bad input gets Kafka's own answer, quickly: an unknown option and a missing topic end with the tool's
 * error message and a non-zero exit within seconds; every wrapper runs a real tool class and {@code --help}
 * prints its usage; a tool or a walkthrough without a broker stops at once with a hint instead of retrying for a
 * minute.
 */
@KafkaTest
class ToolErrorsTest {

    /** A bad command must fail fast; this is far above the ~1 s a tool needs, far below a hang. */
    private static final Duration QUICK = Duration.ofSeconds(20);

    @Test
    void unknownOptionIsRejectedByTheTool(TestKafka kafka) {
        ToolProcess.Result run = ToolProcess.run(QUICK, Map.of(),
                "bin/kafka-topics.sh", "--bootstrap-server", kafka.bootstrapServers(), "--list", "--no-such-option");

        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        assertThat(run.output()).contains("no-such-option is not a recognized option");
    }

    /** The book's 2.5-era {@code --zookeeper} flag: Kafka 4.x's tools no longer know it (use --bootstrap-server). */
    @Test
    void theBooksZookeeperFlagIsGoneFromKafka4sTools() {
        ToolProcess.Result run = ToolProcess.run(QUICK, Map.of("KAFKA_BROKER_CHECK", "off"),
                "bin/kafka-topics.sh", "--zookeeper", "localhost:2181", "--list");

        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        assertThat(run.output()).contains("zookeeper is not a recognized option");
    }

    @Test
    void missingTopicIsReportedByTheTool(TestKafka kafka) {
        String topic = TestKafka.unique("no-such-topic");
        ToolProcess.Result run = ToolProcess.run(QUICK, Map.of(),
                "bin/kafka-topics.sh", "--bootstrap-server", kafka.bootstrapServers(), "--describe", "--topic", topic);

        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        assertThat(run.stdout()).contains("Error while executing topic command : Topic '" + topic
                + "' does not exist as expected");
    }

    /**
     * kafka-configs.sh --alter (the book's 토픽 옵션 수정) on a missing topic fails with the broker's error.
     * (Its --describe on a missing topic only says so and exits with 0: Kafka's behaviour.)
     */
    @Test
    void missingTopicConfigIsReportedByTheTool(TestKafka kafka) {
        String topic = TestKafka.unique("no-such-topic");
        ToolProcess.Result run = ToolProcess.run(QUICK, Map.of(), "bin/kafka-configs.sh",
                "--bootstrap-server", kafka.bootstrapServers(), "--entity-type", "topics", "--entity-name", topic,
                "--alter", "--add-config", "retention.ms=86400000");

        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        assertThat(run.output()).contains("Error while executing config command")
                .contains("UnknownTopicOrPartitionException: The topic '" + topic + "' does not exist.");
    }

    /**
     * Every wrapper names a real Kafka 4.3.1 class with a main method (checked on the test classpath, which
     * holds the same jars as target/classpath.txt), and {@code --help} prints the tool's usage — run for one
     * tool of each option parser (joptsimple, argparse4j) and for the broker. Most Kafka tools exit with 1
     * after --help: Kafka's own behaviour, kept as is.
     */
    @Test
    void everyToolRunsARealToolClassAndHelpWorks() {
        // which class each bin/ script and bin/windows/*.cmd runs: KafkaTools (KafkaToolsTest checks they agree)
        assertThat(KafkaTools.MAIN_CLASSES).hasSize(13).allSatisfy((script, className) -> assertThat(
                mainMethod(className)).as("%s → %s has public static void main(String[])", script, className).isTrue());

        Map<String, String> usage = Map.of(
                "kafka-topics.sh", "This tool helps to create, delete, describe, or change a topic.",
                "kafka-verifiable-producer.sh", "usage: verifiable-producer",
                "kafka-server-start.sh", "USAGE: java [options] kafka.Kafka server.properties [--override property=value]*");
        List<ToolProcess.Started> started = usage.keySet().stream()
                .map(script -> ToolProcess.start(Map.of(), "bin/" + script, "--help")).toList();
        List<ToolProcess.Result> results = started.stream().map(s -> ToolProcess.finish(s, QUICK)).toList();
        assertThat(results).allSatisfy(result -> assertThat(result.output()).as(result.toString())
                .contains(usage.get(result.command().get(0).substring("bin/".length()))));
    }

    private static boolean mainMethod(String className) {
        try {
            Method main = Class.forName(className, false, ToolErrorsTest.class.getClassLoader())
                    .getMethod("main", String[].class);
            return Modifier.isStatic(main.getModifiers()) && main.getReturnType() == void.class;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    void launcherWithoutClassPrintsUsage() {
        ToolProcess.Result run = ToolProcess.run(QUICK, Map.of(), "bin/kafka-run-class.sh");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("USAGE:").contains("<main class>");
    }

    @Test
    void walkthroughWithoutBrokerStopsAtOnceWithAHint() {
        ToolProcess.Result run = ToolProcess.run(QUICK, Map.of("BOOTSTRAP_SERVERS", "127.0.0.1:1"),
                "walkthrough/2.2.1-kafka-topics.sh");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("No Kafka broker answered at 127.0.0.1:1")
                .contains("./mvnw -q -pl local-kafka exec:java");
        assertThat(run.took()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void toolPointedAtNoBrokerGivesTheHintInSecondsNotAMinute() {
        ToolProcess.Result run = ToolProcess.run(QUICK, Map.of(),
                "bin/kafka-topics.sh", "--bootstrap-server", "127.0.0.1:1", "--list");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("No Kafka broker answered at 127.0.0.1:1");
        assertThat(run.took()).isLessThan(Duration.ofSeconds(5));
    }
}
