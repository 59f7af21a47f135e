package com.example;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * 3.4.3 어드민 API — the book's listing: the brokers' configuration (describeCluster → every node →
 * describeConfigs of that broker) and the information of the topic {@code test} (describeTopics: partitions,
 * leader, replicas, ISR).
 */
public class KafkaAdminClient {

    private static final Logger logger = LoggerFactory.getLogger(KafkaAdminClient.class);

    /** The book's topic. */
    public static final String TOPIC_NAME = "test";

    static final String USAGE = "usage: KafkaAdminClient [topic] [--non-default]  (default topic: " + TOPIC_NAME + ")";

    /** One broker and its configuration entries, sorted by name. */
    public record BrokerConfigs(Node node, List<ConfigEntry> entries) {

        /** The value of configuration {@code name}, if the broker reported it (sensitive values are null). */
        public Optional<String> value(String name) {
            return entries.stream().filter(e -> e.name().equals(name)).findFirst().map(ConfigEntry::value);
        }
    }

    public static void main(String[] args) {
        Examples.main(args, settings -> runAndPrint(settings, args));
    }

    /** What {@code main} does: parse the arguments, run, print the result. */
    static void runAndPrint(KafkaSettings settings, String... args) throws Exception {
        String topic = TOPIC_NAME;
        boolean nonDefaultOnly = false;
        for (String arg : args) {
            if (arg.equals("--non-default")) {
                nonDefaultOnly = true;
            } else if (arg.startsWith("-")) {
                throw Messages.badInput("option.unknown.usage", arg, USAGE);
            } else {
                topic = arg;
            }
        }

        logger.info("== Get broker information{}", nonDefaultOnly ? " (non-default entries only)" : "");
        for (BrokerConfigs broker : brokerInfo(settings, nonDefaultOnly)) {
            logger.info("node : {}", broker.node());
            for (ConfigEntry entry : broker.entries()) {
                logger.info("  {}", format(entry, nonDefaultOnly));
            }
        }

        logger.info("== Get information of topic '{}'", topic);
        TopicDescription description = topicInfo(settings, topic);
        logger.info("topic {} (id {}), internal={}, {} partition(s)", description.name(), description.topicId(),
                description.isInternal(), description.partitions().size());
        for (TopicPartitionInfo partition : description.partitions()) {
            logger.info("  partition {}: leader {}, replicas {}, isr {}", partition.partition(),
                    id(partition.leader()), ids(partition.replicas()), ids(partition.isr()));
        }
    }

    /**
     * describeCluster, then describeConfigs of each node as a {@link ConfigResource.Type#BROKER} resource. With
     * {@code nonDefaultOnly}, only the entries whose source is not Kafka's default.
     */
    public static List<BrokerConfigs> brokerInfo(KafkaSettings settings, boolean nonDefaultOnly)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(settings.admin())) {
            List<BrokerConfigs> result = new ArrayList<>();
            List<Node> nodes = new ArrayList<>(admin.describeCluster().nodes().get());
            nodes.sort(Comparator.comparingInt(Node::id));
            for (Node node : nodes) {
                ConfigResource cr = new ConfigResource(ConfigResource.Type.BROKER, node.idString());
                Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(cr)).all().get();
                List<ConfigEntry> entries = configs.get(cr).entries().stream()
                        .filter(entry -> !nonDefaultOnly || !entry.isDefault())
                        .sorted(Comparator.comparing(ConfigEntry::name))
                        .toList();
                result.add(new BrokerConfigs(node, entries));
            }
            return result;
        }
    }

    /** describeTopics of {@code topic}; a missing topic is an IllegalArgumentException saying how to create it. */
    public static TopicDescription topicInfo(KafkaSettings settings, String topic)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(settings.admin())) {
            return AdminTopics.describe(admin, topic, settings.bootstrapServers());
        }
    }

    /** {@code name = value}, plus where the value comes from when only non-defaults are shown. */
    static String format(ConfigEntry entry, boolean withSource) {
        String value = entry.isSensitive() ? "(sensitive, hidden)" : entry.value();
        return entry.name() + " = " + value + (withSource ? "  [" + entry.source() + "]" : "");
    }

    static String id(Node node) {
        return node == null || node.isEmpty() ? "none" : node.idString();
    }

    static List<Integer> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).toList();
    }
}
