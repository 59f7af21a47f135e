package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/** The README's "Kafka 4.x vs the book" table of producer defaults, checked against the client on the classpath. */
class ProducerDefaultsTest {

    @Test
    void kafka4DefaultsDifferFromTheBooks() {
        Map<String, Object> defaults = ProducerConfig.configDef().defaultValues();

        assertThat(defaults.get(ProducerConfig.ACKS_CONFIG)).isEqualTo("all");                  // book: 1
        assertThat(defaults.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isEqualTo(true);       // book: false
        assertThat(defaults.get(ProducerConfig.LINGER_MS_CONFIG)).isEqualTo(5L);                  // book: 0
        assertThat(defaults.get(ProducerConfig.RETRIES_CONFIG)).isEqualTo(Integer.MAX_VALUE);
        assertThat(defaults.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION)).isEqualTo(5);
        assertThat(defaults.get(ProducerConfig.PARTITIONER_CLASS_CONFIG)).isNull();               // built-in
        assertThat(defaults.get(ProducerConfig.TRANSACTIONAL_ID_CONFIG)).isNull();
    }

    @Test
    void theBooksDefaultAndUniformStickyPartitionersAreGone() {
        assertThat(classExists("org.apache.kafka.clients.producer.internals.DefaultPartitioner")).isFalse();
        assertThat(classExists("org.apache.kafka.clients.producer.UniformStickyPartitioner")).isFalse();
        assertThat(classExists("org.apache.kafka.clients.producer.RoundRobinPartitioner")).isTrue();
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
