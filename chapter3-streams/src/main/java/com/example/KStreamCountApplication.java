package com.example;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;

/**
 * 3.5 카프카 스트림즈 (from the book's repository, {@code kstream-count}) — counts the records of {@code test} per
 * key: {@code groupByKey().count()} keeps the running count of every key in a state store named
 * {@value #COUNT_STORE} (RocksDB under {@code state.dir}, backed up to the changelog topic
 * {@code <application.id>-count-store-changelog}), logs each new count and writes it to {@code test_count}.
 * {@link QueryableStore} reads the same store while the application runs.
 */
public class KStreamCountApplication {

    private static final Logger log = LoggerFactory.getLogger(KStreamCountApplication.class);

    public static final String APPLICATION_NAME = "stream-count-application";
    public static final String TEST_LOG = "test";
    public static final String TEST_COUNT = "test_count";
    /** The state store with the count per key. */
    public static final String COUNT_STORE = "count-store";

    public static void main(String[] args) {
        Examples.mainUntilStopped(args, (settings, stop) -> {
            StreamsTopics.createIfAbsent(settings, Map.of(TEST_LOG, 3, TEST_COUNT, 3));
            run(streamsProperties(settings), TEST_LOG, TEST_COUNT, stop);
        });
    }

    public static Properties streamsProperties(KafkaSettings settings) {
        return streamsProperties(settings, APPLICATION_NAME);
    }

    /** The book's options (each explained in {@link SimpleStreamApplication#streamsProperties}) plus its 10 s commit. */
    public static Properties streamsProperties(KafkaSettings settings, String applicationId) {
        Properties props = SimpleStreamApplication.streamsProperties(settings, applicationId);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 10000);
        return props;
    }

    /** The book's topics: test → test_count. */
    public static Topology buildTopology() {
        return buildTopology(TEST_LOG, TEST_COUNT);
    }

    public static Topology buildTopology(String source, String sink) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, String> stream = builder.stream(source);
        KTable<String, Long> countTable = stream.groupByKey()
                .count(Materialized.as(COUNT_STORE));   // Long values: count() picks Serdes.Long() itself

        countTable.toStream()
                .peek((key, count) -> log.info("{} count : {}", key, count))
                .mapValues(count -> Long.toString(count))  // a String, like every topic of this chapter
                .to(sink);
        return builder.build();
    }

    public static void run(Properties props, String source, String sink, StopSignal stop) throws InterruptedException {
        try (StreamsApp app = StreamsApp.start(buildTopology(source, sink), props)) {
            app.awaitStop(stop);
        }
    }
}
