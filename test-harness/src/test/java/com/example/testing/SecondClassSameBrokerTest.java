package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A second test class: it gets the same broker, not a new one. */
@KafkaTest
class SecondClassSameBrokerTest {

    private static String bootstrapInBeforeAll;

    @BeforeAll
    static void remember(TestKafka kafka) {
        bootstrapInBeforeAll = kafka.bootstrapServers();
    }

    @Test
    void sameBrokerAsEveryOtherClass(TestKafka kafka) {
        assertThat(kafka.bootstrapServers()).isEqualTo(bootstrapInBeforeAll);
        String topic = kafka.createTopic("second-class", 1);
        kafka.send(topic, null, "hello.kafka");
        assertThat(kafka.consumeValues(topic, 1)).containsExactly("hello.kafka");
    }
}
