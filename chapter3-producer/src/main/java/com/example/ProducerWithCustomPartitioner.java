package com.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;

/**
 * 3.4.1 프로듀서 API — 커스텀 파티셔너를 가지는 프로듀서: the producer with {@code partitioner.class} set to
 * {@link CustomPartitioner}.
 */
public class ProducerWithCustomPartitioner {

    private static final Logger logger = LoggerFactory.getLogger(ProducerWithCustomPartitioner.class);

    /** The book's record. */
    public static final List<Map.Entry<String, String>> BOOK_RECORDS = List.of(Map.entry("Pangyo", "23"));

    public static void main(String[] args) {
        Examples.main(args, settings -> send(settings, SimpleProducer.TOPIC_NAME, BOOK_RECORDS));
    }

    /**
     * Sends the records through {@link CustomPartitioner} and returns where each one was stored.
     *
     * @throws org.apache.kafka.common.InvalidRecordException for a record without a key (nothing is written
     *         for it)
     */
    public static List<RecordMetadata> send(KafkaSettings settings, String topic,
                                            List<Map.Entry<String, String>> keyValues)
            throws InterruptedException {
        return send(settings, topic, keyValues, CustomPartitioner.class);
    }

    /** The same, through {@code partitioner} (the exercise's grader passes the student's partitioner). */
    public static List<RecordMetadata> send(KafkaSettings settings, String topic,
                                            List<Map.Entry<String, String>> keyValues,
                                            Class<? extends Partitioner> partitioner)
            throws InterruptedException {
        Properties configs = settings.producer();
        configs.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, partitioner);

        List<Future<RecordMetadata>> results = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(configs)) {
            for (Map.Entry<String, String> keyValue : keyValues) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(topic, keyValue.getKey(), keyValue.getValue());
                results.add(producer.send(record));
            }
            producer.flush();
        }

        // every record's fate is told, even after one failed: which were stored, which were not and why
        List<RecordMetadata> stored = new ArrayList<>();
        KafkaException firstFailure = null;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            try {
                RecordMetadata metadata = results.get(i).get();
                logger.info("{}", metadata);
                stored.add(metadata);
            } catch (ExecutionException e) {
                KafkaException failure = e.getCause() instanceof KafkaException kafkaException
                        ? kafkaException : new KafkaException(e.getCause());
                logger.error("record {} (key {}) was not stored: {}", i + 1, keyValues.get(i).getKey(),
                        failure.getMessage());
                failures.add("record " + (i + 1) + " (key " + keyValues.get(i).getKey() + "): " + failure.getMessage());
                firstFailure = firstFailure == null ? failure : firstFailure;
            }
        }
        if (firstFailure != null) {
            KafkaException summary = new KafkaException(failures.size() + " of " + results.size()
                    + " records were not stored (" + String.join("; ", failures) + "); the other " + stored.size()
                    + " were: " + stored, firstFailure);
            throw summary;
        }
        return stored;
    }
}
