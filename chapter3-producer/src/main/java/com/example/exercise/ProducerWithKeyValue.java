package com.example.exercise;

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
 * 연습 3.4.1 메시지 키를 가진 데이터를 전송하는 프로듀서 — exercise: write the key producer
 * ({@link com.example.ProducerWithKeyValue} is the solution).
 *
 * <ol>
 *   <li>Fill in the {@code TODO} below.</li>
 *   <li>Grade: {@code ./mvnw -q -pl chapter3-producer test-compile exec:java@grade -Dexec.args=key-producer}</li>
 *   <li>Run it like the listing: {@code ./mvnw -q -pl chapter3-producer exec:java
 *       -Dexec.mainClass=com.example.exercise.ProducerWithKeyValue}</li>
 * </ol>
 */
public class ProducerWithKeyValue {

    private static final Logger logger = LoggerFactory.getLogger(ProducerWithKeyValue.class);

    public static void main(String[] args) {
        Examples.main(args, settings -> send(settings, "test",
                List.of(Map.entry("Pangyo", "23"), Map.entry("Busan", "23"))));
    }

    /** Sends each key/value pair, in order, then flushes and closes. */
    public static void send(KafkaSettings settings, String topic, List<Map.Entry<String, String>> keyValues) {
        Properties configs = settings.producer();

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(configs)) {
            for (Map.Entry<String, String> keyValue : keyValues) {
                // TODO 키(keyValue.getKey())와 값(keyValue.getValue())을 가진 ProducerRecord를 만들어 send()하세요.
                //      힌트: new ProducerRecord<>(topic, 키, 값) — 키가 같은 레코드는 같은 파티션에 저장됩니다.
                logger.info("{}", keyValue);
            }
            producer.flush();
        }
    }
}
