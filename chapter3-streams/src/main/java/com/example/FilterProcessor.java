package com.example;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * 3.5.2 프로세서 API — the processor of {@link SimpleKafkaProcessor}: forwards a record only if its value is
 * longer than 5 characters (the same rule as {@link StreamsFilter}).
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
