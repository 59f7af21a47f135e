package com.example.common;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one place that knows where Kafka is.
 *
 * <p>Bootstrap servers come from, in order: the system property {@code -Dbootstrap.servers=...},
 * the environment variable {@code BOOTSTRAP_SERVERS}, and finally {@code localhost:9092} (the local broker,
 * {@code ./mvnw -q -pl local-kafka exec:java}). The book itself uses {@code my-kafka:9092}: add
 * {@code 127.0.0.1 my-kafka} to {@code /etc/hosts} and pass {@code -Dbootstrap.servers=my-kafka:9092} to follow
 * it to the letter.
 *
 * <p>Every example builds its client properties from here, so no example repeats the boilerplate of
 * bootstrap servers and String serializers. A real cluster's security settings ({@code security.protocol},
 * {@code sasl.*}, {@code ssl.*}) come from the reader's client config file ({@link ClientConfig},
 * {@code -Dkafka.client.config=FILE}) and reach every client through {@link #common()}.
 */
public record KafkaSettings(String bootstrapServers, Map<String, String> client) {

    /** System property that overrides everything else. */
    public static final String BOOTSTRAP_PROPERTY = "bootstrap.servers";
    /** Environment variable read when the system property is absent. */
    public static final String BOOTSTRAP_ENV = "BOOTSTRAP_SERVERS";
    /** Where the local broker and docker-compose listen. */
    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
    /** The address the book uses (EC2 host named through /etc/hosts). */
    public static final String BOOK_BOOTSTRAP_SERVERS = "my-kafka:9092";

    public KafkaSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        bootstrapServers = BootstrapAddresses.requireValid(bootstrapServers, "bootstrap.servers");
        client = Collections.unmodifiableMap(new TreeMap<>(client));
    }

    /** A cluster that needs no client settings beyond its address (a local broker). */
    public KafkaSettings(String bootstrapServers) {
        this(bootstrapServers, Map.of());
    }

    /**
     * Settings from {@code -Dbootstrap.servers}, then {@code BOOTSTRAP_SERVERS}, then the client config file's
     * {@code bootstrap.servers}, then {@code localhost:9092}; plus the client config file's settings, if any.
     *
     * @throws IllegalArgumentException naming the setting when the value given there is blank or not host:port,
     *     or the client config file when it cannot be used
     */
    public static KafkaSettings fromEnvironment() {
        return from(ClientConfig.fromEnvironment());
    }

    /** The settings for {@code file}, the reader's client config file (if any): its address unless one is given. */
    public static KafkaSettings from(Optional<ClientConfig> file) {
        return from(file, System.getProperties()::getProperty, System::getenv);
    }

    static KafkaSettings from(Optional<ClientConfig> file, Function<String, String> systemProperties,
                              Function<String, String> env) {
        Resolved address = resolve(systemProperties, env);
        if (!address.explicit() && file.flatMap(ClientConfig::bootstrapServers).isPresent()) {
            address = new Resolved(BootstrapAddresses.requireValid(file.get().bootstrapServers().get(),
                    file.get().file().toString()), file.get().file().toString(), true);
        }
        return new KafkaSettings(address.value(), file.map(ClientConfig::clientSettings).orElse(Map.of()));
    }

    /** Never the client settings' values (passwords): the address and which settings there are. */
    @Override
    public String toString() {
        return "KafkaSettings[" + bootstrapServers + (client.isEmpty() ? "" : ", client settings " + client.keySet())
                + "]";
    }

    /**
     * The address the reader gave with {@code -Dbootstrap.servers} or {@code BOOTSTRAP_SERVERS}, if any — for tools
     * that start their own broker when none is given (the performance lab).
     *
     * @throws IllegalArgumentException naming the setting when the value given there is blank or not host:port
     */
    public static Optional<Resolved> given() {
        return given(System.getProperties()::getProperty, System::getenv);
    }

    static Optional<Resolved> given(Function<String, String> systemProperties, Function<String, String> env) {
        Resolved resolved = resolve(systemProperties, env);
        return resolved.explicit() ? Optional.of(resolved) : Optional.empty();
    }

    /** A resolved address and the setting it came from ({@code -Dbootstrap.servers}, ..., {@code default}). */
    public record Resolved(String value, String source, boolean explicit) {
    }

    static String resolveBootstrapServers(Function<String, String> systemProperties, Function<String, String> env) {
        return resolve(systemProperties, env).value();
    }

    /**
     * A system property that is set wins, even when it is blank: a blank one is refused rather than silently
     * replaced by the default (the reader meant to point somewhere). An empty variable counts as unset.
     */
    static Resolved resolve(Function<String, String> systemProperties, Function<String, String> env) {
        String fromProperty = systemProperties.apply(BOOTSTRAP_PROPERTY);
        if (fromProperty != null) {
            String source = "-D" + BOOTSTRAP_PROPERTY;
            return new Resolved(BootstrapAddresses.requireValid(fromProperty, source), source, true);
        }
        String fromEnv = env.apply(BOOTSTRAP_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) { // BOOTSTRAP_SERVERS= is "unset", as ${VAR:-default} reads it
            return new Resolved(BootstrapAddresses.requireValid(fromEnv, BOOTSTRAP_ENV), BOOTSTRAP_ENV, true);
        }
        return new Resolved(DEFAULT_BOOTSTRAP_SERVERS, "default", false);
    }

    /**
     * For examples that also read an address from a file (a Connect worker file): {@code -Dbootstrap.servers} or
     * {@code BOOTSTRAP_SERVERS} when one is set, else the file's value, else {@code localhost:9092}; and which of
     * them it was, to say at start.
     */
    public static Resolved resolveWithFile(String fileValue, String fileSource) {
        Resolved fromEnvironment = resolve(System.getProperties()::getProperty, System::getenv);
        if (fromEnvironment.explicit() || fileValue == null) {
            return fromEnvironment;
        }
        return new Resolved(BootstrapAddresses.requireValid(fileValue, fileSource), fileSource, true);
    }

    /** {@code bootstrap.servers} and the client config file's settings: the base of every client's properties. */
    public Properties common() {
        Properties props = new Properties();
        props.putAll(client);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    /** The book's producer configuration: bootstrap servers and String key/value serializers. */
    public Properties producer() {
        Properties props = common();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    /** The book's consumer configuration: bootstrap servers, group id and String deserializers. */
    public Properties consumer(String groupId) {
        Properties props = common();
        if (groupId != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    /** Admin client configuration. */
    public Properties admin() {
        return common();
    }

    /** {@code base} plus {@code overrides}; handy for "the book's settings, but with acks=0". */
    public static Properties with(Properties base, Map<String, ?> overrides) {
        Properties props = new Properties();
        props.putAll(base);
        props.putAll(overrides);
        return props;
    }
}
