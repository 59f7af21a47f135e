package com.example.tour;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

import com.example.KStreamCountApplication;
import com.example.KStreamJoinGlobalKTable;
import com.example.KStreamJoinKTable;
import com.example.QueryableStore;
import com.example.SimpleKafkaProcessor;
import com.example.SimpleStreamApplication;
import com.example.StreamsApp;
import com.example.StreamsFilter;
import com.example.StreamsTopics;
import com.example.common.ClusterView;
import com.example.common.Messages;

/**
 * 3.5 카프카 스트림즈 (chapter3-streams). Each step creates the book's topics (tour-unique names) with the chapter's
 * {@code StreamsTopics}, runs the application's {@code run(props, ..., stop)} on a thread, sends the book's input
 * with a plain producer (the book uses kafka-console-producer.sh), reads the output topic and stops the application
 * like Ctrl+C.
 *
 * <p>Tour-only settings on top of the book's properties: a unique {@code application.id}, {@code state.dir} in the
 * tour's temporary directory, {@code commit.interval.ms=100} and no record cache, so output appears at once
 * (defaults: 30 s and 10 MiB).
 */
final class StreamsSteps {

    private static final String H = "스트림즈DSL — ";
    private static final String RUN = "./mvnw -q -pl chapter3-streams exec:java -Dexec.mainClass=com.example.";
    private static final Duration WAIT = Duration.ofSeconds(40);

    private StreamsSteps() {
    }

    static List<Step> steps() {
        return List.of(
                Step.of("3.5.1", H + "stream(), to()",
                        "copy",
                        RUN + "SimpleStreamApplication", StreamsSteps::copy),
                Step.of("3.5.1", H + "filter()",
                        "filter",
                        RUN + "StreamsFilter", StreamsSteps::filter),
                Step.of("3.5.1", H + "KTable과 KStream을 join()",
                        "joinKTable",
                        RUN + "KStreamJoinKTable", StreamsSteps::joinKTable),
                Step.of("3.5.1", H + "GlobalKTable과 KStream을 join()",
                        "joinGlobalKTable",
                        RUN + "KStreamJoinGlobalKTable", StreamsSteps::joinGlobalKTable),
                Step.of("3.5.2", "프로세서 API",
                        "processor",
                        RUN + "SimpleKafkaProcessor", StreamsSteps::processor),
                Step.of("3.5", "카프카 스트림즈 — (책 저장소 예제) KStreamCountApplication, QueryableStore",
                        "countAndQuery",
                        RUN + "KStreamCountApplication\n" + RUN + "QueryableStore", StreamsSteps::countAndQuery));
    }

    /** The book's properties plus the tour's: unique application.id, own state.dir, output at once. */
    private static Properties tuned(StepRun run, Properties props) {
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, run.unique(props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)));
        props.put(StreamsConfig.STATE_DIR_CONFIG, run.ctx().tempDir().resolve("kafka-streams").toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        props.put(StreamsConfig.consumerPrefix("fetch.max.wait.ms"), 100);
        return props;
    }

    /** Sends {@code key, value} pairs in order (a {@code null} key allowed) and waits for the broker. */
    private static void send(StepRun run, String topic, List<String[]> keyValues) {
        run.kafka().send(keyValues.stream().map(kv -> new ProducerRecord<>(topic, kv[0], kv[1])).toList());
    }

    private static List<String[]> values(String... values) {
        List<String[]> records = new ArrayList<>();
        for (String v : values) {
            records.add(new String[] {null, v});
        }
        return records;
    }

    private static List<String[]> keyed(String... keyValues) {
        List<String[]> records = new ArrayList<>();
        for (String kv : keyValues) {
            int colon = kv.indexOf(':');
            records.add(new String[] {kv.substring(0, colon), kv.substring(colon + 1)});
        }
        return records;
    }

    private static List<String> read(StepRun run, Background app, String topic, int count) throws Exception {
        List<ConsumerRecord<String, String>> got = run.await(count + " records in " + topic, WAIT, () -> {
            app.requireHealthy();
            return run.kafka().read(topic, count, Duration.ofSeconds(2));
        }, records -> records.size() >= count);
        return got.stream().map(r -> r.key() == null ? r.value() : r.key() + ":" + r.value()).toList();
    }

    private static void copy(StepRun run) throws Exception {
        String source = run.unique(SimpleStreamApplication.STREAM_LOG);
        String sink = run.unique(SimpleStreamApplication.STREAM_LOG_COPY);
        StreamsTopics.createIfAbsent(run.settings(), Map.of(source, 3, sink, 3));
        Properties props = tuned(run, SimpleStreamApplication.streamsProperties(run.settings()));
        Background app = run.ctx().background("SimpleStreamApplication",
                stop -> SimpleStreamApplication.run(props, source, sink, stop));
        List<String> input = List.of("hello", "kafka", "streams", "stream_log", "copy");
        send(run, source, values(input.toArray(String[]::new)));
        List<String> copied = read(run, app, sink, input.size());
        run.observe("streams.copy", input, source, sink, copied);
        run.check(sorted(copied).equals(sorted(input)), "streams.copy", sink, input, copied);
        app.stop();
    }

    private static void filter(StepRun run) throws Exception {
        String source = run.unique(StreamsFilter.STREAM_LOG);
        String sink = run.unique(StreamsFilter.STREAM_LOG_FILTER);
        StreamsTopics.createIfAbsent(run.settings(), Map.of(source, 3, sink, 3));
        Properties props = tuned(run, StreamsFilter.streamsProperties(run.settings()));
        Background app = run.ctx().background("StreamsFilter", stop -> StreamsFilter.run(props, source, sink, stop));
        filterCheck(run, app, source, sink);
        app.stop();
    }

    private static void processor(StepRun run) throws Exception {
        String source = run.unique(SimpleKafkaProcessor.STREAM_LOG);
        String sink = run.unique(SimpleKafkaProcessor.STREAM_LOG_FILTER);
        StreamsTopics.createIfAbsent(run.settings(), Map.of(source, 3, sink, 3));
        Properties props = tuned(run, SimpleKafkaProcessor.streamsProperties(run.settings()));
        Background app = run.ctx().background("SimpleKafkaProcessor",
                stop -> SimpleKafkaProcessor.run(props, source, sink, stop));
        filterCheck(run, app, source, sink);
        app.stop();
    }

    private static void filterCheck(StepRun run, Background app, String source, String sink) throws Exception {
        List<String[]> input = values("hello", "kafka streams", "abc", "filtering", null, "123456", "end");
        send(run, source, input);
        List<String> expected = List.of("kafka streams", "filtering", "123456");
        List<String> kept = read(run, app, sink, expected.size());
        run.observe("streams.filterCheck", input.stream().map(kv -> kv[1]).toList(), sink, kept);
        run.check(sorted(kept).equals(sorted(expected)), "streams.filterCheck", expected, kept);
        app.requireHealthy();
    }

    private static void joinKTable(StepRun run) throws Exception {
        String address = run.unique(KStreamJoinKTable.ADDRESS_TABLE);
        String order = run.unique(KStreamJoinKTable.ORDER_STREAM);
        String join = run.unique(KStreamJoinKTable.ORDER_JOIN_STREAM);
        StreamsTopics.createIfAbsent(run.settings(), Map.of(address, 3, order, 3, join, 3));
        Properties props = tuned(run, KStreamJoinKTable.streamsProperties(run.settings()));
        String applicationId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        send(run, address, keyed("wonyoung:Seoul", "somin:Busan"));
        Background app = run.ctx().background("KStreamJoinKTable",
                stop -> KStreamJoinKTable.run(props, address, order, join, stop));
        awaitTableLoaded(run, app, applicationId, address);
        send(run, order, keyed("somin:iPhone", "wonyoung:Galaxy"));
        List<String> joined = read(run, app, join, 2);
        run.observe("streams.joinKTable.1", joined);
        run.check(sorted(joined).equals(List.of("somin:iPhone send to Busan", "wonyoung:Galaxy send to Seoul")),
                "streams.joinKTable.1", joined);

        send(run, address, keyed("wonyoung:Jeju"));
        awaitTableLoaded(run, app, applicationId, address);
        send(run, order, keyed("wonyoung:Tesla"));
        List<String> after = read(run, app, join, 3);
        run.observe("streams.joinKTable.2", after.get(after.size() - 1));
        run.check(after.contains("wonyoung:Tesla send to Jeju"), "streams.joinKTable.2", after);
        app.stop();
    }

    /** The application has read (and committed) the whole address topic: the KTable holds every address. */
    private static void awaitTableLoaded(StepRun run, Background app, String applicationId, String address)
            throws Exception {
        Map<TopicPartition, Long> end = ClusterView.nonEmpty(run.kafka().endOffsets(address));
        run.await("the address KTable to be loaded (" + applicationId + " committed " + end + ")", WAIT, () -> {
            app.requireHealthy();
            return run.kafka().committed(applicationId, address);
        }, committed -> end.entrySet().stream().allMatch(e -> e.getValue().equals(committed.get(e.getKey()))));
    }

    private static void joinGlobalKTable(StepRun run) throws Exception {
        String address = run.unique(KStreamJoinGlobalKTable.ADDRESS_GLOBAL_TABLE);
        String order = run.unique(KStreamJoinGlobalKTable.ORDER_STREAM);
        String join = run.unique(KStreamJoinGlobalKTable.ORDER_JOIN_STREAM);
        StreamsTopics.createIfAbsent(run.settings(), Map.of(address, 2, order, 3, join, 3));
        Properties props = tuned(run, KStreamJoinGlobalKTable.streamsProperties(run.settings()));
        send(run, address, keyed("wonyoung:Seoul", "somin:Busan"));
        Background app = run.ctx().background("KStreamJoinGlobalKTable",
                stop -> KStreamJoinGlobalKTable.run(props, address, order, join, stop));
        send(run, order, keyed("somin:iPhone", "wonyoung:Galaxy"));
        List<String> joined = read(run, app, join, 2);
        run.observe("streams.joinGlobalKTable", joined);
        run.check(sorted(joined).equals(List.of("somin:iPhone send to Busan", "wonyoung:Galaxy send to Seoul")),
                "streams.joinGlobalKTable", joined);
        app.stop();
    }

    private static void countAndQuery(StepRun run) throws Exception {
        String source = run.unique(KStreamCountApplication.TEST_LOG);
        String counts = run.unique(KStreamCountApplication.TEST_COUNT);
        StreamsTopics.createIfAbsent(run.settings(), Map.of(source, 3, counts, 3));
        Properties countProps = tuned(run, KStreamCountApplication.streamsProperties(run.settings()));
        Background counter = run.ctx().background("KStreamCountApplication",
                stop -> KStreamCountApplication.run(countProps, source, counts, stop));
        StreamsApp query = run.ctx().closeAfterStep(
                QueryableStore.start(tuned(run, QueryableStore.streamsProperties(run.settings())), source));
        send(run, source, keyed("Pangyo:a", "Busan:b", "Pangyo:c", "Pangyo:d"));
        List<String> updates = read(run, counter, counts, 4);
        Map<String, String> latest = new TreeMap<>();
        updates.forEach(kv -> latest.put(kv.substring(0, kv.indexOf(':')), kv.substring(kv.indexOf(':') + 1)));
        run.observe("streams.countAndQuery.1", updates, latest);
        run.check(latest.equals(Map.of("Pangyo", "3", "Busan", "1")), "streams.countAndQuery", latest);
        Long pangyo = run.await("QueryableStore's count-store to say Pangyo=3", WAIT, () -> {
            if (query.failure().isPresent()) {
                throw new StepFailure(Messages.text("tour.queryable.stopped", query.failure().get()));
            }
            try {
                return QueryableStore.countOf(query, "Pangyo");
            } catch (InvalidStateStoreException notYet) {
                return null;
            }
        }, n -> n != null && n == 3L);
        run.observe("streams.countAndQuery.2",
                QueryableStore.COUNT_STORE, pangyo, QueryableStore.countOf(query, "Busan"));
        counter.stop();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
