package com.example.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * The lab itself, with tiny record counts on the shared test broker: every row is measured, Kafka's
 * ProducerPerformance and ConsumerPerformance run in-process and their summaries are parsed, the table and
 * the CSV come out. Absolute numbers are not asserted (they depend on the machine); only what holds
 * anywhere: a round trip per record is slower than batching them.
 */
@KafkaTest
class LabSmokeTest {

    @Test
    void producerLabMeasuresEveryOptionAndRatesTheTunedExampleAgainstProducerPerformance(TestKafka kafka,
                                                                                         @TempDir Path out)
            throws Exception {
        LabOptions options = LabOptions.from(name -> null).withCounts(3_000, 200, 3_000, 200, 1, out);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        ProducerTuningLab.Report report = ProducerTuningLab.run(kafka.settings(), options,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        List<Measurement> rows = report.table().rows();
        // defaults + 3 acks + 3 linger.ms + 3 batch.size + 3 compression + 2 idempotence + sync/async + 3 tuned
        assertThat(rows).hasSize(1 + 3 + 3 + 3 + 3 + 2 + 2 + 3);
        assertThat(rows).allSatisfy(m -> assertThat(m.recordsPerSecond()).isPositive());
        assertThat(rows).filteredOn(m -> m.variant().equals("ProducerPerformance")).singleElement()
                .satisfies(m -> assertThat(m.records()).isEqualTo(3_000));
        assertThat(report.ratio()).isPositive();
        Measurement sync = row(rows, "sync .get() per record");
        Measurement async = row(rows, "async callback");
        assertThat(sync.records()).isEqualTo(async.records()).isEqualTo(200);
        assertThat(sync.recordsPerSecond()).as("sync get() per record vs callback, records/s")
                .isLessThan(async.recordsPerSecond());
        assertThat(Files.readAllLines(report.csv())).hasSize(rows.size() + 1)
                .first().isEqualTo(String.join(",", ResultTable.CSV_HEADER));
        assertThat(out.resolve("producer.svg")).exists();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("records sent", "ProducerWithAsyncCallback", "x ProducerPerformance", "p99 ms");
    }

    @Test
    void consumerLabMeasuresPollSizeFetchMinBytesAndCommitsAgainstConsumerPerformance(TestKafka kafka,
                                                                                     @TempDir Path out)
            throws Exception {
        LabOptions options = LabOptions.from(name -> null).withCounts(3_000, 200, 3_000, 200, 1, out);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        ConsumerTuningLab.Report report = ConsumerTuningLab.run(kafka.settings(), options,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        List<Measurement> rows = report.table().rows();
        // SimpleConsumer + 3 max.poll.records + 3 fetch.min.bytes + 2 commit styles + 3 same-options
        assertThat(rows).hasSize(1 + 3 + 3 + 2 + 3);
        assertThat(rows).allSatisfy(m -> assertThat(m.recordsPerSecond()).isPositive());
        assertThat(rows).filteredOn(m -> m.variant().equals("ConsumerPerformance")).singleElement()
                .satisfies(m -> assertThat(m.records()).isEqualTo(3_000));
        assertThat(report.ratio()).isPositive();
        Measurement perRecord = row(rows, "per record (SyncOffsetCommit)");
        Measurement perPoll = row(rows, "per poll (SyncCommit)");
        assertThat(perRecord.recordsPerSecond()).as("commitSync per record vs per poll, records/s")
                .isLessThan(perPoll.recordsPerSecond());
        assertThat(Files.readAllLines(report.csv())).hasSize(rows.size() + 1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("x ConsumerPerformance");
    }

    private static Measurement row(List<Measurement> rows, String variant) {
        return rows.stream().filter(m -> m.variant().equals(variant)).findFirst().orElseThrow();
    }
}
