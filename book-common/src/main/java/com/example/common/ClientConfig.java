package com.example.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SslConfigs;

/**
 * The reader's client config file — the convention of Kafka's own tools ({@code --command-config}) and of
 * Confluent's examples: {@code -Dkafka.client.config=FILE}, else {@code KAFKA_CLIENT_CONFIG=FILE}, holds the
 * client settings a real cluster needs ({@code security.protocol}, {@code sasl.*}, {@code ssl.*}, and
 * {@code bootstrap.servers} if given there). {@link KafkaSettings} adds them to every client the project makes.
 *
 * <p>A file that is missing or a directory, a key that is no Kafka client setting, or a store file that does not
 * exist is refused with one line naming the file and the setting. The values are never printed: {@link #describe}
 * names only the file and the non-secret settings.
 */
public record ClientConfig(Path file, String source, Map<String, String> settings) {

    /** {@code -Dkafka.client.config=FILE}: wins over the environment variable. */
    public static final String PROPERTY = "kafka.client.config";
    /** {@code KAFKA_CLIENT_CONFIG=FILE}: read when the property is absent (an empty one counts as unset). */
    public static final String ENV = "KAFKA_CLIENT_CONFIG";

    /** Settings whose value is shown at start: what kind of connection, never a password or a key. */
    private static final Set<String> SHOWN = Set.of("security.protocol", "sasl.mechanism");
    /** Settings that name a file that must exist. */
    private static final Set<String> FILES = Set.of(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG,
            SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG);

    public ClientConfig {
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    /** The file named by {@code -Dkafka.client.config} or {@code KAFKA_CLIENT_CONFIG}, read and checked; or none. */
    public static Optional<ClientConfig> fromEnvironment() {
        return fromEnvironment(System.getProperties()::getProperty, System::getenv);
    }

    public static Optional<ClientConfig> fromEnvironment(Function<String, String> systemProperties,
                                                  Function<String, String> env) {
        String fromProperty = systemProperties.apply(PROPERTY);
        if (fromProperty != null) {
            return Optional.of(read(fromProperty, "-D" + PROPERTY));
        }
        String fromEnv = env.apply(ENV);
        return fromEnv == null || fromEnv.isEmpty() ? Optional.empty() : Optional.of(read(fromEnv, ENV));
    }

    /** Reads and checks {@code name}, which {@code source} gave (for the one-line refusals). */
    public static ClientConfig read(String name, String source) {
        if (name.isBlank()) {
            throw Messages.badInput("client-config.blank", source);
        }
        Path file = Path.of(name.trim());
        if (Files.isDirectory(file)) {
            throw Messages.badInput("client-config.directory", source, file);
        }
        if (!Files.isRegularFile(file)) {
            throw Messages.badInput("client-config.missing", source, file);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw Messages.badInput(e, "client-config.unreadable", source, file, e.getMessage());
        }
        Map<String, String> settings = new TreeMap<>();
        Set<String> known = knownSettings();
        for (String key : properties.stringPropertyNames()) {
            if (!known.contains(key)) {
                throw Messages.badInput("client-config.unknown-key", file, key);
            }
            settings.put(key, properties.getProperty(key).trim());
        }
        for (String key : FILES) {
            String store = settings.get(key);
            if (store != null && !Files.isRegularFile(Path.of(store))) {
                throw Messages.badInput("client-config.store-missing", file, key, store);
            }
        }
        return new ClientConfig(file.toAbsolutePath().normalize(), source, settings);
    }

    /** Every setting a producer, consumer or admin client knows (Kafka's own lists). */
    public static Set<String> knownSettings() {
        Set<String> known = new TreeSet<>(ProducerConfig.configNames());
        known.addAll(ConsumerConfig.configNames());
        known.addAll(AdminClientConfig.configNames());
        return known;
    }

    /** {@code bootstrap.servers} if the file gives one. */
    public Optional<String> bootstrapServers() {
        return Optional.ofNullable(settings.get("bootstrap.servers"));
    }

    /** The settings a client gets from the file: all of them but {@code bootstrap.servers} (KafkaSettings has it). */
    public Map<String, String> clientSettings() {
        Map<String, String> client = new TreeMap<>(settings);
        client.remove("bootstrap.servers");
        return client;
    }

    /** The file and what kind of connection it makes, e.g. {@code /home/me/client.properties (SASL_SSL)}. */
    public String describe() {
        StringBuilder kind = new StringBuilder();
        settings.forEach((key, value) -> {
            if (SHOWN.contains(key)) {
                kind.append(kind.length() == 0 ? "" : ", ").append(value);
            }
        });
        return file + (kind.length() == 0 ? "" : " (" + kind + ")");
    }

    /** True when others than the owner may read the file (POSIX only; Windows keeps its own ACLs). */
    public boolean readableByOthers() {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            return permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** Never the values: a record's default would print the passwords. */
    @Override
    public String toString() {
        return "ClientConfig[" + file + ", settings " + settings.keySet() + "]";
    }
}
