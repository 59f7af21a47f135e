package com.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.KafkaSettings;

/**
 * Creates the topics an example reads and writes, as the book does with {@code kafka-topics.sh --create}
 * before each listing. Kafka Streams never creates its <em>source</em> topics (a missing one stops the
 * application with {@code MissingSourceTopicException}), so every example calls this first. A topic that
 * already exists is left as it is — including its partition count, which is what the co-partitioning rule
 * of {@link KStreamJoinKTable} checks.
 */
public final class StreamsTopics {

    private static final Logger log = LoggerFactory.getLogger(StreamsTopics.class);

    private StreamsTopics() {
    }

    /**
     * Creates each {@code topic → partitions} entry that does not exist yet (replication factor: the broker's
     * default) and logs the partition count each topic ends up with.
     */
    public static void createIfAbsent(KafkaSettings settings, Map<String, Integer> partitionsByTopic)
            throws InterruptedException {
        try (Admin admin = Admin.create(settings.admin())) {
            List<NewTopic> topics = new ArrayList<>();
            partitionsByTopic.forEach((name, partitions) ->
                    topics.add(new NewTopic(name, Optional.of(partitions), Optional.empty())));
            admin.createTopics(topics).values().forEach((name, future) -> {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            try {
                admin.describeTopics(partitionsByTopic.keySet()).allTopicNames().get().forEach((name, description) ->
                        log.info("topic {}: {} partition(s)", name, description.partitions().size()));
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot describe topics " + partitionsByTopic.keySet() + ": "
                        + e.getCause().getMessage(), e.getCause());
            }
        }
    }
}
