package com.example;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 3.4.2 컨슈머 API — 리밸런스 리스너: what to do when partitions are taken away from or given to this consumer.
 */
public class RebalanceListener implements CommittingRebalanceListener {

    private static final Logger logger = LoggerFactory.getLogger(RebalanceListener.class);

    private final org.apache.kafka.clients.consumer.Consumer<?, ?> consumer;
    private final Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();

    public RebalanceListener(org.apache.kafka.clients.consumer.Consumer<?, ?> consumer) {
        this.consumer = consumer;
    }

    /** The application has processed {@code record}: the next one to read in its partition is offset + 1. */
    @Override
    public void processed(ConsumerRecord<?, ?> record) {
        processed.put(new TopicPartition(record.topic(), record.partition()),
                new OffsetAndMetadata(record.offset() + 1, null));
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        logger.warn("Partitions are revoked: {}", partitions);
        Map<TopicPartition, OffsetAndMetadata> toCommit = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = processed.remove(partition);
            if (offset != null) {
                toCommit.put(partition, offset);
            }
        }
        if (!toCommit.isEmpty()) {
            consumer.commitSync(toCommit);
            logger.info("Committed the offsets processed so far before giving the partitions away: {}", toCommit);
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        logger.warn("Partitions are assigned: {}", partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        logger.warn("Partitions are lost (already owned by another member, not committing): {}", partitions);
        partitions.forEach(processed::remove);
    }
}
