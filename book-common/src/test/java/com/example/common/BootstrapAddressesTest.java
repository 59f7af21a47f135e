package com.example.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every address is parsed strictly, and a refusal names the setting it came from. */
class BootstrapAddressesTest {

    @Test
    void namesIpv4AndBracketedIpv6AreAccepted() {
        assertThat(BootstrapAddresses.parse("localhost:9092, my-kafka:9092,127.0.0.1:1,[::1]:65535", "x"))
                .extracting(BootstrapAddresses.Address::host, BootstrapAddresses.Address::port)
                .containsExactly(Tuple.tuple("localhost", 9092),
                        Tuple.tuple("my-kafka", 9092),
                        Tuple.tuple("127.0.0.1", 1),
                        Tuple.tuple("::1", 65535));
        assertThat(BootstrapAddresses.requireValid(" a:1 , b:2 ", "x")).isEqualTo("a:1,b:2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:", ":9092", "localhost:0", "localhost:65536", "localhost:-1",
        "localhost:9092;id", "$(id):9092", "local host:9092", "a:1,,b:2", "::1:9092", "[::1]", "localhost:9092 x",
        "`id`:1", "host:12a", "a:1,"})
    void malformedAddressesAreRefusedNamingTheSetting(String value) {
        assertThatThrownBy(() -> BootstrapAddresses.parse(value, "-Dbootstrap.servers"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("-Dbootstrap.servers")
                .hasMessageContaining("fix -Dbootstrap.servers")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aBlankSystemPropertyIsRefusedNotReplacedByTheDefault() {
        assertThatThrownBy(() -> KafkaSettings.resolve(Map.of("bootstrap.servers", " ")::get, k -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dbootstrap.servers is empty: give host:port, e.g. -Dbootstrap.servers=localhost:9092 "
                        + "(or leave it out for localhost:9092)");
        assertThatThrownBy(() -> KafkaSettings.resolve(k -> null, Map.of("BOOTSTRAP_SERVERS", "kafka:99999")::get))
                .hasMessageStartingWith("BOOTSTRAP_SERVERS='kafka:99999': port 99999 is out of range");
    }

    @Test
    void theSourceOfTheAddressIsKnown() {
        assertThat(KafkaSettings.resolve(Map.of("bootstrap.servers", "a:1")::get, k -> null).source())
                .isEqualTo("-Dbootstrap.servers");
        assertThat(KafkaSettings.resolve(k -> null, Map.of("BOOTSTRAP_SERVERS", "b:2")::get).source())
                .isEqualTo("BOOTSTRAP_SERVERS");
        assertThat(KafkaSettings.resolve(k -> null, Map.of("BOOTSTRAP_SERVERS", "")::get))
                .isEqualTo(new KafkaSettings.Resolved("localhost:9092", "default", false));
    }

    @Test
    void controlCharactersAreShownNotPrinted() {
        assertThat(BootstrapAddresses.printable("a\u001b[2Jb")).isEqualTo("'a\\u001b[2Jb'");
    }
}
