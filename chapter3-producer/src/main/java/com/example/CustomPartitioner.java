package com.example;

import java.util.Map;

import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.utils.Utils;

/**
 * 3.4.1 프로듀서 API — 커스텀 파티셔너를 가지는 프로듀서: records with the key {@code "Pangyo"} always go to
 * partition 0; every other key is hashed with murmur2 — the same hash as Kafka's built-in partitioner — over the
 * <em>remaining</em> partitions 1…n-1, so partition 0 is reserved for Pangyo. A record without a key is
 * refused with {@link InvalidRecordException}.
 */
public class CustomPartitioner implements Partitioner {

    /** The key that owns partition 0. */
    public static final String PANGYO = "Pangyo";

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes,
                         Cluster cluster) {
        if (keyBytes == null) {
            throw new InvalidRecordException("Need message key: CustomPartitioner routes records by key, "
                    + "send a record with a key (e.g. new ProducerRecord<>(topic, \"Pangyo\", value))");
        }
        if (PANGYO.equals(key)) {
            return 0;
        }
        int numPartitions = cluster.partitionsForTopic(topic).size();
        if (numPartitions <= 1) {
            return 0;
        }
        return 1 + Utils.toPositive(Utils.murmur2(keyBytes)) % (numPartitions - 1);
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }

    @Override
    public void close() {
        // nothing to release
    }
}
