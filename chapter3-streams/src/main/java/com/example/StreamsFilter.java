package com.example;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;

/**
 * 3.5.1 스트림즈DSL — 스트림즈DSL - filter(): only the values of {@code stream_log} longer than 5 characters go
 * to {@code stream_log_filter}.
 */
public class StreamsFilter {

    public static final String APPLICATION_NAME = "streams-filter-application";
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
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, String> streamLog = builder.stream(source);
        streamLog.filter((key, value) -> value != null && value.length() > 5).to(sink);
        return builder.build();
    }

    public static void run(Properties props, String source, String sink, StopSignal stop) throws InterruptedException {
        try (StreamsApp app = StreamsApp.start(buildTopology(source, sink), props)) {
            app.awaitStop(stop);
        }
    }
}
