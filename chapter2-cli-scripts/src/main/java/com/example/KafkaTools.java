package com.example;

import java.util.LinkedHashMap;
import java.util.Map;
import com.example.common.Messages;

/**
 * 2장의 카프카 커맨드 라인 툴: which of Kafka 4.3.1's own classes each {@code bin/} tool of the book runs — the same
 * classes Kafka's {@code bin/kafka-*.sh} and {@code bin/windows/kafka-*.bat} run, and this module's
 * {@code bin/*.sh} and {@code bin/windows/*.cmd} (KafkaToolsTest checks that they agree).
 */
public final class KafkaTools {

    /** Tool name as the book types it → its main class. */
    public static final Map<String, String> MAIN_CLASSES = mainClasses();

    /**
     * The tools that end with {@code System.exit} and close in a {@code Runtime} shutdown hook: they run in a JVM
     * of their own ({@code ToolJvm}); every other runs in the caller's JVM ({@code InProcessTool}).
     */
    public static final java.util.Set<String> OWN_JVM = java.util.Set.of("kafka-verifiable-producer.sh",
            "kafka-verifiable-consumer.sh");

    private KafkaTools() {
    }

    private static Map<String, String> mainClasses() {
        Map<String, String> classes = new LinkedHashMap<>();
        classes.put("kafka-broker-api-versions.sh", "org.apache.kafka.tools.BrokerApiVersionsCommand");
        classes.put("kafka-topics.sh", "org.apache.kafka.tools.TopicCommand");
        classes.put("kafka-configs.sh", "kafka.admin.ConfigCommand");
        classes.put("kafka-console-producer.sh", "org.apache.kafka.tools.ConsoleProducer");
        classes.put("kafka-console-consumer.sh", "org.apache.kafka.tools.consumer.ConsoleConsumer");
        classes.put("kafka-consumer-groups.sh", "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand");
        classes.put("kafka-verifiable-producer.sh", "org.apache.kafka.tools.VerifiableProducer");
        classes.put("kafka-verifiable-consumer.sh", "org.apache.kafka.tools.VerifiableConsumer");
        classes.put("kafka-delete-records.sh", "org.apache.kafka.tools.DeleteRecordsCommand");
        classes.put("kafka-producer-perf-test.sh", "org.apache.kafka.tools.ProducerPerformance");
        classes.put("kafka-consumer-perf-test.sh", "org.apache.kafka.tools.ConsumerPerformance");
        classes.put("kafka-storage.sh", "kafka.tools.StorageTool");
        classes.put("kafka-server-start.sh", "kafka.Kafka");
        return java.util.Collections.unmodifiableMap(classes);
    }

    /** The main class of {@code tool} ({@code kafka-topics.sh}). */
    public static String mainClass(String tool) {
        String mainClass = MAIN_CLASSES.get(tool);
        if (mainClass == null) {
            throw Messages.badInput("tool.unknown", tool, MAIN_CLASSES.keySet());
        }
        return mainClass;
    }
}
