package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.LocalPorts;

/**
 * Bad input and bad luck: MirrorMaker pointed at a cluster B that does not answer says so in one line, naming the
 * cluster; a cluster B that goes down while MirrorMaker runs loses nothing — replication resumes when it is back.
 */
@TwoClusters.Test
class ClusterOutageTest {

    private static final Logger log = LoggerFactory.getLogger(ClusterOutageTest.class);

    private static final String PREFIX = "outage-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void unreachableClusterBIsReportedInOneLineWithinSeconds(TwoClusters clusters) throws IOException {
        String nobody = "localhost:" + LocalPorts.free();
        Properties system = new Properties();
        system.setProperty("A.bootstrap.servers", clusters.a.bootstrapServers());
        system.setProperty("B.bootstrap.servers", nobody);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        long start = System.nanoTime();
        int status = MirrorMakerLauncher.execute(new String[] {"config/connect-mirror-maker.properties"}, system,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        long seconds = (System.nanoTime() - start) / 1_000_000_000;

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(Examples.EXIT_NO_BROKER);
        assertThat(message.strip()).doesNotContain("\n")
                .startsWith("Cluster B did not answer at " + nobody + " (B.bootstrap.servers)")
                .contains("-DB.bootstrap.servers=host:port", "com.example.LocalClusters");
        assertThat(seconds).isLessThan(15);
    }

    @Test
    void replicationResumesWithNothingLostAfterClusterBRestarts(TwoClusters clusters) {
        String topic = PREFIX + "-stream";
        String remote = "A." + topic;
        clusters.a.createTopic(topic, 2, Map.of());
        TestMirrorMaker mirrorMaker = TestMirrorMaker.start("connect-mirror-maker.properties", clusters,
                Map.of("A->B.topics", PREFIX + "-.*"), "B");
        try {
            clusters.a.send(batch(topic, "before", 30));
            clusters.b.consume(remote, 30);

            clusters.b.broker.stop();                       // cluster B goes down mid-stream...
            clusters.a.send(batch(topic, "while-down", 30)); // ...while A keeps receiving records
            clusters.b.broker.start();                      // same data, same ports
            clusters.a.send(batch(topic, "after", 30));

            List<ConsumerRecord<String, String>> onA = clusters.a.consume(topic, 90);
            List<ConsumerRecord<String, String>> onB = clusters.b.consume(remote, 90);
            // nothing lost, order kept per partition (Connect's producer retries; a retried send could at worst
            // duplicate a record, which distinct() tolerates — a loss or reordering would fail here)
            assertThat(valuesPerPartition(onB, true)).isEqualTo(valuesPerPartition(onA, false));
            log.info("records on B after the outage: {} for 90 sent", onB.size());
        } finally {
            clusters.b.broker.start(); // no-op when running; B must be up for the other classes
            mirrorMaker.close();
        }
    }

    private static List<ProducerRecord<String, String>> batch(String topic, String label, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new ProducerRecord<>(topic, i % 2, "key-" + i, label + "-" + i))
                .toList();
    }

    private static Map<Integer, List<String>> valuesPerPartition(List<ConsumerRecord<String, String>> records,
            boolean distinct) {
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::partition, Collectors.collectingAndThen(
                Collectors.mapping(ConsumerRecord::value, Collectors.toList()),
                values -> distinct ? values.stream().distinct().toList() : values)));
    }

}
