package com.example;

import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.Messages;

/**
 * 3.4.1 프로듀서 API — 파티션 번호를 가진 데이터를 전송하는 프로듀서: a record for an exact partition. A partition
 * number in the {@link ProducerRecord} wins over the key: the partitioner is not asked at all. The partition
 * must exist — for a missing one the send waits for metadata up to {@code max.block.ms} and then fails.
 */
public class ProducerExactPartition {

    private static final Logger logger = LoggerFactory.getLogger(ProducerExactPartition.class);

    public static void main(String[] args) {
        Examples.main(args, settings -> send(settings, SimpleProducer.TOPIC_NAME, 0, "Pangyo", "23"));
    }

    /** Sends {@code key}/{@code value} to partition {@code partitionNo} of {@code topic}. */
    public static void send(KafkaSettings settings, String topic, int partitionNo, String key, String value) {
        if (partitionNo < 0) {
            throw Messages.badInput("producer.partition-negative", partitionNo);
        }
        Properties configs = settings.producer();

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(configs)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, partitionNo, key, value);
            producer.send(record);
            logger.info("{}", record);
            producer.flush();
        }
    }
}
