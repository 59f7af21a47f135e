package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.common.InProcessTool;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 2.2.5 and 2.2.6, the sections that stand alone (each with its own name suffix): the verifiable producer and
 * consumer (tools that end their JVM, so they get one of their own) and delete-records, checked against the
 * book and the broker's state as {@link Chapter2WalkthroughTest} checks 2.2.1 → 2.2.4.
 */
@KafkaTest
class Chapter2StandaloneSectionsTest {

    @TempDir
    Path workDir;

    @Test
    void verifiableProducerConsumer_2_2_5_tenOfTen(TestKafka kafka) {
        String ownSuffix = Chapter2WalkthroughTest.suffix();
        InProcessTool.Result run = WalkthroughRuns.run(kafka, "2.2.5", ownSuffix, workDir);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> events = run.output().lines().filter(line -> line.startsWith("{")).toList();
        assertThat(events).filteredOn(e -> e.contains("\"name\":\"producer_send_success\"")).hasSize(10);
        assertThat(events).anySatisfy(e -> assertThat(e).contains("\"name\":\"tool_data\"", "\"sent\":10",
                "\"acked\":10"));
        long consumed = events.stream().filter(e -> e.contains("\"name\":\"records_consumed\""))
                .mapToLong(e -> Long.parseLong(firstGroup("\"name\":\"records_consumed\",\"count\":(\\d+)", e)))
                .sum();
        assertThat(consumed).isEqualTo(10);
        assertThat(events).anySatisfy(e -> assertThat(e).contains("\"name\":\"offsets_committed\"",
                "\"offset\":10", "\"success\":true"));
        assertThat(kafka.committed("test-group" + ownSuffix))
                .containsExactlyEntriesOf(Map.of(new TopicPartition("verify-test" + ownSuffix, 0), 10L));
    }

    @Test
    void deleteRecords_2_2_6_belowOffset50(TestKafka kafka) {
        String ownSuffix = Chapter2WalkthroughTest.suffix();
        InProcessTool.Result run = WalkthroughRuns.run(kafka, "2.2.6", ownSuffix, workDir);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        String topic = "test" + ownSuffix;
        assertThat(run.output()).contains("{\"partitions\": [{\"topic\": \"" + topic + "\", \"partition\": 0, \"offset\": 50}], \"version\": 1}")
                .contains("Records delete operation completed:", "partition: " + topic + "-0\tlow_watermark: 50");
        assertThat(kafka.startOffsets(topic)).containsExactlyEntriesOf(Map.of(new TopicPartition(topic, 0), 50L));
        assertThat(kafka.endOffsets(topic)).containsExactlyEntriesOf(Map.of(new TopicPartition(topic, 0), 100L));
        // the first record still there is the one at offset 50, whose value is "50"
        assertThat(run.output().lines().toList()).endsWith("50", "Processed a total of 1 messages");
    }

    private static String firstGroup(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
        return matcher.group(1);
    }
}
