package com.example.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class KafkaSettingsTest {

    @Test
    void systemPropertyWinsOverEnvironmentWhichWinsOverDefault() {
        Map<String, String> props = Map.of("bootstrap.servers", "my-kafka:9092");
        Map<String, String> env = Map.of("BOOTSTRAP_SERVERS", "env-host:9092");

        assertThat(KafkaSettings.resolveBootstrapServers(props::get, env::get)).isEqualTo("my-kafka:9092");
        assertThat(KafkaSettings.resolveBootstrapServers(k -> null, env::get)).isEqualTo("env-host:9092");
        assertThat(KafkaSettings.resolveBootstrapServers(k -> null, k -> null)).isEqualTo("localhost:9092");
        assertThat(KafkaSettings.resolveBootstrapServers(k -> null, k -> "")).isEqualTo("localhost:9092");
    }

    @Test
    void anAddressTheReaderGaveIsFoundWhereverItWasGivenAndCheckedTheSameWay() {
        Map<String, String> env = Map.of("BOOTSTRAP_SERVERS", "env-host:9092");

        assertThat(KafkaSettings.given(k -> null, k -> null)).isEmpty(); // the lab starts its own broker then
        assertThat(KafkaSettings.given(k -> null, env::get)).hasValueSatisfying(given -> {
            assertThat(given.value()).isEqualTo("env-host:9092");
            assertThat(given.source()).isEqualTo("BOOTSTRAP_SERVERS");
        });
        assertThat(KafkaSettings.given(Map.of("bootstrap.servers", "my-kafka:9092")::get, env::get))
                .hasValueSatisfying(given -> assertThat(given.source()).isEqualTo("-Dbootstrap.servers"));
        assertThatThrownBy(() -> KafkaSettings.given(k -> null, Map.of("BOOTSTRAP_SERVERS", "no-port")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BOOTSTRAP_SERVERS");
    }

    @Test
    void producerAndConsumerPropertiesAreTheBooksStringClients() {
        KafkaSettings settings = new KafkaSettings("localhost:9092");

        assertThat(settings.producer())
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092")
                .containsEntry(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                        "org.apache.kafka.common.serialization.StringSerializer");
        assertThat(settings.consumer("test-group"))
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "test-group")
                .containsEntry(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        "org.apache.kafka.common.serialization.StringDeserializer");
        assertThat(KafkaSettings.with(settings.producer(), Map.of(ProducerConfig.ACKS_CONFIG, "0")))
                .containsEntry(ProducerConfig.ACKS_CONFIG, "0")
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
    }

    @Test
    void blankBootstrapServersAreRejectedWithAHint() {
        assertThatThrownBy(() -> new KafkaSettings(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bootstrap.servers is empty");
    }
}
