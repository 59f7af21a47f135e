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
import org.apache.kafka.common.errors.RetriableException;

import com.example.common.KafkaSettings;

/** A fresh topic per measurement, so no row reads or appends to another row's data. */
final class Topics {

    private Topics() {
    }

    /** {@code base-<random>}. */
    static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Creates {@code name} with {@code partitions} partitions (replication factor: the broker's default) and
     * returns once every partition's leader serves requests.
     */
    static String create(KafkaSettings settings, String name, int partitions) throws InterruptedException {
        try (Admin admin = Admin.create(settings.admin())) {
            admin.createTopics(List.of(new NewTopic(name, Optional.of(partitions), Optional.empty()))).all().get();
            awaitLeaders(admin, name, partitions);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(), e);
        }
        return name;
    }

    /**
     * Right after CreateTopics the broker may not know the topic yet (UNKNOWN_TOPIC_OR_PARTITION) or not act as
     * its leader yet (NOT_LEADER_OR_FOLLOWER). A produce request in that window is retried — but with
     * idempotence, a failed first batch can then land behind a later one that succeeded, and the producer is
     * stuck on OUT_OF_ORDER_SEQUENCE_NUMBER until {@code delivery.timeout.ms} (seen with Kafka 4.3.1). So wait
     * until ListOffsets, which only the leader serves, answers for every partition.
     */
    static void awaitLeaders(Admin admin, String name, int partitions)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(name, p), OffsetSpec.latest());
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                boolean leaders = admin.describeTopics(List.of(name)).allTopicNames().get().get(name).partitions()
                        .stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                if (leaders) {
                    admin.listOffsets(latest).all().get();
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topic " + name + " has no serving leader after 30 s");
            }
            Thread.sleep(20);
        }
    }
}
