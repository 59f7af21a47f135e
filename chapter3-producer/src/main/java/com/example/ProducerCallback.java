package com.example;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 3.4.1 프로듀서 API — 브로커 정상 전송 여부를 확인하는 프로듀서 (비동기): the callback Kafka calls once the broker
 * has answered — or once the send has failed for good, after the retries and {@code delivery.timeout.ms}, or
 * at once when the topic's metadata does not arrive within {@code max.block.ms}. It runs on the producer's I/O
 * thread (or on the caller's thread for failures inside {@code send()}), so it must be quick.
 */
public class ProducerCallback implements Callback {

    private static final Logger logger = LoggerFactory.getLogger(ProducerCallback.class);

    private final AtomicInteger calls = new AtomicInteger();
    private volatile RecordMetadata metadata;
    private volatile Exception exception;

    @Override
    public void onCompletion(RecordMetadata recordMetadata, Exception e) {
        calls.incrementAndGet();
        if (e != null) {
            exception = e;
            logger.error("send failed: {}", e.getMessage());
        } else {
            metadata = recordMetadata;
            logger.info("{}", recordMetadata);
        }
    }

    /** How often Kafka called this callback (1 once the send completed). */
    public int calls() {
        return calls.get();
    }

    /** Where the record was stored, or {@code null} if the send failed or has not completed. */
    public RecordMetadata metadata() {
        return metadata;
    }

    /** Why the send failed, or {@code null}. */
    public Exception exception() {
        return exception;
    }
}
