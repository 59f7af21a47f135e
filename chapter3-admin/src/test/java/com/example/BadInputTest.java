package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.example.common.Examples;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** Bad arguments are one clear line and exit code 1, before anything is created. */
@KafkaTest
class BadInputTest {

    @Test
    void unknownOptionsAndExtraArgumentsAreRefusedWithTheUsage(TestKafka kafka) {
        assertRefused(kafka, s -> DataStorageDemo.runAndPrint(s, "--topic"), "usage: DataStorageDemo [topic]");
        assertRefused(kafka, s -> DataDeletionDemo.runAndPrint(s, "a", "b"), "too many arguments. usage: DataDeletionDemo");
        assertRefused(kafka, s -> ConsumerOffsetDemo.runAndPrint(s, "hello.kafka", " "), "usage: ConsumerOffsetDemo");
        assertRefused(kafka, s -> CoordinatorDemo.runAndPrint(s, "-g"), "usage: CoordinatorDemo");
        assertRefused(kafka, s -> ReplicationDemo.runAndPrint(s, "x", "y"), "usage: ReplicationDemo");
        // the demos that bring their own cluster refuse before starting it
        assertRefused(kafka, s -> OwnCluster.viewRequested(new String[] {"localhost:9092"},
                BrokerFailureDemo.USAGE), "unexpected argument 'localhost:9092'. usage: BrokerFailureDemo");
        assertRefused(kafka, s -> OwnCluster.viewRequested(new String[] {"-x"}, ControllerFailoverDemo.USAGE),
                "usage: ControllerFailoverDemo");
        // --view is the one thing they take: the picture of their cluster while they run
        assertThat(OwnCluster.viewRequested(new String[] {"--view"}, BrokerFailureDemo.USAGE)).isTrue();
        assertThat(OwnCluster.viewRequested(new String[0], BrokerFailureDemo.USAGE)).isFalse();
    }

    @Test
    void anInvalidTopicNameIsOneClearLine(TestKafka kafka) {
        assertRefused(kafka, s -> KafkaAdminClient.topicInfo(s, "no/slashes"), "'no/slashes' is not a valid topic name");
    }

    private static void assertRefused(TestKafka kafka, Examples.Example example, String expected) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Examples.execute(kafka.settings(), example, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Examples.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: ").contains(expected);
    }
}
