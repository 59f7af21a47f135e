package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.example.common.BrokerCheck;
import com.example.common.BrokerUnreachableException;
import com.example.common.ClientConfig;
import com.example.common.KafkaSettings;

/**
 * {@code -Dkafka.broker=secured} (issue #29): the tests' clients are the secured broker's reader user, with the
 * reader's client config file — and that file, not luck, is what lets them in. The broker is started beside the
 * JVM's own by {@code @KafkaTest(mode = SECURED)}, the annotation of every chapter module's {@code Secured*Test}.
 */
@KafkaTest(mode = TestBrokers.SECURED)
class SecuredModeTest {

    @Test
    void theTestsConnectAsTheReaderWithItsClientConfigFileAndNothingElseGetsIn(TestKafka kafka) {
        assertThat(kafka.mode()).isEqualTo(TestBrokers.SECURED);
        assertThat(kafka.settings().client()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512").containsKey("ssl.truststore.location");
        Path file = kafka.clientConfigFile().orElseThrow();
        assertThat(ClientConfig.read(file.toString(), "--command-config").clientSettings())
                .isEqualTo(kafka.settings().client());

        String topic = kafka.createTopic("secured", 1);
        kafka.send(new ProducerRecord<>(topic, "Pangyo", "23"));
        assertThat(kafka.consume(topic, 1)).singleElement().satisfies(r -> assertThat(r.value()).isEqualTo("23"));

        assertThatThrownBy(() -> BrokerCheck.requireReachable(new KafkaSettings(kafka.bootstrapServers()),
                Duration.ofSeconds(3))).isInstanceOf(BrokerUnreachableException.class)
                .hasMessageContaining("expects TLS");
    }
}
