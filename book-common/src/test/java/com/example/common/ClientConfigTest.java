package com.example.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #29: the reader's client config file — read once, used by every client, refused in one line naming the
 * file and the setting when it cannot be used, and never printed.
 */
class ClientConfigTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"reader\" password=\"s3cret-pw\";";

    @TempDir
    Path dir;

    @Test
    void theFileGivesEveryClientItsSettingsAndItsAddressUnlessOneIsGiven() throws IOException {
        Path file = write("client.properties", "bootstrap.servers=broker.example.com:9093",
                "security.protocol=SASL_SSL", "sasl.mechanism=SCRAM-SHA-512", "sasl.jaas.config=" + JAAS);
        ClientConfig config = ClientConfig.read(file.toString(), "-Dkafka.client.config");

        KafkaSettings fromFile = KafkaSettings.from(Optional.of(config), name -> null, name -> null);
        assertThat(fromFile.bootstrapServers()).isEqualTo("broker.example.com:9093");
        assertThat(fromFile.producer()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.jaas.config", JAAS).containsEntry("bootstrap.servers", "broker.example.com:9093");
        assertThat(fromFile.consumer("g")).containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        assertThat(fromFile.admin()).containsEntry("security.protocol", "SASL_SSL");

        KafkaSettings given = KafkaSettings.from(Optional.of(config),
                name -> name.equals("bootstrap.servers") ? "localhost:9092" : null, name -> null);
        assertThat(given.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(given.client()).containsEntry("security.protocol", "SASL_SSL").doesNotContainKey("bootstrap.servers");
    }

    @Test
    void noSecretIsEverPrinted() throws IOException {
        Path file = write("client.properties", "security.protocol=SASL_SSL", "sasl.mechanism=SCRAM-SHA-512",
                "sasl.jaas.config=" + JAAS, "ssl.truststore.password=store-pw");
        ClientConfig config = ClientConfig.read(file.toString(), "KAFKA_CLIENT_CONFIG");
        KafkaSettings settings = new KafkaSettings("localhost:9092", config.clientSettings());

        assertThat(config.describe()).contains(file.getFileName().toString(), "SASL_SSL", "SCRAM-SHA-512");
        for (String shown : new String[] {config.describe(), config.toString(), settings.toString()}) {
            assertThat(shown).doesNotContain("s3cret-pw", "store-pw");
        }
    }

    @Test
    void thePropertyWinsOverTheEnvironmentAndAnEmptyVariableIsUnset() throws IOException {
        Path first = write("a.properties", "security.protocol=SSL");
        Path second = write("b.properties", "security.protocol=SASL_SSL");

        assertThat(ClientConfig.fromEnvironment(name -> first.toString(), name -> second.toString()))
                .hasValueSatisfying(config -> assertThat(config.source()).isEqualTo("-Dkafka.client.config"));
        assertThat(ClientConfig.fromEnvironment(name -> null, name -> second.toString()))
                .hasValueSatisfying(config -> assertThat(config.source()).isEqualTo("KAFKA_CLIENT_CONFIG"));
        assertThat(ClientConfig.fromEnvironment(name -> null, name -> "")).isEmpty();
        assertThat(ClientConfig.fromEnvironment(name -> null, name -> null)).isEmpty();
    }

    @Test
    void aFileThatCannotBeUsedIsOneLineNamingTheSettingAndThePath() throws IOException {
        assertThatThrownBy(() -> ClientConfig.read(dir.resolve("nope.properties").toString(), "-Dkafka.client.config"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Dkafka.client.config").hasMessageContaining("nope.properties");
        assertThatThrownBy(() -> ClientConfig.read(dir.toString(), "KAFKA_CLIENT_CONFIG"))
                .hasMessageContaining("KAFKA_CLIENT_CONFIG").hasMessageContaining("directory");
        assertThatThrownBy(() -> ClientConfig.read("  ", "-Dkafka.client.config"))
                .hasMessageContaining("-Dkafka.client.config");

        Path misspelt = write("typo.properties", "securty.protocol=SASL_SSL");
        assertThatThrownBy(() -> ClientConfig.read(misspelt.toString(), "-Dkafka.client.config"))
                .hasMessageContaining("typo.properties").hasMessageContaining("'securty.protocol'");

        Path noStore = write("store.properties", "security.protocol=SSL",
                "ssl.truststore.location=" + dir.resolve("missing.p12"));
        assertThatThrownBy(() -> ClientConfig.read(noStore.toString(), "-Dkafka.client.config"))
                .hasMessageContaining("ssl.truststore.location").hasMessageContaining("missing.p12");
    }

    @Test
    void aFileOthersCanReadIsFlagged() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews().contains("posix"), "POSIX permissions (Windows keeps its own ACLs)");
        Path file = write("client.properties", "security.protocol=SASL_SSL");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(ClientConfig.read(file.toString(), "test").readableByOthers()).isTrue();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(ClientConfig.read(file.toString(), "test").readableByOthers()).isFalse();
    }

    @Test
    void everyProducerConsumerAndAdminSettingIsKnown() {
        assertThat(ClientConfig.knownSettings()).contains("security.protocol", "sasl.mechanism", "sasl.jaas.config",
                "ssl.truststore.location", "ssl.endpoint.identification.algorithm", "client.dns.lookup",
                "bootstrap.servers", "acks", "group.id").doesNotContain("securty.protocol");
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), java.util.List.of(lines));
    }
}
