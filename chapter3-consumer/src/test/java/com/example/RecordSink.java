package com.example;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Records an example handed to its {@code onRecord}. */
final class RecordSink implements java.util.function.Consumer<ConsumerRecord<String, String>> {
    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();

    @Override
    public void accept(ConsumerRecord<String, String> record) {
        records.add(record);
    }

    List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    List<String> values() {
        return records.stream().map(ConsumerRecord::value).toList();
    }

    int size() {
        return records.size();
    }
}
