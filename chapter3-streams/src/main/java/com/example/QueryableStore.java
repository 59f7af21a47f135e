package com.example;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;

/**
 * 3.5 카프카 스트림즈 (from the book's repository, {@code queryable-store}) — interactive queries: while the
 * application counts the records of {@code test} per key (as {@link KStreamCountApplication} does), it reads its
 * own state store {@value KStreamCountApplication#COUNT_STORE} directly, without a topic in between, and logs all
 * counts every second.
 */
public class QueryableStore {

    private static final Logger log = LoggerFactory.getLogger(QueryableStore.class);

    public static final String APPLICATION_NAME = "queryable-store-application";
    public static final String TEST_LOG = "test";
    public static final String COUNT_STORE = KStreamCountApplication.COUNT_STORE;
    /** How often {@link #run} prints the store. */
    public static final Duration PRINT_INTERVAL = Duration.ofSeconds(1);

    public static void main(String[] args) {
        Examples.mainUntilStopped(args, (settings, stop) -> {
            StreamsTopics.createIfAbsent(settings, Map.of(TEST_LOG, 3));
            run(streamsProperties(settings), TEST_LOG, stop);
        });
    }

    public static Properties streamsProperties(KafkaSettings settings) {
        return streamsProperties(settings, APPLICATION_NAME);
    }

    /** The book's options, defined once in {@link SimpleStreamApplication#streamsProperties(KafkaSettings, String)}. */
    public static Properties streamsProperties(KafkaSettings settings, String applicationId) {
        return SimpleStreamApplication.streamsProperties(settings, applicationId);
    }

    /** The book's topics: test. */
    public static Topology buildTopology() {
        return buildTopology(TEST_LOG);
    }

    /** Counts {@code source} per key into the queryable store {@link #COUNT_STORE}. */
    public static Topology buildTopology(String source) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, String> stream = builder.stream(source);
        stream.groupByKey().count(Materialized.as(COUNT_STORE));
        return builder.build();
    }

    /** Starts counting {@code source}; query it with {@link #countOf} while it runs. */
    public static StreamsApp start(Properties props, String source) {
        return StreamsApp.start(buildTopology(source), props);
    }

    /** The local count store, read-only; throws {@link InvalidStateStoreException} while not queryable. */
    public static ReadOnlyKeyValueStore<String, Long> countStore(KafkaStreams streams) {
        return streams.store(StoreQueryParameters.fromNameAndType(COUNT_STORE, QueryableStoreTypes.keyValueStore()));
    }

    /** The count of {@code key} so far, {@code null} if none; throws {@link InvalidStateStoreException} while not queryable. */
    public static Long countOf(StreamsApp app, String key) {
        return countStore(app.streams()).get(key);
    }

    /** Counts {@code source} and prints every count each {@link #PRINT_INTERVAL} until {@code stop} (Ctrl+C). */
    public static void run(Properties props, String source, StopSignal stop) throws InterruptedException {
        try (StreamsApp app = start(props, source)) {
            while (!stop.await(PRINT_INTERVAL)) {
                if (app.failure().isPresent()) {
                    app.awaitStop(stop); // rethrows the error
                }
                printKeyValueStoreData(app);
            }
        }
    }

    static void printKeyValueStoreData(StreamsApp app) {
        try (KeyValueIterator<String, Long> counts = countStore(app.streams()).all()) {
            log.info("========================");
            counts.forEachRemaining(keyValue -> log.info("{}", keyValue));
        } catch (InvalidStateStoreException e) {
            log.info("store {} not queryable yet (state {}): {}", COUNT_STORE, app.state(), e.getMessage());
        }
    }
}
