package com.example.common;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * What the book does with {@code kafka-topics.sh --create} before a listing, for examples that should run on a
 * fresh broker: create the topics that are missing (an existing topic is left exactly as it is), then wait until
 * every partition has a leader that serves requests, so the first send does not race the election.
 */
public final class Topics {

    /** How long a new topic may take to get leaders before we give up. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private Topics() {
    }

    /** {@code topic → partitions}, replication factor: the broker's default. */
    public static Map<String, TopicDescription> createIfAbsent(KafkaSettings settings,
                                                               Map<String, Integer> partitionsByTopic)
            throws InterruptedException {
        try (Admin admin = Admin.create(settings.admin())) {
            return createIfAbsent(admin, partitionsByTopic.entrySet().stream()
                    .map(e -> new NewTopic(e.getKey(), Optional.of(e.getValue()), Optional.empty()))
                    .toArray(NewTopic[]::new));
        }
    }

    /** Creates each topic that does not exist yet and returns the description of all of them, once ready. */
    public static Map<String, TopicDescription> createIfAbsent(Admin admin, NewTopic... topics)
            throws InterruptedException {
        List<NewTopic> list = Arrays.asList(topics);
        for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> created
                : admin.createTopics(list).values().entrySet()) {
            try {
                created.getValue().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw Messages.failure(e.getCause(), "topics.cannot-create", created.getKey(),
                            e.getCause().getMessage());
                }
            }
        }
        return awaitReady(admin, list.stream().map(NewTopic::name).toList());
    }

    /** Waits until every partition of {@code names} has a leader that answers (bounded by {@link #READY_TIMEOUT}). */
    public static Map<String, TopicDescription> awaitReady(Admin admin, List<String> names) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get();
                boolean leaders = descriptions.values().stream().flatMap(d -> d.partitions().stream())
                        .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                if (leaders) {
                    // ListOffsets is served by a partition's leader only: once it answers, produce requests will too
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    descriptions.values().forEach(d -> d.partitions().forEach(p ->
                            latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                    admin.listOffsets(latest).all().get();
                    return descriptions;
                }
            } catch (ExecutionException e) {
                last = e; // e.g. UnknownTopicOrPartition for a moment after creation
            }
            Thread.sleep(50);
        }
        throw Messages.failure("topics.no-leader", names, READY_TIMEOUT.toSeconds(),
                last == null ? "" : ": " + last.getCause().getMessage());
    }

    /** {@code name → partition count}, for log lines. */
    public static Map<String, Integer> partitionCounts(Map<String, TopicDescription> descriptions) {
        return descriptions.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().partitions().size()));
    }
}
