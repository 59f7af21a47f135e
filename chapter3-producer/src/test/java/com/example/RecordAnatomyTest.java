package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.3 레코드: every part of a record, as the consumer sees it. */
@KafkaTest
class RecordAnatomyTest {

    @Test
    void headersKeyAndValueRoundTripIntact(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("test", 2);
        long before = System.currentTimeMillis();

        ConsumerRecord<String, String> record = RecordAnatomy.sendAndReadBack(kafka.settings(), topic, "Pangyo", "23");
        observed("record.log-append-time", topic, record.timestamp(), record.timestampType());
        observed("record.anatomy", record.topic(), record.partition(), record.offset(), record.timestamp(),
                record.timestampType(), RecordAnatomy.describe(record.headers()), record.key(), record.value());

        assertThat(record.topic()).isEqualTo(topic);
        assertThat(record.key()).isEqualTo("Pangyo");
        assertThat(record.value()).isEqualTo("23");
        assertThat(record.offset()).isZero();
        List<Header> headers = List.of(record.headers().toArray());
        assertThat(headers).hasSameSizeAs(RecordAnatomy.HEADERS);
        for (int i = 0; i < headers.size(); i++) {
            assertThat(headers.get(i).key()).isEqualTo(RecordAnatomy.HEADERS.get(i).key());
            assertThat(headers.get(i).value()).isEqualTo(RecordAnatomy.HEADERS.get(i).value());
        }
        assertThat(RecordAnatomy.describe(record.headers()))
                .isEqualTo("[content-type=text/plain, source=chapter3-producer]");
        // the producer's clock: CreateTime, the default message.timestamp.type
        assertThat(record.timestampType()).isEqualTo(TimestampType.CREATE_TIME);
        assertThat(record.timestamp()).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void logAppendTimeTopicsStampTheBrokersTime(TestKafka kafka) throws Exception {
        String topic = TestKafka.unique("test");
        kafka.createTopicNamed(topic, 1, Map.of("message.timestamp.type", "LogAppendTime"));

        ConsumerRecord<String, String> record = RecordAnatomy.sendAndReadBack(kafka.settings(), topic, "Pangyo", "23");

        assertThat(record.timestampType()).isEqualTo(TimestampType.LOG_APPEND_TIME);
        assertThat(record.headers().lastHeader("source").value()).isEqualTo("chapter3-producer".getBytes());
    }
}
