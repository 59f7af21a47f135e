package com.example;

import static com.example.testing.Observations.failing;
import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.example.testing.RunningExample;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 3.4.2 리밸런스 리스너를 가진 컨슈머, its claims — run by {@link ConsumerWithRebalanceListener}'s loop with the
 * listener under test: {@link RebalanceListenerTest} with {@link RebalanceListener}, {@link RebalanceListenerGrader}
 * with the exercise's stub (exercise {@code rebalance-listener}).
 */
@KafkaTest
abstract class RebalanceListenerClaims {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Function<KafkaConsumer<String, String>, CommittingRebalanceListener> listener;

    RebalanceListenerClaims(Function<KafkaConsumer<String, String>, CommittingRebalanceListener> listener) {
        this.listener = listener;
    }

    @Test
    void whenASecondConsumerJoinsNoRecordIsProcessedTwiceNorLost(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("rebalance", 2);
        String group = TestKafka.unique("rebalance-group");
        List<String> before = Produce.values("before", 10);
        List<String> after = Produce.values("after", 10);
        Produce.spread(kafka, topic, 2, before);

        RecordSink first = new RecordSink();
        RecordSink second = new RecordSink();
        try (RunningExample consumer1 = start("rebalance-1", kafka, topic, group, first)) {
            await().atMost(TIMEOUT).until(() -> first.size() >= before.size());
            // the listing commits only when partitions leave it: nothing is committed yet
            assertThat(kafka.committed(group)).as(observed("rebalance.alone", first.size(), kafka.committed(group)))
                    .isEmpty();

            try (RunningExample consumer2 = start("rebalance-2", kafka, topic, group, second)) {
                // the second member's join revokes the first one's partitions: one partition each afterwards
                await().atMost(TIMEOUT).until(() -> eachHasAPartition(kafka.groupAssignment(group), 2));
                observed("rebalance.assignment", kafka.groupAssignment(group).values());
                Produce.spread(kafka, topic, 2, after);
                await().atMost(TIMEOUT).until(() -> second.size() > 0
                        && distinct(first, second).size() >= before.size() + after.size());
                consumer2.stopAndAwait(TIMEOUT);
            }
            consumer1.stopAndAwait(TIMEOUT);
        }

        List<String> all = new ArrayList<>(first.values());
        all.addAll(second.values());
        List<String> processedTwice = second.values().stream().filter(first.values()::contains).toList();
        assertThat(processedTwice).as(failing("rebalance.twice", processedTwice.size())).isEmpty();
        assertThat(all).as(observed("consumer.read-again", all.size() - distinct(first, second).size()))
                .hasSize(before.size() + after.size());
        Map<TopicPartition, Long> committed = kafka.committed(group);
        assertThat(committed).as(observed("rebalance.close-commit", committed, kafka.endOffsets(topic)))
                .isEqualTo(kafka.endOffsets(topic));
    }

    private RunningExample start(String name, TestKafka kafka, String topic, String group, RecordSink sink) {
        return RunningExample.start(name, stop -> ConsumerWithRebalanceListener.run(kafka.settings(), topic, group,
                stop, TestConfigs.fast(), sink, listener));
    }

    private static boolean eachHasAPartition(Map<String, Set<TopicPartition>> assignment, int members) {
        return assignment.size() == members && assignment.values().stream().noneMatch(Set::isEmpty);
    }

    private static Set<String> distinct(RecordSink first, RecordSink second) {
        Set<String> all = new HashSet<>(first.values());
        all.addAll(second.values());
        return all;
    }
}
