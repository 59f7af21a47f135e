package com.example.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.example.ConsumerWithSafeShutdown;
import com.example.ConsumerWithSyncOffsetCommit;
import com.example.testing.ChildJvm;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 3.4.2 컨슈머 API — what each commit style promises when the process dies. The real examples run in child JVMs
 * ({@code java ... com.example.ConsumerWithSyncOffsetCommit <topic> <group> key=value...}, exactly the
 * reader's command) and are killed mid-stream:
 * <ul>
 *   <li>{@code kill -9} (SIGKILL) of the per-record {@code commitSync(offset + 1)} consumer: nothing is lost, and
 *       at most the one record in flight (logged, not yet committed) is read again per kill;</li>
 *   <li>{@code kill -TERM} (SIGTERM, what Ctrl+C sends) of the safe-shutdown consumer: its shutdown hook wakes
 *       the consumer up, it commits and closes — nothing is read twice.</li>
 * </ul>
 * Progress is read from the child's log (one {@code record:ConsumerRecord(... value = v17)} line per record)
 * and from the group's committed offsets (Admin), never from sleeps.
 */
@KafkaTest
class ConsumerCrashTest {

    private static final int N = 1200;
    private static final Duration DEADLINE = Duration.ofSeconds(40);

    @Test
    @Timeout(120)
    void perRecordSyncCommitConsumerKilledWithSigkillTwiceLosesNoRecordAndRepeatsAtMostOnePerKill(TestKafka kafka)
            throws Exception {
        String topic = kafka.createTopic("sigkill", 3);
        String group = TestKafka.unique("sigkill-group");
        Records.produceValues(kafka.settings(), topic, N);
        // static membership: a restarted consumer with the same group.instance.id takes over the dead one's
        // partitions at once, instead of waiting session.timeout.ms (45 s) for the coordinator to notice
        String[] args = {topic, group, "auto.offset.reset=earliest", "group.instance.id=" + group + "-member"};

        List<List<String>> runs = new ArrayList<>();
        int kills = 2;
        for (int kill = 1; kill <= kills; kill++) {
            int before = runs.stream().mapToInt(List::size).sum();
            try (ChildJvm child = ChildJvm.start(ConsumerWithSyncOffsetCommit.class, kafka.bootstrapServers(), args)) {
                int target = before + N / 4;
                await("run " + kill + " to process records").atMost(DEADLINE).pollInterval(Duration.ofMillis(20))
                        .until(() -> before + child.loggedValues().size() >= target || !child.isAlive());
                assertThat(child.isAlive()).as("run %d still running:%n%s", kill, child.output()).isTrue();
                child.kill(); // kill -9: no finally, no commit, no close
                runs.add(child.loggedValues());
            }
            assertThat(new HashSet<>(flatten(runs))).as("killed mid-stream, after run %d", kill).hasSizeLessThan(N);
        }
        try (ChildJvm last = ChildJvm.start(ConsumerWithSyncOffsetCommit.class, kafka.bootstrapServers(), args)) {
            await("the last run to finish the topic").atMost(DEADLINE).pollInterval(Duration.ofMillis(50))
                    .until(() -> TestKafka.total(kafka.committed(group).values()) == N);
            last.terminate(Duration.ofSeconds(15));
            runs.add(last.loggedValues());
        }

        List<String> all = flatten(runs);
        Set<String> distinct = new HashSet<>(all);
        System.out.printf("SIGKILL x%d: records per run %s, processed %d, distinct %d%n", kills,
                runs.stream().map(List::size).toList(), all.size(), distinct.size());
        assertThat(distinct).as("records processed at least once (0 lost)").hasSize(N);
        for (int i = 1; i < runs.size(); i++) {
            Set<String> earlier = new HashSet<>(flatten(runs.subList(0, i)));
            long again = runs.get(i).stream().filter(earlier::contains).count();
            assertThat(again).as("records read again after kill %d", i).isLessThanOrEqualTo(1);
        }
        assertThat(all.size() - N).as("duplicates in total").isLessThanOrEqualTo(kills);
    }

    @Test
    @Timeout(120)
    void safeShutdownConsumerStoppedWithSigtermCommitsAndReadsNoRecordTwice(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("sigterm", 3);
        String group = TestKafka.unique("sigterm-group");
        Records.produceValues(kafka.settings(), topic, N);
        // one record per poll (and so a commitSync per record) keeps the consumer busy long enough to stop it
        // mid-stream; without a kill -9 the batch size would not matter for duplicates anyway
        String[] args = {topic, group, "auto.offset.reset=earliest", "max.poll.records=1"};

        List<String> first;
        try (ChildJvm child = ChildJvm.start(ConsumerWithSafeShutdown.class, kafka.bootstrapServers(), args)) {
            await("the first run to process records").atMost(DEADLINE).pollInterval(Duration.ofMillis(20))
                    .until(() -> child.loggedValues().size() >= N / 3 || !child.isAlive());
            assertThat(child.isAlive()).as("first run still running:%n%s", child.output()).isTrue();
            int exit = child.terminate(Duration.ofSeconds(15)); // kill -TERM: the shutdown hook runs
            assertThat(exit).as("exit code after SIGTERM (128 + 15)").isEqualTo(143);
            assertThat(child.output()).contains("Wakeup consumer").contains("Committed").contains("Consumer close");
            first = child.loggedValues();
        }
        assertThat(first).as("stopped mid-stream").hasSizeLessThan(N);
        assertThat(TestKafka.total(kafka.committed(group).values()))
                .as("committed on the way out: everything the first run processed").isEqualTo(first.size());

        List<String> second;
        try (ChildJvm child = ChildJvm.start(ConsumerWithSafeShutdown.class, kafka.bootstrapServers(), args)) {
            await("the second run to finish the topic").atMost(DEADLINE).pollInterval(Duration.ofMillis(50))
                    .until(() -> TestKafka.total(kafka.committed(group).values()) == N);
            child.terminate(Duration.ofSeconds(15));
            second = child.loggedValues();
        }

        Set<String> distinct = new HashSet<>(first);
        distinct.addAll(second);
        System.out.printf("SIGTERM: records per run [%d, %d], distinct %d%n", first.size(), second.size(),
                distinct.size());
        assertThat(distinct).as("records processed (0 lost)").hasSize(N);
        assertThat(first.size() + second.size()).as("records processed in total (0 duplicates)").isEqualTo(N);
    }

    private static List<String> flatten(List<List<String>> runs) {
        return runs.stream().flatMap(List::stream).toList();
    }
}
