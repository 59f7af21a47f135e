package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.1 데이터 삭제: the log start offset moves and the records before it are gone. */
@KafkaTest
class DataDeletionDemoTest {

    @Test
    void afterDeletingTheEarliestOffsetMovedAndTheOldRecordsCannotBeRead(TestKafka kafka) throws Exception {
        String topic = TestKafka.unique("retention.test");

        DataDeletionDemo.DeletionResult r = DataDeletionDemo.run(kafka.settings(), topic);
        observed("deletion.configs", topic, r.deletionConfigs());
        observed("deletion.result", r.startOffsetBefore(), r.deletedBefore(), r.startOffsetAfter(), r.deletedOffsetReadable(),
                r.firstOffsetRead());

        assertThat(r.deletionConfigs())
                .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, "delete")
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, "600000")
                .containsEntry(TopicConfig.SEGMENT_MS_CONFIG, "60000");
        assertThat(r.retentionCheckIntervalMs()).isNotBlank();

        assertThat(r.startOffsetBefore()).isZero();
        assertThat(r.endOffset()).isEqualTo(DataDeletionDemo.RECORDS);
        assertThat(r.deletedBefore()).isEqualTo(DataDeletionDemo.RECORDS - DataDeletionDemo.KEEP);
        assertThat(r.startOffsetAfter()).isEqualTo(r.deletedBefore());
        assertThat(kafka.startOffsets(topic)).containsValue(r.deletedBefore()); // the broker agrees

        assertThat(r.deletedOffsetReadable()).isFalse();
        assertThat(r.firstOffsetRead()).isEqualTo(r.deletedBefore());
        List<String> newest = IntStream.range(DataDeletionDemo.RECORDS - DataDeletionDemo.KEEP, DataDeletionDemo.RECORDS)
                .mapToObj(i -> "record-" + i).toList();
        assertThat(r.valuesRead()).containsExactlyElementsOf(newest);
        assertThat(kafka.consumeValues(topic, DataDeletionDemo.KEEP)).containsExactlyElementsOf(newest);
    }

    @Test
    void runningAgainDeletesAgainFromTheNewStart(TestKafka kafka) throws Exception {
        String topic = TestKafka.unique("retention.test");
        DataDeletionDemo.run(kafka.settings(), topic);

        DataDeletionDemo.DeletionResult second = DataDeletionDemo.run(kafka.settings(), topic);
        observed("deletion.result", second.startOffsetBefore(), second.startOffsetAfter(), second.startOffsetAfter(),
                second.deletedOffsetReadable(), second.startOffsetAfter());

        assertThat(second.startOffsetBefore()).isEqualTo(DataDeletionDemo.RECORDS - DataDeletionDemo.KEEP);
        assertThat(second.endOffset()).isEqualTo(2L * DataDeletionDemo.RECORDS);
        assertThat(second.startOffsetAfter()).isEqualTo(2L * DataDeletionDemo.RECORDS - DataDeletionDemo.KEEP);
        assertThat(second.deletedOffsetReadable()).isFalse();
        assertThat(second.valuesRead()).hasSize(DataDeletionDemo.KEEP);
    }
}
