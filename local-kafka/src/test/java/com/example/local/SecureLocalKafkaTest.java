package com.example.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.common.BrokerCheck;
import com.example.common.BrokerUnreachableException;
import com.example.common.ClientConfig;
import com.example.common.ClusterView;
import com.example.common.Examples;
import com.example.common.KafkaSettings;

/**
 * Issue #29: {@code local-kafka --secure} is really secured. The reader's client config file connects; no
 * credentials, a wrong password, an untrusted certificate, a host name the certificate does not hold, a wrong
 * store password and a user without ACLs are each refused, in one line, within seconds.
 */
class SecureLocalKafkaTest {

    private static final Duration CHECK = Duration.ofSeconds(3);
    private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix");
    private static final long BOUND_MILLIS = 10_000;

    private static LocalKafkaBroker broker;

    @BeforeAll
    static void start() {
        broker = LocalKafkaBroker.builder().port(0).secure(true).build().start();
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void theReadersClientConfigFileProducesAndConsumes() throws Exception {
        ClientConfig file = ClientConfig.read(broker.clientConfigFile(LocalSecurity.READER).toString(), "test");
        KafkaSettings settings = new KafkaSettings(broker.bootstrapServers(), file.clientSettings());
        assertThat(file.readableByOthers()).isFalse();
        if (POSIX) { // Windows: the file is under the user's profile, which is the user's
            assertThat(Files.getPosixFilePermissions(file.file()))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(file.describe()).contains("SASL_SSL", "SCRAM-SHA-512").doesNotContain("password");

        try (ClusterView view = new ClusterView(settings)) {
            view.createTopic(new NewTopic("secured", 1, (short) 1));
            view.send("secured", "Pangyo", "23");
            assertThat(view.read("secured", 1, Duration.ofSeconds(10))).singleElement()
                    .satisfies(record -> assertThat(record.value()).isEqualTo("23"));
        }
    }

    @Test
    void noCredentialsIsOneLineThatNamesTheClientConfigFile() {
        assertRefused(new KafkaSettings(broker.bootstrapServers()), "-Dkafka.client.config");
    }

    @Test
    void aTlsClientAtAPlainTextPortIsToldSo() {
        try (LocalKafkaBroker plain = LocalKafkaBroker.builder().port(0).build().start()) {
            assertRefused(new KafkaSettings(plain.bootstrapServers(), broker.settings().client()), "plain text");
        }
    }

    @Test
    void aWrongPasswordIsARefusedLogin() {
        Map<String, String> client = new HashMap<>(broker.settings().client());
        client.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"reader\" password=\"wrong\";");
        assertRefused(new KafkaSettings(broker.bootstrapServers(), client), "sasl.jaas.config");
    }

    @Test
    void aCertificateFromAnUnknownCaIsNotTrusted() {
        Map<String, String> client = new HashMap<>(broker.settings().client());
        client.keySet().removeIf(key -> key.startsWith("ssl.truststore"));
        assertRefused(new KafkaSettings(broker.bootstrapServers(), client), "ssl.truststore.location");
    }

    @Test
    void anAddressTheCertificateDoesNotNameIsRefused() {
        KafkaSettings byIp = new KafkaSettings("127.0.0.1:" + broker.port(), broker.settings().client());
        assertRefused(byIp, "localhost");
    }

    @Test
    void aWrongStorePasswordNamesTheSetting() {
        Map<String, String> client = new HashMap<>(broker.settings().client());
        client.put("ssl.truststore.location", broker.dataDir().resolve("security")
                .resolve(LocalCertificates.KEYSTORE).toString());
        client.put("ssl.truststore.type", "PKCS12");
        client.put("ssl.truststore.password", "wrong");
        assertRefused(new KafkaSettings(broker.bootstrapServers(), client), "ssl.truststore.password");
    }

    @Test
    void aUserWithoutAclsIsNotAllowedAndTheReaderCannotChangeAcls() throws Exception {
        try (Admin admin = Admin.create(broker.adminSettings().admin())) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion("guest",
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), "guest-password"))).all().get();
            admin.createTopics(List.of(new NewTopic("admins-only", 1, (short) 1))).all().get();
        }
        Map<String, String> guest = new HashMap<>(broker.settings().client());
        guest.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"guest\" password=\"guest-password\";");
        KafkaSettings guestSettings = new KafkaSettings(broker.bootstrapServers(), guest);

        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = Examples.execute(guestSettings, settings -> {
            try (Admin admin = Admin.create(settings.admin())) {
                admin.describeTopics(List.of("admins-only")).allTopicNames().get();
            }
        }, new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Examples.EXIT_KAFKA_ERROR);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("not allowed (")
                .contains("TopicAuthorizationException").hasLineCount(1);

        try (Admin reader = Admin.create(broker.settings().admin())) {
            assertThatThrownBy(() -> reader.createAcls(LocalSecurity.readerAcls()).all().get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ClusterAuthorizationException.class);
            assertThatThrownBy(() -> reader.describeTopics(Set.of("__cluster_metadata")).allTopicNames().get())
                    .isInstanceOf(ExecutionException.class);
        }
        try (Admin guestAdmin = Admin.create(guestSettings.admin())) {
            assertThatThrownBy(() -> guestAdmin.describeTopics(List.of("admins-only")).allTopicNames().get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    /** The broker check refuses {@code settings} in one line mentioning {@code what}, within the bound. */
    private static void assertRefused(KafkaSettings settings, String what) {
        long begin = System.nanoTime();
        assertThatThrownBy(() -> BrokerCheck.requireReachable(settings, CHECK))
                .isInstanceOf(BrokerUnreachableException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(what).doesNotContain("\n")
                        .doesNotContain(broker.settings().client().get("sasl.jaas.config")));
        assertThat((System.nanoTime() - begin) / 1_000_000).isLessThan(BOUND_MILLIS);
    }
}
