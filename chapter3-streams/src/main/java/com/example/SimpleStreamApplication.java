package com.example;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.kstream.KStream;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;

/**
 * 3.5.1 스트림즈DSL — 스트림즈DSL - stream(), to(): copies every record of {@code stream_log} to
 * {@code stream_log_copy}.
 */
public class SimpleStreamApplication {

    public static final String APPLICATION_NAME = "streams-application";
    public static final String STREAM_LOG = "stream_log";
    public static final String STREAM_LOG_COPY = "stream_log_copy";

    public static void main(String[] args) {
        Examples.mainUntilStopped(args, (settings, stop) -> {
            // the book: kafka-topics.sh --create --partitions 3 --topic stream_log
            StreamsTopics.createIfAbsent(settings, Map.of(STREAM_LOG, 3, STREAM_LOG_COPY, 3));
            run(streamsProperties(settings), STREAM_LOG, STREAM_LOG_COPY, stop);
        });
    }

    /** {@link #streamsProperties(KafkaSettings, String)} with the book's application id. */
    public static Properties streamsProperties(KafkaSettings settings) {
        return streamsProperties(settings, APPLICATION_NAME);
    }

    /**
     * 스트림즈DSL 주요 옵션 — the options of a Kafka Streams application (Kafka 4.x names).
     *
     * <p>Required:
     * <ul>
     *   <li>{@code bootstrap.servers} — the brokers, as for any client.</li>
     *   <li>{@code application.id} — the application's name. It is the consumer group id of the stream threads,
     *       the prefix of the internal topics ({@code <application.id>-...-changelog}, {@code -repartition})
     *       and the name of the local state directory; instances with the same id share the work, a new id
     *       starts from scratch.</li>
     * </ul>
     * Optional (the defaults are shown here explicitly where it helps):
     * <ul>
     *   <li>{@code default.key.serde} / {@code default.value.serde} — how keys and values are (de)serialized
     *       when an operation does not say otherwise; default {@code ByteArraySerde}. The book uses String.</li>
     *   <li>{@code num.stream.threads} — processing threads in this instance; default 1. Tasks (one per input
     *       partition) are spread over all threads of all instances.</li>
     *   <li>{@code state.dir} — where state stores live (RocksDB); default {@code ${java.io.tmpdir}/kafka-streams}
     *       (the book's {@code /tmp/kafka-streams} on Linux). Each instance needs its own directory.</li>
     *   <li>{@code processing.guarantee} — {@code at_least_once} (default) or {@code exactly_once_v2}
     *       (transactions; needs brokers 2.5+). The book's {@code exactly_once} and {@code exactly_once_beta}
     *       were removed in Kafka 4.0: {@code exactly_once_v2} replaces both.</li>
     *   <li>{@code deserialization.exception.handler} — what to do with a record whose bytes the serde cannot
     *       read. Kafka 4.x name; {@code default.deserialization.exception.handler}
     *       ({@code DEFAULT_DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG}) is deprecated. The default,
     *       {@code LogAndFailExceptionHandler}, stops the whole application on one bad record; we log it and
     *       continue. (With the book's String serde every byte sequence decodes, so it only matters once you
     *       switch to e.g. a JSON serde.)</li>
     * </ul>
     */
    public static Properties streamsProperties(KafkaSettings settings, String applicationId) {
        Properties props = new Properties();
        props.putAll(settings.client()); // a secured cluster's TLS and SASL settings (-Dkafka.client.config)
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.String().getClass());
        props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.String().getClass());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        return props;
    }

    /** The book's topics: stream_log → stream_log_copy. */
    public static Topology buildTopology() {
        return buildTopology(STREAM_LOG, STREAM_LOG_COPY);
    }

    /** {@code source} → {@code sink}, record by record. */
    public static Topology buildTopology(String source, String sink) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, String> stream = builder.stream(source);
        stream.to(sink);
        return builder.build();
    }

    /** Runs the copy until {@code stop} (Ctrl+C); rethrows the error if the application stops by itself. */
    public static void run(Properties props, String source, String sink, StopSignal stop) throws InterruptedException {
        try (StreamsApp app = StreamsApp.start(buildTopology(source, sink), props)) {
            app.awaitStop(stop);
        }
    }
}
