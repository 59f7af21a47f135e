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
 *
 * <p><b>Book defect fixed.</b> The book's {@code RebalanceListener} only logs "Partitions are revoked". A
 * consumer that commits less often than it processes (auto commit, per-batch or periodic commits) then hands its
 * partitions to another member with the last records processed but <em>not committed</em>, and the new owner
 * processes them a second time. This listener remembers, per partition, the offset after the last record the
 * application processed ({@link #processed(ConsumerRecord)}) and commits exactly those offsets, synchronously, in
 * {@link #onPartitionsRevoked(Collection)} — before the partitions change hands. The new owner starts where this
 * one stopped.
 *
 * <ul>
 *   <li>Classic protocol, eager assignor (the default {@code RangeAssignor}): every rebalance revokes all
 *       partitions first, inside {@code poll()}, so the commit happens between two batches.</li>
 *   <li>Cooperative assignors and {@code group.protocol=consumer} (KIP-848): only the partitions that move are
 *       revoked; the listener commits just those.</li>
 *   <li>{@code close()} revokes everything this member owns, so the listener also makes the final commit.</li>
 *   <li>{@link #onPartitionsLost(Collection)}: the partitions already belong to someone else (this member's
 *       session expired), so a commit would fail or, worse, overwrite the new owner's progress. Kafka's default
 *       {@code onPartitionsLost} calls {@code onPartitionsRevoked}; we override it to only forget them.</li>
 * </ul>
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
