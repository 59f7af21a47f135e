package com.example.zookeeper;

import java.util.Properties;

import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaServer;

import com.example.common.Messages;

/**
 * 2.1.4 카프카 브로커 실행 — a Kafka 3.9 broker in ZooKeeper mode: Kafka's own {@link KafkaServer}, what
 * {@code bin/kafka-server-start.sh config/server.properties} ran before KRaft (Kafka 3.9 is the last line that
 * has it). It registers itself under {@code /brokers/ids/<broker.id>} and, being alone, becomes the
 * controller ({@code /controller}).
 */
public final class ZooKeeperModeBroker implements AutoCloseable {

    private static final ListenerName PLAINTEXT = ListenerName.normalised("PLAINTEXT");

    private final KafkaServer server;
    private final String advertisedHost;

    private ZooKeeperModeBroker(KafkaServer server, String advertisedHost) {
        this.server = server;
        this.advertisedHost = advertisedHost;
    }

    /**
     * Starts the broker.
     *
     * @param properties     server.properties, e.g. from {@link BookConfig#broker}
     * @param advertisedHost the host part of {@code advertised.listeners}, for {@link #bootstrapServers()}
     */
    public static ZooKeeperModeBroker start(Properties properties, String advertisedHost) {
        KafkaConfig config = KafkaConfig.fromProps(properties, false);
        KafkaServer server = new KafkaServer(config, Time.SYSTEM, scala.Option.empty(), false);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw Messages.failure(e, "zk.brokerCannotStart", e.getMessage());
        }
        return new ZooKeeperModeBroker(server, advertisedHost);
    }

    /** The client port actually bound. */
    public int port() {
        return server.boundPort(PLAINTEXT);
    }

    /** What clients pass as {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return advertisedHost + ":" + port();
    }

    /** {@code broker.id}: the file's, or the one ZooKeeper generated when the file has none. */
    public int brokerId() {
        return server.config().brokerId();
    }

    /** Kafka's version, e.g. {@code 3.9.2}. */
    public static String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
