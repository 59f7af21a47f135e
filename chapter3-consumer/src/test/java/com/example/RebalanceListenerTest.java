package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.RunningExample.Sink;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 리밸런스 리스너: {@link ConsumerWithRebalanceListener} with the fixed {@link RebalanceListener}. */
@KafkaTest
class RebalanceListenerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void theFirstConsumerCommitsOnRevokeSoAcrossBothNoRecordIsDeliveredTwiceNorLost(TestKafka kafka)
            throws Exception {
        String topic = kafka.createTopic("rebalance", 2);
        String group = TestKafka.unique("rebalance-group");
        List<String> before = Produce.values("before", 10);
        List<String> after = Produce.values("after", 10);
        Produce.spread(kafka, topic, 2, before);

        Sink first = new Sink();
        Sink second = new Sink();
        try (RunningExample consumer1 = RunningExample.start("rebalance-1", stop ->
                ConsumerWithRebalanceListener.run(kafka.settings(), topic, group, stop, TestConfigs.fast(), first))) {
            await().atMost(TIMEOUT).until(() -> first.size() >= before.size());
            // the listing commits only when partitions leave it: nothing is committed yet
            assertThat(kafka.committed(group)).isEmpty();

            try (RunningExample consumer2 = RunningExample.start("rebalance-2", stop ->
                    ConsumerWithRebalanceListener.run(kafka.settings(), topic, group, stop, TestConfigs.fast(),
                            second))) {
                // the second member's join revokes the first one's partitions: its listener commits what it processed
                await().atMost(TIMEOUT).until(() -> kafka.committed(group).equals(kafka.endOffsets(topic)));
                assertThat(consumer1.isRunning()).isTrue();

                Produce.spread(kafka, topic, 2, after);
                await().atMost(TIMEOUT).until(() -> first.size() + second.size() >= before.size() + after.size());
                assertThat(second.size()).as("the second member got a partition of its own").isPositive();
                consumer2.stopAndAwait(TIMEOUT);
            }
            consumer1.stopAndAwait(TIMEOUT);
        }

        List<String> all = new ArrayList<>(first.values());
        all.addAll(second.values());
        List<String> produced = new ArrayList<>(before);
        produced.addAll(after);
        assertThat(new HashSet<>(all)).as("none lost").containsExactlyInAnyOrderElementsOf(produced);
        assertThat(all).as("none delivered twice").hasSize(produced.size());
        assertThat(second.values()).as("the second member did not re-read what the first had processed")
                .doesNotContainAnyElementsOf(before);
        assertThat(kafka.committed(group)).isEqualTo(kafka.endOffsets(topic));
    }
}
