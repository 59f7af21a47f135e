package com.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import com.example.common.Examples;
import com.example.common.KafkaSettings;

/**
 * 3.4.1 프로듀서 API — 브로커 정상 전송 여부를 확인하는 프로듀서 (비동기): {@code send(record, callback)} returns
 * at once; the {@link ProducerCallback} is called once per record when the broker has answered. Faster than
 * {@code send().get()}, but with {@code max.in.flight.requests.per.connection > 1} a failed, retried batch
 * could overtake the next one — unless idempotence is on, which keeps the order and is the Kafka 4.x default.
 */
public class ProducerWithAsyncCallback {

    /** The book's record. */
    public static final List<Map.Entry<String, String>> BOOK_RECORDS = List.of(Map.entry("Pangyo", "23"));

    public static void main(String[] args) {
        Examples.main(args, settings -> send(settings, SimpleProducer.TOPIC_NAME, BOOK_RECORDS, Map.of()));
    }

    /**
     * Sends each record with its own {@link ProducerCallback} and returns the callbacks (all completed).
     *
     * @param overrides producer options on top of the book's, e.g. {@code max.block.ms}
     */
    public static List<ProducerCallback> send(KafkaSettings settings, String topic,
                                              List<Map.Entry<String, String>> keyValues, Map<String, ?> overrides) {
        Properties configs = KafkaSettings.with(settings.producer(), overrides);

        List<ProducerCallback> callbacks = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(configs)) {
            for (Map.Entry<String, String> keyValue : keyValues) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(topic, keyValue.getKey(), keyValue.getValue());
                ProducerCallback callback = new ProducerCallback();
                producer.send(record, callback);
                callbacks.add(callback);
            }
        }
        return callbacks;
    }
}
