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
 *
 * <p>The three mandatory options come from {@link KafkaSettings#producer()}: {@code bootstrap.servers} and the
 * {@code key.serializer} / {@code value.serializer} ({@code StringSerializer}, as in the book).
 *
 * <h2>주요 옵션 (선택 옵션) — Kafka 4.3 defaults where they differ from the book's 2.5</h2>
 * <ul>
 *   <li>{@code acks} — how many replicas must have the record before the leader answers: {@code 0} (no
 *       answer, the offset is unknown), {@code 1} (the leader), {@code all}/{@code -1} (every in-sync replica,
 *       together with {@code min.insync.replicas}). Book (2.5): default {@code 1}. <b>Kafka 3.0+: default
 *       {@code all}.</b> See {@link ProducerWithSyncCallback}.</li>
 *   <li>{@code linger.ms} — how long the sender waits to fill a batch before sending it. Book: default
 *       {@code 0}. <b>Kafka 4.0+: default {@code 5} (KIP-1030)</b>, which is why {@link #send} calls
 *       {@code flush()}: it sends what is buffered now instead of after the linger.</li>
 *   <li>{@code retries} — how often a failed batch is retried; default {@code 2147483647} in both, bounded in
 *       time by {@code delivery.timeout.ms} (120 s).</li>
 *   <li>{@code max.in.flight.requests.per.connection} — unanswered requests per broker connection, default
 *       {@code 5}. In the book, retries with more than one in-flight request could reorder records; with
 *       idempotence (the 4.x default) the broker keeps the order for up to 5.</li>
 *   <li>{@code partitioner.class} — who chooses the partition. Unset (default) is the built-in partitioner:
 *       keyed records by murmur2 hash of the key, records without a key by the <i>uniform sticky</i> rule (a
 *       batch's worth to one partition, then the next, weighed by broker load — not round robin). The book's
 *       {@code DefaultPartitioner}/{@code UniformStickyPartitioner} classes were removed in Kafka 4.0;
 *       {@code RoundRobinPartitioner} remains. See {@link ProducerWithCustomPartitioner}.</li>
 *   <li>{@code enable.idempotence} — the broker drops duplicates caused by retries (exactly one copy per
 *       partition per producer session). Book: default {@code false}. <b>Kafka 3.0+: default {@code true}</b>
 *       (needs {@code acks=all}, {@code retries > 0}, {@code max.in.flight ≤ 5}; setting {@code acks=0} or
 *       {@code 1} without setting idempotence turns it off quietly, setting both explicitly is a
 *       {@code ConfigException}).</li>
 *   <li>{@code transactional.id} — turns on transactions ({@code initTransactions()},
 *       {@code beginTransaction()}, {@code commitTransaction()}) so records to several partitions are written
 *       atomically; requires idempotence. Default: none.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -q -pl chapter3-producer exec:java -Dexec.mainClass=com.example.SimpleProducer}
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
