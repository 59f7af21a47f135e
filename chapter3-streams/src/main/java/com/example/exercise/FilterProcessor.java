package com.example.exercise;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * 연습 3.5.2 프로세서 API — exercise: the processor that forwards only values longer than 5 characters
 * ({@link com.example.FilterProcessor} is the solution). The listing's topology,
 * {@link com.example.SimpleKafkaProcessor}, wires it between {@code stream_log} and {@code stream_log_filter}.
 *
 * <ol>
 *   <li>Fill in the {@code TODO} below.</li>
 *   <li>Grade: {@code ./mvnw -q -pl chapter3-streams test-compile exec:java@grade -Dexec.args=processor-filter}</li>
 * </ol>
 */
public class FilterProcessor implements Processor<String, String, String, String> {

    private ProcessorContext<String, String> context;

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, String> record) {
        // TODO 값의 길이가 5보다 긴 레코드만 다음 노드(싱크)로 보내세요.
        //      힌트: context.forward(record) — 값이 null인 레코드도 옵니다 (책의 예제는 여기서 멈춥니다).
    }

    @Override
    public void close() {
    }
}
