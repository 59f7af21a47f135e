package com.example.exercise;

import java.util.Map;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;

import com.example.StreamsApp;
import com.example.StreamsTopics;
import com.example.common.Examples;

/**
 * 연습 3.5.1 KTable과 KStream을 join() — exercise: join each order with its customer's address
 * ({@link com.example.KStreamJoinKTable} is the solution).
 *
 * <ol>
 *   <li>Fill in the {@code TODO} below.</li>
 *   <li>Grade: {@code ./mvnw -q -pl chapter3-streams test-compile exec:java@grade -Dexec.args=kstream-join-ktable}</li>
 *   <li>Run it like the listing: {@code ./mvnw -q -pl chapter3-streams exec:java
 *       -Dexec.mainClass=com.example.exercise.KStreamJoinKTable}</li>
 * </ol>
 */
public class KStreamJoinKTable {

    public static void main(String[] args) {
        Examples.mainUntilStopped(args, (settings, stop) -> {
            StreamsTopics.createIfAbsent(settings, Map.of("address", 3, "order", 3, "order_join", 3));
            try (StreamsApp app = StreamsApp.start(buildTopology("address", "order", "order_join"),
                    com.example.KStreamJoinKTable.streamsProperties(settings, "order-join-exercise"))) {
                app.awaitStop(stop);
            }
        });
    }

    public static Topology buildTopology(String addressTopic, String orderTopic, String orderJoinTopic) {
        StreamsBuilder builder = new StreamsBuilder();
        KTable<String, String> addressTable = builder.table(addressTopic, Materialized.as("address-store"));
        KStream<String, String> orderStream = builder.stream(orderTopic);

        // TODO 주문(orderStream)을 주소 테이블(addressTable)과 join()해서 "주문 send to 주소" 값을 orderJoinTopic으로 보내세요.
        //      힌트: orderStream.join(addressTable, (order, address) -> order + " send to " + address).to(orderJoinTopic);
        return builder.build();
    }
}
