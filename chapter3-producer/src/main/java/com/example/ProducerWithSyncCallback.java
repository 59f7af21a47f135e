package com.example;

import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * 3.4.1 프로듀서 API — 브로커 정상 전송 여부를 확인하는 프로듀서 (동기): {@code send()} returns a {@code Future};
 * {@code get()} blocks until the broker answers and gives the {@link RecordMetadata} — topic, partition and
 * offset of the stored record, logged as {@code test-0@5}.
 */
public class ProducerWithSyncCallback {

    private static final Logger logger = LoggerFactory.getLogger(ProducerWithSyncCallback.class);

    /** What {@code acks} accepts. */
    public static final Set<String> ACKS_VALUES = Set.of("0", "1", "all", "-1");

    public static void main(String[] args) {
        String acks = args.length > 0 ? args[0] : "all";
        Examples.main(args, settings -> send(settings, SimpleProducer.TOPIC_NAME, "Pangyo", "23", acks));
    }

    /** Sends one record with the default {@code acks=all} and returns its metadata. */
    public static RecordMetadata send(KafkaSettings settings, String topic, String key, String value)
            throws InterruptedException {
        return send(settings, topic, key, value, "all");
    }

    /** Sends one record with the given {@code acks}, waits for the broker and returns the metadata. */
    public static RecordMetadata send(KafkaSettings settings, String topic, String key, String value, String acks)
            throws InterruptedException {
        if (!ACKS_VALUES.contains(acks)) {
            throw Messages.badInput("producer.acks-bad", acks);
        }
        Properties configs = settings.producer();
        configs.put(ProducerConfig.ACKS_CONFIG, acks);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(configs)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            RecordMetadata metadata = producer.send(record).get();
            logger.info("{}", metadata);
            return metadata;
        } catch (ExecutionException e) {
            logger.error("send failed: {}", e.getCause().getMessage());
            if (e.getCause() instanceof KafkaException kafkaException) {
                throw kafkaException;
            }
            throw new KafkaException(e.getCause());
        }
    }
}
