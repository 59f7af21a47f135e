package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.junit.jupiter.api.Test;

import com.example.common.Examples;
import com.example.testing.TestKafka;

/** 3.4.1 커스텀 파티셔너 on the listing: its claims ({@link CustomPartitionerClaims}), and how failures are told. */
class CustomPartitionerTest extends CustomPartitionerClaims {

    CustomPartitionerTest() {
        super(CustomPartitioner.class);
    }

    /** The edge case CustomPartitionerMockProducerTest also covers, on the broker: one partition is everyone's. */
    @Test
    void withOnePartitionEveryKeyGoesToPartitionZero(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("test", 1);
        List<Map.Entry<String, String>> keyValues = new ArrayList<>(List.of(Map.entry("Pangyo", "23")));
        OTHER_KEYS.forEach(key -> keyValues.add(Map.entry(key, "23")));

        List<RecordMetadata> stored = ProducerWithCustomPartitioner.send(kafka.settings(), topic, keyValues);

        assertThat(stored).hasSize(keyValues.size()).allSatisfy(m -> assertThat(m.partition()).isZero());
        assertThat(kafka.consume(topic, keyValues.size())).extracting(r -> r.partition()).containsOnly(0);
    }

    @Test
    void theBooksRecordGoesToPartitionZero(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("test", 3);

        List<RecordMetadata> stored =
                ProducerWithCustomPartitioner.send(kafka.settings(), topic, ProducerWithCustomPartitioner.BOOK_RECORDS);
        observed("partitioner.book-record", stored);

        assertThat(stored).singleElement().satisfies(m -> {
            assertThat(m.partition()).isZero();
            assertThat(m.offset()).isZero();
        });
    }

    /** Issue #15: a batch that fails at one record still tells the fate of every record it sent. */
    @Test
    void aBatchWithOneBadRecordTellsTheFateOfEveryRecord(TestKafka kafka) {
        String topic = kafka.createTopic("test", 3);
        List<Map.Entry<String, String>> batch = new ArrayList<>();
        batch.add(Map.entry("Pangyo", "1"));
        batch.add(new java.util.AbstractMap.SimpleEntry<>(null, "2"));
        batch.add(Map.entry("Busan", "3"));

        assertThatThrownBy(() -> ProducerWithCustomPartitioner.send(kafka.settings(), topic, batch))
                .hasCauseInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("1 of 3 records were not stored (record 2 (key null): ")
                .hasMessageContaining("the other 2 were: [" + topic + "-0@0, " + topic + "-");

        assertThat(TestKafka.total(kafka.endOffsets(topic).values())).isEqualTo(2);
    }

    @Test
    void theReaderSeesOneLineAndAKafkaErrorExitCodeForAMissingKey(TestKafka kafka) {
        String topic = kafka.createTopic("test", 2);
        List<Map.Entry<String, String>> noKey = List.of(new java.util.AbstractMap.SimpleEntry<>(null, "23"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Examples.execute(kafka.settings(),
                settings -> ProducerWithCustomPartitioner.send(settings, topic, noKey),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Examples.EXIT_KAFKA_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("InvalidRecordException", "Need message key");
        assertThat(TestKafka.total(kafka.endOffsets(topic).values())).isZero();
    }
}
