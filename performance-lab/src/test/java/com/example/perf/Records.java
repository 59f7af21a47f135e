package com.example.perf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import com.example.common.KafkaSettings;

/** Writing many records fast and reading a whole topic back, for any broker (not only the harness's). */
final class Records {

    private Records() {
    }

    /** Sends values {@code v0 .. v<n-1>} without keys, asynchronously, and waits until all are acknowledged. */
    static void produceValues(KafkaSettings settings, String topic, int n) {
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> first = new AtomicReference<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producer())) {
            for (int i = 0; i < n; i++) {
                producer.send(new ProducerRecord<>(topic, "v" + i), (metadata, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                        first.compareAndSet(null, e);
                    }
                });
            }
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " sends failed", first.get());
        }
    }

    /**
     * Everything in {@code topic} from the beginning up to the end offsets as they are now — exactly what is
     * there, not "at least n" — in per-partition order.
     */
    static Map<Integer, List<ConsumerRecord<String, String>>> readAll(KafkaSettings settings, String topic,
                                                                      Duration timeout) {
        Properties props = settings.consumer(null);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end offsets " + end
                            + " within " + timeout + "; read " + records.size());
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::partition));
    }
}
