package com.example;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;

/**
 * 3.5.2 프로세서 API — the filter of {@link StreamsFilter} written with the Processor API: a {@link Topology}
 * of a source node ({@code stream_log}), a processor node ({@link FilterProcessor}) and a sink node
 * ({@code stream_log_filter}), wired by name.
 */
public class SimpleKafkaProcessor {

    public static final String APPLICATION_NAME = "processor-application";
    public static final String STREAM_LOG = "stream_log";
    public static final String STREAM_LOG_FILTER = "stream_log_filter";

    public static void main(String[] args) {
        Examples.mainUntilStopped(args, (settings, stop) -> {
            StreamsTopics.createIfAbsent(settings, Map.of(STREAM_LOG, 3, STREAM_LOG_FILTER, 3));
            run(streamsProperties(settings), STREAM_LOG, STREAM_LOG_FILTER, stop);
        });
    }

    public static Properties streamsProperties(KafkaSettings settings) {
        return streamsProperties(settings, APPLICATION_NAME);
    }

    /** The book's options, defined once in {@link SimpleStreamApplication#streamsProperties(KafkaSettings, String)}. */
    public static Properties streamsProperties(KafkaSettings settings, String applicationId) {
        return SimpleStreamApplication.streamsProperties(settings, applicationId);
    }

    /** The book's topics: stream_log → stream_log_filter. */
    public static Topology buildTopology() {
        return buildTopology(STREAM_LOG, STREAM_LOG_FILTER);
    }

    public static Topology buildTopology(String source, String sink) {
        return buildTopology(source, sink, FilterProcessor::new);
    }

    /** The same topology with another processor (the exercise's grader passes the student's). */
    public static Topology buildTopology(String source, String sink,
                                         ProcessorSupplier<String, String, String, String> filter) {
        Topology topology = new Topology();
        topology.addSource("Source", source)
                .addProcessor("Process", filter, "Source")
                .addSink("Sink", sink, "Process");
        return topology;
    }

    public static void run(Properties props, String source, String sink, StopSignal stop) throws InterruptedException {
        try (StreamsApp app = StreamsApp.start(buildTopology(source, sink), props)) {
            app.awaitStop(stop);
        }
    }
}
