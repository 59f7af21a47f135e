package com.example;

import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;

/**
 * 3.4.1 프로듀서 API — 카프카 프로듀서 프로젝트 생성: the book's first producer. It sends one record with the value
 * {@code "testMessage"} and no key to the topic {@code test}.
 */
public class SimpleProducer {

    private static final Logger logger = LoggerFactory.getLogger(SimpleProducer.class);

    /** The book's topic. */
    public static final String TOPIC_NAME = "test";

    public static void main(String[] args) {
        Examples.main(args, settings -> send(settings, TOPIC_NAME, "testMessage"));
    }

    /** Sends {@code messageValue} without a key to {@code topic}: fire and forget, then flush and close. */
    public static void send(KafkaSettings settings, String topic, String messageValue) {
        Properties configs = settings.producer();

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(configs)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, messageValue);
            producer.send(record);
            logger.info("{}", record);
            producer.flush();
        }
    }
}
