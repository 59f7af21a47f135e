package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.common.KafkaSettings;

/**
 * Fast tests of every topology with Kafka's {@link TopologyTestDriver} (no broker): the same
 * {@code buildTopology()} (the book's topic names) and {@code streamsProperties(...)} the examples run with.
 */
class TopologyTestDriverTest {

    private static final KafkaSettings NO_BROKER = new KafkaSettings("unused:9092");

    @TempDir
    Path stateDir;

    private Properties props(Properties exampleProps) {
        Properties props = new Properties();
        props.putAll(exampleProps);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        return props;
    }

    private static TestInputTopic<String, String> input(TopologyTestDriver driver, String topic) {
        return driver.createInputTopic(topic, new StringSerializer(), new StringSerializer());
    }

    private static TestOutputTopic<String, String> output(TopologyTestDriver driver, String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer());
    }

    /** Inputs with null keys and null values between the ordinary ones. */
    private static final List<KeyValue<String, String>> STREAM_LOG = List.of(
            KeyValue.pair(null, "hello"),
            KeyValue.pair("k1", "kafka streams"),
            KeyValue.pair("k2", null),
            KeyValue.pair(null, null),
            KeyValue.pair("k3", "12345"),
            KeyValue.pair(null, "123456"));

    @Test
    void streamAndToCopyEveryRecordAsItIsIncludingNullKeysAndValues() {
        Topology topology = SimpleStreamApplication.buildTopology();
        try (TopologyTestDriver driver = new TopologyTestDriver(topology,
                props(SimpleStreamApplication.streamsProperties(NO_BROKER)))) {
            input(driver, "stream_log").pipeKeyValueList(STREAM_LOG);

            assertThat(output(driver, "stream_log_copy").readKeyValuesToList()).isEqualTo(STREAM_LOG);
        }
    }

    @Test
    void filterKeepsOnlyValuesLongerThanFiveAndDropsNullValues() {
        Topology topology = StreamsFilter.buildTopology();
        try (TopologyTestDriver driver = new TopologyTestDriver(topology,
                props(StreamsFilter.streamsProperties(NO_BROKER)))) {
            input(driver, "stream_log").pipeKeyValueList(STREAM_LOG);

            assertThat(output(driver, "stream_log_filter").readKeyValuesToList()).containsExactly(
                    KeyValue.pair("k1", "kafka streams"), KeyValue.pair(null, "123456"));
        }
    }

    @Test
    void processorApiFilterForwardsTheSameRecordsAsTheDslFilter() {
        List<KeyValue<String, String>> dsl;
        try (TopologyTestDriver driver = new TopologyTestDriver(
                StreamsFilter.buildTopology("stream_log", "stream_log_filter"),
                props(StreamsFilter.streamsProperties(NO_BROKER)))) {
            input(driver, "stream_log").pipeKeyValueList(STREAM_LOG);
            dsl = output(driver, "stream_log_filter").readKeyValuesToList();
        }
        try (TopologyTestDriver driver = new TopologyTestDriver(
                SimpleKafkaProcessor.buildTopology(),
                props(SimpleKafkaProcessor.streamsProperties(NO_BROKER)))) {
            input(driver, "stream_log").pipeKeyValueList(STREAM_LOG);

            assertThat(output(driver, "stream_log_filter").readKeyValuesToList()).isEqualTo(dsl).hasSize(2);
        }
    }

    @Test
    void kstreamKTableJoinSendsEachOrderToTheCustomersCurrentAddress() {
        Topology topology = KStreamJoinKTable.buildTopology();
        try (TopologyTestDriver driver = new TopologyTestDriver(topology,
                props(KStreamJoinKTable.streamsProperties(NO_BROKER)))) {
            TestInputTopic<String, String> address = input(driver, "address");
            TestInputTopic<String, String> order = input(driver, "order");
            TestOutputTopic<String, String> orderJoin = output(driver, "order_join");

            order.pipeInput("wonyoung", "coffee");       // no address yet: inner join emits nothing
            address.pipeInput("wonyoung", "Seoul");
            address.pipeInput("somin", "Newyork");
            order.pipeInput("somin", "cup");
            order.pipeInput("wonyoung", "iPhone");
            order.pipeInput((String) null, "no-customer"); // null key: dropped
            order.pipeInput("somin", (String) null);     // null value: dropped
            address.pipeInput("wonyoung", "Busan");      // the KTable keeps the latest value per key
            order.pipeInput("wonyoung", "iPad");
            address.pipeInput("somin", (String) null);   // tombstone: somin has no address any more
            order.pipeInput("somin", "plate");

            assertThat(orderJoin.readKeyValuesToList()).containsExactly(
                    KeyValue.pair("somin", "cup send to Newyork"),
                    KeyValue.pair("wonyoung", "iPhone send to Seoul"),
                    KeyValue.pair("wonyoung", "iPad send to Busan"));
        }
    }

    @Test
    void kstreamGlobalKTableJoinSendsEachOrderToTheCustomersAddress() {
        Topology topology = KStreamJoinGlobalKTable.buildTopology();
        try (TopologyTestDriver driver = new TopologyTestDriver(topology,
                props(KStreamJoinGlobalKTable.streamsProperties(NO_BROKER)))) {
            TestInputTopic<String, String> address = input(driver, "address_v2");
            TestInputTopic<String, String> order = input(driver, "order");

            address.pipeInput("wonyoung", "Jeju");
            address.pipeInput("somin", "Newyork");
            order.pipeInput("somin", "cup");
            order.pipeInput("wonyoung", "iPhone");
            order.pipeInput("nobody", "pen");            // no address: nothing
            order.pipeInput((String) null, "no-customer"); // key selector returns null: dropped
            order.pipeInput("somin", (String) null);     // null value: dropped

            assertThat(output(driver, "order_join").readKeyValuesToList()).containsExactly(
                    KeyValue.pair("somin", "cup send to Newyork"),
                    KeyValue.pair("wonyoung", "iPhone send to Jeju"));
        }
    }

    @Test
    void countApplicationCountsPerKeyIntoTheStoreAndTheOutputTopic() {
        Topology topology = KStreamCountApplication.buildTopology();
        try (TopologyTestDriver driver = new TopologyTestDriver(topology,
                props(KStreamCountApplication.streamsProperties(NO_BROKER)))) {
            TestInputTopic<String, String> test = input(driver, "test");
            test.pipeInput("Pangyo", "23");
            test.pipeInput("Busan", "17");
            test.pipeInput((String) null, "testMessage"); // null key: ignored by count()
            test.pipeInput("Pangyo", (String) null);     // null value: ignored by count()
            test.pipeInput("Pangyo", "24");

            assertThat(output(driver, "test_count").readKeyValuesToList()).containsExactly(
                    KeyValue.pair("Pangyo", "1"), KeyValue.pair("Busan", "1"), KeyValue.pair("Pangyo", "2"));
            KeyValueStore<String, Long> store = driver.getKeyValueStore(KStreamCountApplication.COUNT_STORE);
            assertThat(store.get("Pangyo")).isEqualTo(2L);
            assertThat(store.get("Busan")).isEqualTo(1L);
            assertThat(store.get("nobody")).isNull();
        }
    }

    @Test
    void queryableStoreTopologyMaterializesTheCountStore() {
        try (TopologyTestDriver driver = new TopologyTestDriver(QueryableStore.buildTopology(),
                props(QueryableStore.streamsProperties(NO_BROKER)))) {
            TestInputTopic<String, String> test = input(driver, "test");
            test.pipeInput("wonyoung", "Seoul");
            test.pipeInput("somin", "Newyork");
            test.pipeInput("wonyoung", "Seoul");

            KeyValueStore<String, Long> store = driver.getKeyValueStore(QueryableStore.COUNT_STORE);
            assertThat(store.get("wonyoung")).isEqualTo(2L);
            assertThat(store.get("somin")).isEqualTo(1L);
            assertThat(store.get("nobody")).isNull();
        }
    }
}
