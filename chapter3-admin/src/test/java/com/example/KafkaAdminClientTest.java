package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.Test;

import com.example.common.Examples;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.4.3 어드민 API: the book's broker and topic listing against a real broker. */
@KafkaTest
class KafkaAdminClientTest {

    @Test
    void describesEveryBrokerWithItsActualLogDirs(TestKafka kafka) throws Exception {
        List<KafkaAdminClient.BrokerConfigs> brokers = KafkaAdminClient.brokerInfo(kafka.settings(), false);
        brokers.forEach(b -> observed("admin.broker", b.node(), b.entries().size(),
                b.value("log.dirs").or(() -> b.value("log.dir")).orElse("-")));

        List<Integer> liveIds = kafka.admin().describeCluster().nodes().get().stream().map(Node::id).toList();
        assertThat(brokers).extracting(b -> b.node().id()).containsExactlyInAnyOrderElementsOf(liveIds);
        for (KafkaAdminClient.BrokerConfigs broker : brokers) {
            assertThat(broker.entries()).hasSizeGreaterThan(100); // every broker config, defaults included
            // where the data lives: log.dirs when the broker sets it, else log.dir (default /tmp/kafka-logs, as in
            // the official image); either way the directories the broker reports in use
            String dataDirs = broker.value("log.dirs").or(() -> broker.value("log.dir")).orElseThrow();
            int id = broker.node().id();
            assertThat(kafka.admin().describeLogDirs(List.of(id)).allDescriptions().get().get(id).keySet())
                    .containsExactlyInAnyOrder(dataDirs.split(","));
        }
    }

    @Test
    void nonDefaultOnlyShowsWhatTheServerPropertiesSet(TestKafka kafka) throws Exception {
        List<KafkaAdminClient.BrokerConfigs> all = KafkaAdminClient.brokerInfo(kafka.settings(), false);
        List<KafkaAdminClient.BrokerConfigs> nonDefault = KafkaAdminClient.brokerInfo(kafka.settings(), true);

        KafkaAdminClient.BrokerConfigs broker = nonDefault.get(0);
        observed("admin.non-default", broker.node().id(), broker.entries().size(), all.get(0).entries().size(),
                broker.entries().stream().map(ConfigEntry::name).limit(6).toList());
        assertThat(broker.entries()).isNotEmpty().noneMatch(ConfigEntry::isDefault)
                .hasSizeLessThan(all.get(0).entries().size());
        // every broker here names its listeners in its server.properties (or the image's KAFKA_LISTENERS)
        assertThat(broker.entries()).filteredOn(e -> e.name().equals("listeners"))
                .extracting(ConfigEntry::source).containsExactly(ConfigEntry.ConfigSource.STATIC_BROKER_CONFIG);
        assertThat(KafkaAdminClient.format(broker.entries().get(0), true)).contains(" = ").contains("[");
    }

    @Test
    void describesTheTopicPartitionsLeaderReplicasAndIsr(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("test", 3);

        TopicDescription description = KafkaAdminClient.topicInfo(kafka.settings(), topic);
        description.partitions().forEach(p -> observed("admin.partition", topic, p.partition(), p.leader().id(),
                p.replicas().stream().map(n -> n.id()).toList(), p.isr().stream().map(n -> n.id()).toList()));

        assertThat(description.name()).isEqualTo(topic);
        assertThat(description.partitions()).hasSize(3).allSatisfy(p -> {
            assertThat(p.leader()).isNotNull();
            assertThat(p.replicas()).contains(p.leader());
            assertThat(p.isr()).contains(p.leader());
        });
    }

    @Test
    void aMissingTopicGivesOneClearMessage(TestKafka kafka) {
        String topic = TestKafka.unique("no-such-topic");

        assertThatThrownBy(() -> KafkaAdminClient.topicInfo(kafka.settings(), topic))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("topic '" + topic + "' does not exist; create it with ")
                .hasMessageContaining("kafka-topics.sh --bootstrap-server " + kafka.bootstrapServers()
                        + " --create --topic " + topic);

        // what the reader sees: one line and exit code 1, no stack trace
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Examples.execute(kafka.settings(), s -> KafkaAdminClient.runAndPrint(s, topic, "--non-default"),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Examples.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .startsWith("error: topic '" + topic + "' does not exist").doesNotContain("\n");
    }

    @Test
    void theReadersCommandRunsToTheEnd(TestKafka kafka) {
        String topic = kafka.createTopic("test", 1);
        kafka.send(topic, null, "testMessage");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Examples.execute(kafka.settings(), s -> KafkaAdminClient.runAndPrint(s, topic, "--non-default"),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isZero();
        assertThat(Examples.execute(kafka.settings(), s -> KafkaAdminClient.runAndPrint(s, "--bogus"),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(Examples.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --bogus").contains("usage:");
    }
}
