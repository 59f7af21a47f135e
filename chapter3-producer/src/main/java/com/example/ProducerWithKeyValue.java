package com.example;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;

/**
 * 3.4.1 프로듀서 API — 메시지 키를 가진 데이터를 전송하는 프로듀서: records with a key. The default partitioner
 * hashes the key (murmur2) over the topic's partitions, so records with the same key always land in the same
 * partition — and stay in order there — as long as the partition count does not change.
 */
public class ProducerWithKeyValue {

    private static final Logger logger = LoggerFactory.getLogger(ProducerWithKeyValue.class);

    /** The book's records: key = office, value = a number. */
    public static final List<Map.Entry<String, String>> BOOK_RECORDS =
            List.of(Map.entry("Pangyo", "23"), Map.entry("Busan", "23"));

    public static void main(String[] args) {
        Examples.main(args, settings -> send(settings, SimpleProducer.TOPIC_NAME, BOOK_RECORDS));
    }

    /** Sends each key/value pair, in order, then flushes and closes. */
    public static void send(KafkaSettings settings, String topic, List<Map.Entry<String, String>> keyValues) {
        Properties configs = settings.producer();

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(configs)) {
            for (Map.Entry<String, String> keyValue : keyValues) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(topic, keyValue.getKey(), keyValue.getValue());
                producer.send(record);
                logger.info("{}", record);
            }
            producer.flush();
        }
    }
}
