package com.example;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A rebalance listener that also learns what the application processed, so it can commit exactly that when
 * partitions are revoked: {@link RebalanceListener}, and the exercise's stub
 * ({@code com.example.exercise.RebalanceListener}) that {@link ConsumerWithRebalanceListener} runs the same way.
 */
public interface CommittingRebalanceListener extends ConsumerRebalanceListener {

    /** The application has processed {@code record}. */
    void processed(ConsumerRecord<?, ?> record);
}
