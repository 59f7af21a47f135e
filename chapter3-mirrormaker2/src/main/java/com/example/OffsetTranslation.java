package com.example;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.apache.kafka.connect.mirror.DefaultReplicationPolicy;
import org.apache.kafka.connect.mirror.RemoteClusterUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.BootstrapAddresses;
import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * 3.7.1 지리적 복제 — failover of a consumer group from cluster A to cluster B (active-standby).
 *
 * <p>MirrorMaker's checkpoint connector reads the group's committed offsets on A every
 * {@code emit.checkpoints.interval.seconds}, translates them to offsets of {@code A.<topic>} on B (offsets differ
 * between the clusters) and writes them to {@code A.checkpoints.internal} on B. This example reads the latest
 * checkpoints with {@link RemoteClusterUtils#translateOffsets} and commits them for the same group on B, so that the
 * group's consumers, started against B and subscribed to {@code A.<topic>}, resume where they stopped on A.
 *
 * <pre>
 * ./mvnw -q -pl chapter3-mirrormaker2 exec:java -Dexec.mainClass=com.example.OffsetTranslation \
 *     [-Dexec.args="test-group A B"] [-DB.bootstrap.servers=localhost:9093]
 * </pre>
 *
 * Arguments: {@code [group] [source-alias] [target-alias]}, default {@code test-group A B}. The target cluster's
 * address is {@code -D<target>.bootstrap.servers} (default A = localhost:9092, B = localhost:9093). Run it while
 * no consumer of the group is connected to the target (Kafka refuses to move the offsets of an active group).
 */
public final class OffsetTranslation {

    private static final Logger log = LoggerFactory.getLogger(OffsetTranslation.class);

    public static final String DEFAULT_GROUP = "test-group";
    private static final Duration CHECKPOINT_READ_TIMEOUT = Duration.ofSeconds(10);

    private OffsetTranslation() {
    }

    public static void main(String[] args) {
        String group = args.length > 0 ? args[0] : DEFAULT_GROUP;
        String source = args.length > 1 ? args[1] : "A";
        String target = args.length > 2 ? args[2] : "B";
        String key = target + ".bootstrap.servers";
        String servers = System.getProperty(key, target.equals("A") ? "localhost:9092" : "localhost:9093");
        KafkaSettings targetCluster;
        try {
            targetCluster = new KafkaSettings(BootstrapAddresses.requireValid(servers, "-D" + key));
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            System.exit(Examples.EXIT_BAD_INPUT);
            return;
        }
        System.out.println("Cluster " + target + " at " + servers + " (from "
                + (System.getProperty(key) != null ? "-D" + key : "the default for " + target) + ")");
        int status = Examples.execute(targetCluster, "-D" + key + "=host:port",
                settings -> failover(settings, source, group), System.err);
        System.exit(status);
    }

    /** Translates {@code group}'s offsets from cluster {@code sourceAlias} and commits them on {@code target}. */
    public static Map<TopicPartition, OffsetAndMetadata> failover(KafkaSettings target, String sourceAlias, String group)
            throws InterruptedException, TimeoutException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> translated = translate(target, sourceAlias, group);
        try (Admin admin = Admin.create(target.admin())) {
            admin.alterConsumerGroupOffsets(group, translated).all().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownMemberIdException) {
                throw Messages.badInput(e, "mm2.group-active", group, target.bootstrapServers());
            }
            throw e;
        }
        log.info("Committed the translated offsets for group {} on {}: its consumers can now subscribe there.",
                group, target.bootstrapServers());
        return translated;
    }

    /**
     * The latest checkpoint of {@code group} from cluster {@code sourceAlias}, read on {@code target}: partitions of
     * the remote topics ({@code A.test-0}) and the offsets to resume from.
     */
    public static Map<TopicPartition, OffsetAndMetadata> translate(KafkaSettings target, String sourceAlias,
            String group) throws InterruptedException, TimeoutException, ExecutionException {
        String checkpoints = new DefaultReplicationPolicy().checkpointsTopic(sourceAlias);
        try (Admin admin = Admin.create(target.admin())) {
            if (!admin.listTopics().names().get().contains(checkpoints)) {
                throw Messages.badInput("mm2.no-checkpoints-topic", checkpoints, target.bootstrapServers(), sourceAlias);
            }
        }
        Map<String, Object> props = new HashMap<>();
        target.common().forEach((k, v) -> props.put((String) k, v));
        Map<TopicPartition, OffsetAndMetadata> translated =
                RemoteClusterUtils.translateOffsets(props, sourceAlias, group, CHECKPOINT_READ_TIMEOUT);
        if (translated.isEmpty()) {
            throw Messages.badInput("mm2.no-checkpoint", group, checkpoints, sourceAlias);
        }
        Map<String, Long> byPartition = new TreeMap<>();
        translated.forEach((partition, offset) -> byPartition.put(partition.toString(), offset.offset()));
        byPartition.forEach((partition, offset) -> log.info("group {}: {} resumes at offset {}", group, partition, offset));
        return translated;
    }
}
