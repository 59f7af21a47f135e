package com.example;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.KafkaSettings;
import com.example.common.Topics;

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
        Topics.partitionCounts(Topics.createIfAbsent(settings, partitionsByTopic))
                .forEach((name, partitions) -> log.info("topic {}: {} partition(s)", name, partitions));
    }
}
