package com.example;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;
import com.example.common.Messages;

/**
 * 3.5.1 스트림즈DSL — 스트림즈DSL - KTable과 KStream을 join(): every order (KStream of {@code order}) is joined
 * with the customer's latest address (KTable of {@code address}, same key: the customer's name) and written to
 * {@code order_join} as {@code "<order> send to <address>"}.
 */
public class KStreamJoinKTable {

    public static final String APPLICATION_NAME = "order-join-application";
    public static final String ADDRESS_TABLE = "address";
    public static final String ORDER_STREAM = "order";
    public static final String ORDER_JOIN_STREAM = "order_join";
    /** The state store of the address KTable (named, as Kafka 4.x recommends; see the README). */
    public static final String ADDRESS_STORE = "address-store";

    public static void main(String[] args) {
        Examples.mainUntilStopped(args, (settings, stop) -> {
            Properties props = streamsProperties(settings);
            props.put(StreamsConfig.GROUP_PROTOCOL_CONFIG, groupProtocol(args));
            // the book: address, order and order_join with 3 partitions each (co-partitioned)
            StreamsTopics.createIfAbsent(settings, Map.of(ADDRESS_TABLE, 3, ORDER_STREAM, 3, ORDER_JOIN_STREAM, 3));
            run(props, ADDRESS_TABLE, ORDER_STREAM, ORDER_JOIN_STREAM, stop);
        });
    }

    /** {@code group.protocol} from the optional program argument: {@code classic} (default) or {@code streams}. */
    static String groupProtocol(String[] args) {
        if (args.length == 0) {
            return "classic";
        }
        String protocol = args[0].trim().toLowerCase(Locale.ROOT);
        if (args.length > 1 || !(protocol.equals("classic") || protocol.equals("streams"))) {
            throw Messages.badInput("streams.join.args", String.join(" ", args));
        }
        return protocol;
    }

    public static Properties streamsProperties(KafkaSettings settings) {
        return streamsProperties(settings, APPLICATION_NAME);
    }

    /** The book's options, defined once in {@link SimpleStreamApplication#streamsProperties(KafkaSettings, String)}. */
    public static Properties streamsProperties(KafkaSettings settings, String applicationId) {
        return SimpleStreamApplication.streamsProperties(settings, applicationId);
    }

    /** The book's topics: address ⋈ order → order_join. */
    public static Topology buildTopology() {
        return buildTopology(ADDRESS_TABLE, ORDER_STREAM, ORDER_JOIN_STREAM);
    }

    public static Topology buildTopology(String addressTopic, String orderTopic, String orderJoinTopic) {
        StreamsBuilder builder = new StreamsBuilder();
        KTable<String, String> addressTable = builder.table(addressTopic, Materialized.as(ADDRESS_STORE));
        KStream<String, String> orderStream = builder.stream(orderTopic);

        orderStream.join(addressTable, (order, address) -> order + " send to " + address).to(orderJoinTopic);
        return builder.build();
    }

    public static void run(Properties props, String addressTopic, String orderTopic, String orderJoinTopic,
            StopSignal stop) throws InterruptedException {
        try (StreamsApp app = StreamsApp.start(buildTopology(addressTopic, orderTopic, orderJoinTopic), props)) {
            app.awaitStop(stop);
        }
    }
}
