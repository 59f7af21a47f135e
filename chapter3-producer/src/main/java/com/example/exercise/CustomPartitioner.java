package com.example.exercise;

import java.util.Map;

import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;

/**
 * 연습 3.4.1 커스텀 파티셔너를 가지는 프로듀서 — exercise: the key {@code "Pangyo"} owns partition 0, every other
 * key is hashed over partitions 1…n-1, a record without a key is refused
 * ({@link com.example.CustomPartitioner} is the solution).
 *
 * <ol>
 *   <li>Fill in the {@code TODO}s of {@link #partition}.</li>
 *   <li>Grade: {@code ./mvnw -q -pl chapter3-producer test-compile exec:java@grade -Dexec.args=custom-partitioner}</li>
 * </ol>
 */
public class CustomPartitioner implements Partitioner {

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes,
                         Cluster cluster) {
        // TODO 1 키가 없으면(keyBytes == null) InvalidRecordException을 던지세요.
        //        메시지에 "Need message key"를 넣으면 독자가 이유를 압니다.
        // TODO 2 키가 "Pangyo"이면 파티션 0을 돌려주세요.
        // TODO 3 나머지 키는 파티션 1…n-1 중 하나로: n = cluster.partitionsForTopic(topic).size()
        //        힌트: 1 + Utils.toPositive(Utils.murmur2(keyBytes)) % (n - 1)  (파티션이 1개면 0)
        return 0;
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }

    @Override
    public void close() {
    }
}
