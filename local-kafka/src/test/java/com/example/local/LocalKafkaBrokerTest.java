package com.example.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.common.KafkaSettings;

/** The local broker is a real Kafka: it stores records, survives a restart with its data, binds loopback. */
class LocalKafkaBrokerTest {

    @Test
    void keepsItsRecordsAcrossARestartWithTheSameDataDirectory(@TempDir Path dataDir) throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.builder().port(0).dataDir(dataDir).build()) {
            long start = System.nanoTime();
            broker.start();
            Duration ready = Duration.ofNanos(System.nanoTime() - start);
            assertThat(ready).as("time to ready").isLessThan(Duration.ofSeconds(30));
            assertThat(Files.exists(dataDir.resolve("logs").resolve("meta.properties")))
                    .as("storage formatted like kafka-storage.sh format").isTrue();
            assertThat(broker.serverProperties().getProperty("listeners"))
                    .contains("PLAINTEXT://127.0.0.1:" + broker.port())
                    .contains("CONTROLLER://127.0.0.1:" + broker.controllerPort());

            send(broker.settings(), "restart-test", "before restart");
            broker.restart();
            send(broker.settings(), "restart-test", "after restart");

            assertThat(readAll(broker.settings(), "restart-test", 2))
                    .containsExactly("before restart", "after restart");
        }
        assertThat(dataDir).as("a given data directory is kept").exists();
    }

    @Test
    void aTakenPortIsAClearError() {
        try (LocalKafkaBroker first = LocalKafkaBroker.builder().port(0).build().start();
             LocalKafkaBroker second = LocalKafkaBroker.builder().port(first.port()).build()) {
            assertThatThrownBy(second::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + first.port())
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void mainRejectsUnknownOptionsAndSplitsExecArguments() {
        LocalKafkaMain.Options options = LocalKafkaMain.Options.parse(new String[] {"--port 9193 --fresh", ""});
        assertThat(options.port).isEqualTo(9193);
        assertThat(options.controllerPort).isEqualTo(10193);
        assertThat(options.fresh).isTrue();
        assertThat(options.dataDir.toString()).endsWith("local-kafka-9193");

        assertThatThrownBy(() -> LocalKafkaMain.Options.parse(new String[] {"--prot", "1"}))
                .hasMessageContaining("unknown option '--prot'");
        assertThatThrownBy(() -> LocalKafkaMain.Options.parse(new String[] {"--port", "x"}))
                .hasMessageContaining("--port needs a port number");
    }

    private static void send(KafkaSettings settings, String topic, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producer())) {
            producer.send(new ProducerRecord<>(topic, value)).get();
        }
    }

    private static List<String> readAll(KafkaSettings settings, String topic, int count) {
        Properties props = settings.consumer(null);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
                return values.size() >= count;
            });
        }
        return values;
    }
}
