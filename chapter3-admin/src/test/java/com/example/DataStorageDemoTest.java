package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.1 데이터 저장, 전송: partitions are directories of segment files under log.dirs. */
@KafkaTest
class DataStorageDemoTest {

    @Test
    void describeLogDirsListsEveryPartitionWithBytesAfterProducing(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("hello.kafka", 3);

        DataStorageDemo.StorageResult result = DataStorageDemo.run(kafka.settings(), topic);
        result.replicas().forEach(r -> observed("storage.replica", r.partition(), r.logDir(), r.sizeBytes()));

        assertThat(result.replicas()).extracting(r -> r.partition().partition()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(result.replicas()).allSatisfy(r -> {
            assertThat(r.partition().topic()).isEqualTo(topic);
            assertThat(r.sizeBytes()).isPositive();
            assertThat(r.logDir()).isNotBlank();
        });
    }

    @Test
    void theLocalBrokerKeepsSegmentFilesInItsLogDir(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("hello.kafka", 1);

        DataStorageDemo.StorageResult result = DataStorageDemo.run(kafka.settings(), topic);

        kafka.localBroker().ifPresent(local -> {
            DataStorageDemo.StoredReplica replica = result.replicas().get(0);
            observed("storage.files", replica.partition(), replica.files().stream().map(f -> f.name() + " " + f.sizeBytes() + " B").toList());
            assertThat(replica.logDir()).isEqualTo(local.serverProperties().getProperty("log.dirs"));
            // the segment named after its first offset, with its offset and time indexes
            assertThat(replica.files()).extracting(DataStorageDemo.SegmentFile::name)
                    .contains("00000000000000000000.log", "00000000000000000000.index",
                            "00000000000000000000.timeindex");
            assertThat(replica.files()).filteredOn(f -> f.name().endsWith(".log"))
                    .singleElement().satisfies(log -> assertThat(log.sizeBytes()).isEqualTo(replica.sizeBytes()));
        });
        assertThat(result.replicas()).singleElement().satisfies(r -> assertThat(r.sizeBytes()).isPositive());
    }
}
