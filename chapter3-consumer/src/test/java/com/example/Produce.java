package com.example;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.example.testing.TestKafka;

/** Test data: values spread round-robin over explicit partitions, so every partition gets records. */
final class Produce {

    private Produce() {
    }

    /** {@code prefix-0 .. prefix-(count-1)}. */
    static List<String> values(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + "-" + i).toList();
    }

    /** Sends value i to partition {@code i % partitions}. */
    @SuppressWarnings("unchecked")
    static void spread(TestKafka kafka, String topic, int partitions, List<String> values) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            records.add(new ProducerRecord<>(topic, i % partitions, null, values.get(i)));
        }
        kafka.send(records.toArray(ProducerRecord[]::new));
    }
}
