package com.example.exercise;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.CommittingRebalanceListener;

/**
 * 연습 3.4.2 리밸런스 리스너를 가진 컨슈머 — exercise: the listener that commits what was processed when
 * partitions are revoked ({@link com.example.RebalanceListener} is the solution). The listing's loop,
 * {@link com.example.ConsumerWithRebalanceListener}, calls {@link #processed} after each record.
 *
 * <ol>
 *   <li>Fill in the {@code TODO}s below.</li>
 *   <li>Grade: {@code ./mvnw -q -pl chapter3-consumer test-compile exec:java@grade -Dexec.args=rebalance-listener}</li>
 * </ol>
 */
public class RebalanceListener implements CommittingRebalanceListener {

    private static final Logger logger = LoggerFactory.getLogger(RebalanceListener.class);

    private final Consumer<?, ?> consumer;
    private final Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();

    public RebalanceListener(Consumer<?, ?> consumer) {
        this.consumer = consumer;
    }

    @Override
    public void processed(ConsumerRecord<?, ?> record) {
        // TODO 처리한 레코드의 파티션에 다음 위치(offset + 1)를 기억하세요.
        //      힌트: processed.put(new TopicPartition(record.topic(), record.partition()),
        //                          new OffsetAndMetadata(record.offset() + 1, null));
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        logger.warn("Partitions are revoked: {}", partitions);
        // TODO 파티션을 내주기 전에, 그 파티션들에서 처리한 위치를 동기로 커밋하세요 (책의 리스너는 로그만 남깁니다).
        //      힌트: partitions 중 processed에 있는 것만 모아 consumer.commitSync(그 맵), 그리고 processed에서 지우세요.
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        logger.warn("Partitions are assigned: {}", partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        // 이미 다른 멤버의 파티션입니다: 커밋하지 않고 잊기만 합니다.
        partitions.forEach(processed::remove);
    }
}
