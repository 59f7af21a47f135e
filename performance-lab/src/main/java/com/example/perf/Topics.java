package com.example.perf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import com.example.common.KafkaSettings;

/** A fresh topic per measurement, so no row reads or appends to another row's data. */
final class Topics {

    private Topics() {
    }

    /** {@code base-<random>}. */
    static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates {@code name} with {@code partitions} partitions (replication factor: the broker's default). */
    static String create(KafkaSettings settings, String name, int partitions) throws InterruptedException {
        try (Admin admin = Admin.create(settings.admin())) {
            admin.createTopics(List.of(new NewTopic(name, Optional.of(partitions), Optional.empty()))).all().get();
            // wait until every partition has a leader, so the first send does not measure the election
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!admin.describeTopics(List.of(name)).allTopicNames().get().get(name).partitions().stream()
                    .allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topic " + name + " has no leader after 30 s");
                }
            }
            // the controller knows the leader a moment before the broker acts as one; a produce request in that
            // window fails with NOT_LEADER_OR_FOLLOWER, and with idempotence a retried first batch can then land
            // behind a later one (OUT_OF_ORDER_SEQUENCE_NUMBER until delivery.timeout.ms). ListOffsets is
            // served by the leader only and retried by Admin until it is one.
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(name, p), OffsetSpec.latest());
            }
            admin.listOffsets(latest).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(), e);
        }
        return name;
    }
}
