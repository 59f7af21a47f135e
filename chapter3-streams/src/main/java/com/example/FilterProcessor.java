package com.example;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * 3.5.2 프로세서 API — the processor of {@link SimpleKafkaProcessor}: forwards a record only if its value is
 * longer than 5 characters (the same rule as {@link StreamsFilter}).
 *
 * <p>Kafka 4.x: the book implements {@code org.apache.kafka.streams.processor.Processor<K, V>} with
 * {@code process(key, value)} and {@code context.forward(key, value)}. That old API was deprecated in 3.0 and
 * <b>removed in Kafka 4.0</b>, together with {@code KStream#transform()} and {@code Transformer} (the book
 * repository's {@code FilterTransformer}). The replacement is {@code org.apache.kafka.streams.processor.api}:
 * {@code Processor<KIn, VIn, KOut, VOut>} receives a {@link Record} (key, value, timestamp, headers) and forwards
 * a {@code Record}; its {@link ProcessorContext} is typed with the output key and value.
 *
 * <p>Also changed from the book: no {@code context.commit()} after every record — that only <em>requests</em> a
 * commit, and asking for one per record makes Kafka Streams commit as often as it can; the regular
 * {@code commit.interval.ms} commits are enough. And, unlike the book, a {@code null} value is filtered out
 * instead of throwing a {@code NullPointerException} that stops the application.
 */
public class FilterProcessor implements Processor<String, String, String, String> {

    private ProcessorContext<String, String> context;

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, String> record) {
        String value = record.value();
        if (value != null && value.length() > 5) {
            context.forward(record);
        }
    }

    @Override
    public void close() {
    }
}
