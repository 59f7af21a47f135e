package com.example;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;

/**
 * 3.5.1 스트림즈DSL — 스트림즈DSL - GlobalKTable과 KStream을 join(): orders from {@code order} joined with the
 * addresses of {@code address_v2}, a topic with a <em>different</em> number of partitions (the book: 2 versus
 * 3) — possible because a {@link GlobalKTable} is a full copy of all partitions in every instance, so no
 * co-partitioning is needed. The price: every instance stores and reads all of {@code address_v2}.
 */
public class KStreamJoinGlobalKTable {

    public static final String APPLICATION_NAME = "global-table-join-application";
    public static final String ADDRESS_GLOBAL_TABLE = "address_v2";
    public static final String ORDER_STREAM = "order";
    public static final String ORDER_JOIN_STREAM = "order_join";
    /** The state store of the GlobalKTable (named, as Kafka 4.x recommends; see the README). */
    public static final String ADDRESS_GLOBAL_STORE = "address_v2-store";

    public static void main(String[] args) {
        Examples.mainUntilStopped(args, (settings, stop) -> {
            // the book: kafka-topics.sh --create --partitions 2 --topic address_v2 (order keeps its 3)
            StreamsTopics.createIfAbsent(settings,
                    Map.of(ADDRESS_GLOBAL_TABLE, 2, ORDER_STREAM, 3, ORDER_JOIN_STREAM, 3));
            run(streamsProperties(settings), ADDRESS_GLOBAL_TABLE, ORDER_STREAM, ORDER_JOIN_STREAM, stop);
        });
    }

    public static Properties streamsProperties(KafkaSettings settings) {
        return streamsProperties(settings, APPLICATION_NAME);
    }

    /** The book's options, defined once in {@link SimpleStreamApplication#streamsProperties(KafkaSettings, String)}. */
    public static Properties streamsProperties(KafkaSettings settings, String applicationId) {
        return SimpleStreamApplication.streamsProperties(settings, applicationId);
    }

    /** The book's topics: address_v2 ⋈ order → order_join. */
    public static Topology buildTopology() {
        return buildTopology(ADDRESS_GLOBAL_TABLE, ORDER_STREAM, ORDER_JOIN_STREAM);
    }

    public static Topology buildTopology(String addressTopic, String orderTopic, String orderJoinTopic) {
        StreamsBuilder builder = new StreamsBuilder();
        GlobalKTable<String, String> addressGlobalTable = builder.globalTable(addressTopic, Materialized.as(ADDRESS_GLOBAL_STORE));
        KStream<String, String> orderStream = builder.stream(orderTopic);

        orderStream.join(addressGlobalTable,
                        (orderKey, orderValue) -> orderKey,
                        (order, address) -> order + " send to " + address)
                .to(orderJoinTopic);
        return builder.build();
    }

    public static void run(Properties props, String addressTopic, String orderTopic, String orderJoinTopic,
            StopSignal stop) throws InterruptedException {
        try (StreamsApp app = StreamsApp.start(buildTopology(addressTopic, orderTopic, orderJoinTopic), props)) {
            app.awaitStop(stop);
        }
    }
}
