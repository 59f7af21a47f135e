package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 3.7.1 지리적 복제 — active-active (config/active-active.properties): A -> B and B -> A at once. Records written on
 * either side reach the other side exactly once, and no record loops back: there is no {@code A.B.<topic>} or
 * {@code B.A.<topic>}, although the topic filter matches remote topics too.
 */
@TwoClusters.Test
class ActiveActiveTest {

    private static final String PREFIX = "aa-" + UUID.randomUUID().toString().substring(0, 8);

    private static TestMirrorMaker mirrorMaker;

    @BeforeAll
    static void startMirrorMaker(TwoClusters clusters) {
        // ".*<prefix>.*" matches test, A.test and B.test alike: only the replication policy can stop a loop
        String filter = ".*" + PREFIX + ".*";
        mirrorMaker = TestMirrorMaker.start("active-active.properties", clusters,
                Map.of("A->B.topics", filter, "B->A.topics", filter));
    }

    @AfterAll
    static void stopMirrorMaker() {
        if (mirrorMaker != null) {
            mirrorMaker.close();
        }
    }

    @Test
    void recordsFromBothSidesArriveOnceOnTheOtherSideWithoutLoops(TwoClusters clusters) {
        String topic = PREFIX + "-test";
        clusters.a.createTopic(topic, 2, Map.of());
        clusters.b.createTopic(topic, 2, Map.of());
        List<String> fromA = IntStream.range(0, 20).mapToObj(i -> "written-on-A-" + i).toList();
        List<String> fromB = IntStream.range(0, 20).mapToObj(i -> "written-on-B-" + i).toList();
        clusters.a.sendValues(topic, fromA);
        clusters.b.sendValues(topic, fromB);

        List<ConsumerRecord<String, String>> bCopyOfA = clusters.b.consume("A." + topic, 20);
        List<ConsumerRecord<String, String>> aCopyOfB = clusters.a.consume("B." + topic, 20);
        assertThat(bCopyOfA).extracting(ConsumerRecord::value).containsExactlyInAnyOrderElementsOf(fromA);
        assertThat(aCopyOfB).extracting(ConsumerRecord::value).containsExactlyInAnyOrderElementsOf(fromB);

        // for three topic refreshes (1 s each): no topic of the other side's remote topic, nothing copied twice,
        // and the local topics hold only what was written locally
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(clusters.a.topics()).filteredOn(t -> t.contains(PREFIX))
                    .containsExactlyInAnyOrder(topic, "B." + topic);
            assertThat(clusters.b.topics()).filteredOn(t -> t.contains(PREFIX))
                    .containsExactlyInAnyOrder(topic, "A." + topic);
            assertThat(clusters.b.endOffsetSum("A." + topic)).isEqualTo(20);
            assertThat(clusters.a.endOffsetSum("B." + topic)).isEqualTo(20);
            assertThat(clusters.a.endOffsetSum(topic)).isEqualTo(20);
            assertThat(clusters.b.endOffsetSum(topic)).isEqualTo(20);
        });
    }
}
