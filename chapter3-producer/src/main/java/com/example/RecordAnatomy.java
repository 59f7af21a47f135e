package com.example;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;

/**
 * 3.3 레코드: what a record is made of, as the consumer sees it. The producer sends a key, a value and headers;
 * the broker adds the offset and — depending on the topic's {@code message.timestamp.type} — keeps the
 * producer's timestamp ({@code CreateTime}, the default) or replaces it with the time it appended the record
 * ({@code LogAppendTime}). Headers are key/byte[] pairs for metadata the value should not carry (a content type,
 * a trace id); they were added in Kafka 0.11.
 */
public class RecordAnatomy {

    private static final Logger logger = LoggerFactory.getLogger(RecordAnatomy.class);

    /** How long we read before giving up on the record we just wrote. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    /** The headers the example sends. */
    public static final List<Header> HEADERS = List.of(
            new RecordHeader("content-type", "text/plain".getBytes(StandardCharsets.UTF_8)),
            new RecordHeader("source", "chapter3-producer".getBytes(StandardCharsets.UTF_8)));

    public static void main(String[] args) {
        Examples.main(args, settings -> sendAndReadBack(settings, SimpleProducer.TOPIC_NAME, "Pangyo", "23"));
    }

    /** Sends {@code key}/{@code value} with {@link #HEADERS} and returns the record as a consumer reads it. */
    public static ConsumerRecord<String, String> sendAndReadBack(KafkaSettings settings, String topic,
                                                                 String key, String value)
            throws InterruptedException {
        RecordMetadata metadata;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, null, key, value, HEADERS);
            metadata = producer.send(record).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof KafkaException k ? k : new KafkaException(e.getCause());
        }

        ConsumerRecord<String, String> record = readAt(settings, topic, metadata.partition(), metadata.offset());
        logger.info("topic     = {}", record.topic());
        logger.info("partition = {}", record.partition());
        logger.info("offset    = {}", record.offset());
        logger.info("timestamp = {} ({}, {})", record.timestamp(), record.timestampType(),
                Instant.ofEpochMilli(record.timestamp()));
        logger.info("headers   = {}", describe(record.headers()));
        logger.info("key       = {}", record.key());
        logger.info("value     = {}", record.value());
        return record;
    }

    /** {@code [content-type=text/plain, source=chapter3-producer]}. */
    public static String describe(Iterable<Header> headers) {
        return StreamSupport.stream(headers.spliterator(), false)
                .map(h -> h.key() + "=" + (h.value() == null ? "null" : new String(h.value(), StandardCharsets.UTF_8)))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static ConsumerRecord<String, String> readAt(KafkaSettings settings, String topic, int partition,
                                                         long offset) {
        Properties configs = settings.consumer(null);
        TopicPartition topicPartition = new TopicPartition(topic, partition);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(configs)) {
            consumer.assign(List.of(topicPartition));
            consumer.seek(topicPartition, offset);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
        }
        throw new TimeoutException("record " + topicPartition + "@" + offset + " not read within " + READ_TIMEOUT);
    }
}
