package com.example.exercise;

import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;

/**
 * 연습 3.4.1 브로커 정상 전송 여부를 확인하는 프로듀서 (동기) — exercise: wait for the broker's answer and return
 * where the record was stored ({@link com.example.ProducerWithSyncCallback} is the solution).
 *
 * <ol>
 *   <li>Fill in the {@code TODO} below.</li>
 *   <li>Grade: {@code ./mvnw -q -pl chapter3-producer test-compile exec:java@grade -Dexec.args=sync-callback}</li>
 * </ol>
 */
public class ProducerWithSyncCallback {

    private static final Logger logger = LoggerFactory.getLogger(ProducerWithSyncCallback.class);

    public static void main(String[] args) {
        Examples.main(args, settings -> send(settings, "test", "Pangyo", "23", "all"));
    }

    /** Sends one record with the given {@code acks}, waits for the broker and returns the metadata. */
    public static RecordMetadata send(KafkaSettings settings, String topic, String key, String value, String acks)
            throws Exception {
        Properties configs = settings.producer();
        configs.put(ProducerConfig.ACKS_CONFIG, acks);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(configs)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            producer.send(record);
            // TODO send()가 돌려준 Future의 get()으로 브로커의 응답을 기다려, 그 RecordMetadata를 로그에 남기고 돌려주세요.
            //      힌트: RecordMetadata metadata = producer.send(record).get();  (위의 send를 바꾸세요)
            RecordMetadata metadata = null;
            logger.info("{}", metadata);
            return metadata;
        }
    }
}
