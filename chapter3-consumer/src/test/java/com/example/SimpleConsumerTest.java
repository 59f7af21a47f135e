package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.GroupType;
import org.junit.jupiter.api.Test;

import com.example.common.Examples;
import com.example.common.StopSignal;
import com.example.testing.RunningExample;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** The book's first consumer, its command line, and the new consumer group protocol. */
@KafkaTest
class SimpleConsumerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void readsTheTopicAndCloseMakesTheLastAutoCommit(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("simple-consumer", 1);
        String group = TestKafka.unique("simple-consumer-group");
        List<String> values = Produce.values("testMessage", 3);
        kafka.sendValues(topic, values);

        RecordSink sink = new RecordSink();
        try (RunningExample consumer = RunningExample.start("simple-consumer", stop ->
                SimpleConsumer.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), sink))) {
            await().atMost(TIMEOUT).until(() -> sink.size() >= values.size());
            consumer.stopAndAwait(TIMEOUT);
        observed("consumer.received", sink.size(), sink.values());
        observed("consumer.committed", group, kafka.committed(group), kafka.endOffsets(topic));
        }

        assertThat(sink.values()).containsExactlyElementsOf(values);
        assertThat(kafka.committed(group)).isEqualTo(kafka.endOffsets(topic));
    }

    @Test
    void theNewConsumerGroupProtocolIsOneConfigAway(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("kip-848", 2);
        String group = TestKafka.unique("kip-848-group");
        List<String> values = Produce.values("v", 4);
        Produce.spread(kafka, topic, 2, values);
        // group.protocol=consumer: session.timeout.ms / heartbeat.interval.ms are the broker's business now
        Map<String, Object> configs = Map.of(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");

        RecordSink sink = new RecordSink();
        try (RunningExample consumer = RunningExample.start("kip-848", stop ->
                SimpleConsumer.run(kafka.settings(), topic, group, stop, configs, sink))) {
            await().atMost(TIMEOUT).until(() -> sink.size() >= values.size());
            GroupType type = kafka.admin().describeConsumerGroups(List.of(group)).all().get().get(group).type();
            assertThat(type).isEqualTo(GroupType.CONSUMER);
            consumer.stopAndAwait(TIMEOUT);
        }
        assertThat(sink.values()).containsExactlyInAnyOrderElementsOf(values);
        assertThat(kafka.committed(group)).isEqualTo(kafka.endOffsets(topic));
    }

    @Test
    void withTheConsumerProtocolTheClientMayNotSetSessionTimeouts(TestKafka kafka) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, Object> configs = Map.of(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer",
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 6000);

        int status = Examples.execute(kafka.settings(), settings -> SimpleConsumer.run(settings, "test",
                TestKafka.unique("kip-848-bad"), new StopSignal(), configs, SimpleConsumer.logRecord()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_KAFKA_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("session.timeout.ms cannot be set when group.protocol=CONSUMER");
    }

    @Test
    void aBlankTopicIsBadInputWithOneClearLine(TestKafka kafka) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Examples.execute(kafka.settings(),
                settings -> SimpleConsumer.run(settings, " ", "test-group", new StopSignal()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: topic is empty");
    }

    @Test
    void argumentsAreTopicGroupAndConsumerConfigs() {
        ConsumerArgs none = ConsumerArgs.parse(new String[0]);
        assertThat(none.topic("test")).isEqualTo("test");
        assertThat(none.group("test-group")).isEqualTo("test-group");
        assertThat(none.configs()).isEmpty();

        ConsumerArgs some = ConsumerArgs.parse(new String[] {"orders", "auto.offset.reset=earliest", "g1",
                "max.poll.records=1"});
        assertThat(some.topic("test")).isEqualTo("orders");
        assertThat(some.group("test-group")).isEqualTo("g1");
        assertThat(some.configs()).containsExactly(Map.entry("auto.offset.reset", "earliest"),
                Map.entry("max.poll.records", "1"));

        assertThat(ConsumerArgs.parse(new String[] {"test", "3"}).partition(0)).isEqualTo(3);
        assertThatThrownBy(() -> ConsumerArgs.parse(new String[] {"test", "zero"}).partition(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partition must be a number");
        assertThatThrownBy(() -> ConsumerArgs.parse(new String[] {"=earliest"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key=value");
    }
}
