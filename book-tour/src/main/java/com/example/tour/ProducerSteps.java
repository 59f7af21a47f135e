package com.example.tour;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.utils.Utils;

import com.example.CustomPartitioner;
import com.example.ProducerCallback;
import com.example.ProducerExactPartition;
import com.example.ProducerWithAsyncCallback;
import com.example.ProducerWithCustomPartitioner;
import com.example.ProducerWithKeyValue;
import com.example.ProducerWithSyncCallback;
import com.example.SimpleProducer;

/** 3.4.1 프로듀서 API (chapter3-producer). Each step writes to its own topic {@code test-<tour id>-N}. */
final class ProducerSteps {

    private static final String H = "프로듀서 API — ";
    private static final String RUN = "./mvnw -q -pl chapter3-producer exec:java -Dexec.mainClass=com.example.";
    private static final Duration READ = Duration.ofSeconds(15);

    private ProducerSteps() {
    }

    static List<Step> steps() {
        return List.of(
                Step.of("3.4.1", H + "카프카 프로듀서 프로젝트 생성",
                        "simple",
                        RUN + "SimpleProducer", ProducerSteps::simple),
                Step.of("3.4.1", H + "메시지 키를 가진 데이터를 전송하는 프로듀서",
                        "keyValue",
                        RUN + "ProducerWithKeyValue", ProducerSteps::keyValue),
                Step.of("3.4.1", H + "파티션 번호를 가진 데이터를 전송하는 프로듀서",
                        "exactPartition",
                        RUN + "ProducerExactPartition", ProducerSteps::exactPartition),
                Step.of("3.4.1", H + "커스텀 파티셔너를 가지는 프로듀서",
                        "customPartitioner",
                        RUN + "ProducerWithCustomPartitioner", ProducerSteps::customPartitioner),
                Step.of("3.4.1", H + "브로커 정상 전송 여부를 확인하는 프로듀서 (동기)",
                        "syncCallback",
                        RUN + "ProducerWithSyncCallback    {tour.note.acks0}", ProducerSteps::syncCallback),
                Step.of("3.4.1", H + "브로커 정상 전송 여부를 확인하는 프로듀서 (비동기)",
                        "asyncCallback",
                        RUN + "ProducerWithAsyncCallback", ProducerSteps::asyncCallback));
    }

    private static void simple(StepRun run) throws Exception {
        String topic = run.unique("test");
        SimpleProducer.send(run.settings(), topic, "testMessage");
        List<ConsumerRecord<String, String>> records = run.kafka().read(topic, 1, READ);
        run.observe("producer.simple", topic, records.stream().map(ProducerSteps::describe).toList());
        run.check(records.size() == 1, "producer.simple.1", topic, records.size());
        run.check(records.get(0).key() == null && "testMessage".equals(records.get(0).value()),
                "producer.simple.2", describe(records.get(0)));
    }

    private static void keyValue(StepRun run) throws Exception {
        String topic = run.unique("test");
        run.kafka().createTopicIfAbsent(topic, 3);
        ProducerWithKeyValue.send(run.settings(), topic, List.of(Map.entry("Pangyo", "23"), Map.entry("Busan", "23"),
                Map.entry("Pangyo", "24"), Map.entry("Busan", "24")));
        List<ConsumerRecord<String, String>> records = run.kafka().read(topic, 4, READ);
        Map<String, List<Integer>> partitionsByKey = new TreeMap<>();
        records.forEach(r -> partitionsByKey.computeIfAbsent(r.key(), k -> new java.util.ArrayList<>())
                .add(r.partition()));
        run.observe("producer.keyValue.1", partitionsByKey);
        run.check(records.size() == 4, "producer.keyValue.1", records.size());
        for (Map.Entry<String, List<Integer>> e : partitionsByKey.entrySet()) {
            int expected = murmur2Partition(e.getKey(), 3);
            run.check(e.getValue().stream().allMatch(p -> p == expected),
                    "producer.keyValue.2", e.getKey(), expected,
                    e.getValue());
        }
        run.observe("producer.keyValue.2");
    }

    private static void exactPartition(StepRun run) throws Exception {
        String topic = run.unique("test");
        run.kafka().createTopicIfAbsent(topic, 3);
        ProducerExactPartition.send(run.settings(), topic, 0, "Pangyo", "23");
        ProducerExactPartition.send(run.settings(), topic, 2, "Pangyo", "23");
        List<ConsumerRecord<String, String>> records = run.kafka().read(topic, 2, READ);
        int hashed = murmur2Partition("Pangyo", 3);
        run.observe("producer.exactPartition",
                hashed, records.stream().map(r -> r.partition()).toList());
        run.check(records.stream().map(ConsumerRecord::partition).sorted().toList().equals(List.of(0, 2)),
                "producer.exactPartition",
                records.stream().map(ConsumerRecord::partition).toList());
    }

    private static void customPartitioner(StepRun run) throws Exception {
        String topic = run.unique("test");
        run.kafka().createTopicIfAbsent(topic, 3);
        List<RecordMetadata> stored = ProducerWithCustomPartitioner.send(run.settings(), topic,
                List.of(Map.entry("Pangyo", "23"), Map.entry("Busan", "23"), Map.entry("Jeju", "1"),
                        Map.entry("Seoul", "2"), Map.entry("Pangyo", "24")));
        List<String> keys = List.of("Pangyo", "Busan", "Jeju", "Seoul", "Pangyo");
        Map<String, Integer> chosen = new java.util.LinkedHashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            chosen.merge(keys.get(i), stored.get(i).partition(), (a, b) -> a.equals(b) ? a : -1);
        }
        run.observe("producer.customPartitioner.1", chosen);
        run.check(stored.size() == 5, "producer.customPartitioner.1", stored.size());
        run.check(chosen.get(CustomPartitioner.PANGYO) == 0, "producer.customPartitioner.2",
                chosen.get(CustomPartitioner.PANGYO));
        run.check(chosen.entrySet().stream().filter(e -> !e.getKey().equals(CustomPartitioner.PANGYO))
                        .allMatch(e -> e.getValue() == 1 || e.getValue() == 2),
                "producer.customPartitioner.3", chosen);
        try {
            ProducerWithCustomPartitioner.send(run.settings(), topic,
                    List.of(new AbstractMap.SimpleEntry<>(null, "no key")));
            run.check(false, "producer.customPartitioner.4");
        } catch (KafkaException e) {
            run.check(e.getCause() instanceof InvalidRecordException, "producer.customPartitioner.5", e);
            run.observe("producer.customPartitioner.2", e.getCause().getMessage());
        }
    }

    private static void syncCallback(StepRun run) throws Exception {
        String topic = run.unique("test");
        run.kafka().createTopicIfAbsent(topic, 1);
        RecordMetadata metadata = ProducerWithSyncCallback.send(run.settings(), topic, "Pangyo", "23");
        RecordMetadata acks0 = ProducerWithSyncCallback.send(run.settings(), topic, "Pangyo", "23", "0");
        run.observe("producer.syncCallback.1", metadata, metadata.partition(), metadata.offset());
        run.observe("producer.syncCallback.2", acks0, acks0.hasOffset());
        run.check(metadata.hasOffset() && metadata.offset() == 0, "producer.syncCallback.1", metadata);
        run.check(!acks0.hasOffset() && acks0.offset() == -1, "producer.syncCallback.2",
                acks0.offset());
        List<ConsumerRecord<String, String>> records = run.kafka().read(topic, 2, READ);
        run.check(records.size() == 2, "producer.syncCallback.3", records.size());
    }

    private static void asyncCallback(StepRun run) throws Exception {
        String topic = run.unique("test");
        run.kafka().createTopicIfAbsent(topic, 1);
        List<ProducerCallback> callbacks = ProducerWithAsyncCallback.send(run.settings(), topic,
                List.of(Map.entry("Pangyo", "23"), Map.entry("Busan", "24"), Map.entry("Jeju", "25")), Map.of());
        run.observe("producer.asyncCallback", callbacks.stream()
                .map(c -> c.calls() + "×" + (c.exception() == null ? String.valueOf(c.metadata()) : c.exception()))
                .collect(Collectors.joining(", ")));
        run.check(callbacks.size() == 3, "producer.asyncCallback.1", callbacks.size());
        run.check(callbacks.stream().allMatch(c -> c.calls() == 1 && c.exception() == null && c.metadata() != null),
                "producer.asyncCallback.2");
        run.check(callbacks.stream().map(c -> c.metadata().offset()).toList().equals(List.of(0L, 1L, 2L)),
                "producer.asyncCallback.3", callbacks.stream().map(c -> c.metadata().offset()).toList());
    }

    /** What Kafka's built-in partitioner picks for a key: murmur2 of the key bytes, modulo the partitions. */
    static int murmur2Partition(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static String describe(ConsumerRecord<String, String> r) {
        return r.topic() + "-" + r.partition() + "@" + r.offset() + " key=" + r.key() + " value=" + r.value();
    }
}
