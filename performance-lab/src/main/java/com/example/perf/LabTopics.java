package com.example.perf;

import java.util.Map;
import java.util.UUID;

import com.example.common.KafkaSettings;
import com.example.common.Topics;

/** A fresh topic per measurement, so no row reads or appends to another row's data. */
final class LabTopics {

    private LabTopics() {
    }

    /** {@code base-<random>}. */
    static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Creates {@code name} with {@code partitions} partitions and waits until every leader serves requests
     * ({@link Topics#createIfAbsent}): right after CreateTopics a produce can fail with
     * NOT_LEADER_OR_FOLLOWER, and an idempotent producer whose first batch failed that way while a later one
     * succeeded stalls on OUT_OF_ORDER_SEQUENCE_NUMBER until delivery.timeout.ms.
     */
    static String create(KafkaSettings settings, String name, int partitions) throws InterruptedException {
        Topics.createIfAbsent(settings, Map.of(name, partitions));
        return name;
    }
}
