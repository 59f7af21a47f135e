package com.example.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.example.ConsumerWithSyncCommit;
import com.example.ConsumerWithSyncOffsetCommit;
import com.example.SimpleProducer;
import com.example.common.KafkaSettings;
import com.example.common.LocalPorts;
import com.example.common.StopSignal;
import com.example.local.LocalKafkaBroker;
import com.example.testing.ChildJvm;

/**
 * No broker yet. The examples a reader starts fail fast: within seconds they exit with status 2 and the
 * one-line hint (start the local broker, or point -Dbootstrap.servers elsewhere) instead of the client's
 * 60 s block. A consumer loop that is already running, though, is what Kafka clients are built for: it keeps
 * polling, and once a broker comes up on its address it joins, reads and commits — no restart.
 */
class BrokerUnreachableTest {

    @Test
    @Timeout(60)
    void failFastExamplesExitWithStatus2AndTheHintWithinSecondsWhenNoBrokerListens() throws Exception {
        String nobody = "localhost:" + LocalPorts.free();
        long started = System.nanoTime();
        try (ChildJvm producer = ChildJvm.start(SimpleProducer.class, nobody);
             ChildJvm consumer = ChildJvm.start(ConsumerWithSyncOffsetCommit.class, nobody, "test", "test-group")) {
            int producerExit = producer.waitFor(Duration.ofSeconds(30));
            int consumerExit = consumer.waitFor(Duration.ofSeconds(30));
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(producerExit).as("SimpleProducer's exit status; output:%n%s", producer.output()).isEqualTo(2);
            assertThat(consumerExit).as("ConsumerWithSyncOffsetCommit's exit status; output:%n%s", consumer.output())
                    .isEqualTo(2);
            for (ChildJvm child : List.of(producer, consumer)) {
                assertThat(child.output())
                        .contains("No Kafka broker answered at " + nobody)
                        .contains("./mvnw -q -pl local-kafka exec:java")
                        .contains("-Dbootstrap.servers=host:port");
            }
            assertThat(seconds).as("both gave up (JVM start included), in seconds").isLessThan(25);
        }
    }

    @Test
    @Timeout(90)
    void longRunningConsumerWaitsWhileNoBrokerListensAndReadsEverythingOnceOneStartsOnItsAddress(
            @TempDir Path dataDir) throws Exception {
        int port = LocalPorts.free();
        KafkaSettings settings = new KafkaSettings("localhost:" + port);
        String topic = "late-broker";
        String group = "late-broker-group";
        int n = 200;
        List<String> received = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        StopSignal stop = new StopSignal();
        // the listing's loop itself (its main would fail fast, see the test above)
        Thread consumer = new Thread(() -> {
            try {
                ConsumerWithSyncCommit.run(settings, topic, group, stop,
                        Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                                // the test creates the topic itself once the broker is up
                                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
                                CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500"),
                        record -> received.add(record.value()));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "late-broker-consumer");
        consumer.start();
        try {
            // no broker: the consumer neither fails nor ends, it keeps trying
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                    .until(() -> consumer.isAlive() && failure.get() == null && received.isEmpty());

            try (LocalKafkaBroker broker = LocalKafkaBroker.builder().port(port).dataDir(dataDir.resolve("kafka"))
                    .deleteDataOnClose(true).build().start()) {
                assertThat(broker.bootstrapServers()).as("the broker came up where the consumer was waiting")
                        .isEqualTo(settings.bootstrapServers());
                LabTopics.create(settings, topic, 1);
                Records.produceValues(settings, topic, n);

                await("the waiting consumer to read every record").atMost(Duration.ofSeconds(45))
                        .until(() -> received.size() >= n);
                await("its commit").atMost(Duration.ofSeconds(15))
                        .until(() -> committed(settings, group) == n);
                stop.stop();
                consumer.join(Duration.ofSeconds(15).toMillis());
                assertThat(consumer.isAlive()).as("consumer stopped").isFalse();
                assertThat(failure.get()).as("consumer failure").isNull();
                assertThat(received).as("records read").hasSize(n).doesNotHaveDuplicates();
            }
        } finally {
            stop.stop();
            consumer.join(Duration.ofSeconds(15).toMillis());
        }
    }

    private static long committed(KafkaSettings settings, String group) throws Exception {
        try (Admin admin = Admin.create(settings.admin())) {
            Map<?, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return offsets.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
        }
    }

}
