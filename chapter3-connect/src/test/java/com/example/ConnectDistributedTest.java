package com.example;

import static com.example.ConnectTestSupport.append;
import static com.example.ConnectTestSupport.distributedWorker;
import static com.example.ConnectTestSupport.lines;
import static com.example.ConnectTestSupport.readLines;
import static com.example.ConnectTestSupport.sinkConfig;
import static com.example.ConnectTestSupport.sourceConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.ConnectRest.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * 분산 모드 커넥트 (distributed): one real distributed worker (connect-runtime's {@code ConnectDistributed}),
 * configured by the reader's {@code config/connect-distributed.properties} with a unique group and internal
 * topics, shared by the tests of this class, driven only through its REST API as with curl.
 */
@KafkaTest
class ConnectDistributedTest {

    private static ConnectWorker worker;
    private static ConnectRest rest;

    @TempDir
    Path dir;

    @BeforeAll
    static void startWorker(TestKafka kafka) {
        worker = ConnectWorker.startDistributed(kafka.settings(), distributedWorker(TestKafka.unique("connect-cluster")));
        rest = new ConnectRest(worker.restUrl());
        // the worker joins its group and reads the config topic in the background: GET /health says when done
        await().atMost(TestKafka.DEFAULT_TIMEOUT).ignoreExceptions()
                .until(() -> rest.get("/health").status() == 200);
    }

    @AfterAll
    static void stopWorker() {
        if (worker != null) {
            worker.close();
        }
    }

    @Test
    void restApiListensOnLoopbackAndFindsOurConnectorsOnTheClasspath() {
        assertThat(worker.restUrl().getHost()).isEqualTo("127.0.0.1");
        Response plugins = rest.get("/connector-plugins");
        assertThat(plugins.status()).isEqualTo(200);
        List<String> classes = new ArrayList<>();
        plugins.body().forEach(plugin -> classes.add(plugin.path("class").asText()));
        assertThat(classes).contains(SingleFileSourceConnector.class.getName(), SingleFileSinkConnector.class.getName());
    }

    @Test
    void connectorsCreatedThroughRestCarryFileToTopicToFileAndDeleteStopsThem(TestKafka kafka) {
        String topic = kafka.createTopic("connect-e2e", 1);
        Path sourceFile = dir.resolve("kafka.txt");
        Path sinkFile = dir.resolve("kafka-sink.txt");
        String source = TestKafka.unique("single-file-source");
        String sink = TestKafka.unique("single-file-sink");
        append(sourceFile, List.of("before-start"));

        assertThat(rest.createConnector(source, without(sourceConfig(source, sourceFile, topic), "name")).status())
                .isEqualTo(201);
        assertThat(rest.createConnector(sink, without(sinkConfig(sink, topic, sinkFile), "name")).status())
                .isEqualTo(201);
        await().atMost(TestKafka.DEFAULT_TIMEOUT).untilAsserted(() -> {
            for (String name : List.of(source, sink)) {
                assertThat(rest.connectorState(name)).as(name).isEqualTo("RUNNING");
                assertThat(rest.taskState(name, 0)).as(name + " task 0").isEqualTo("RUNNING");
            }
        });

        List<String> expected = new ArrayList<>(List.of("before-start"));
        expected.addAll(lines("line", 1, 30));
        append(sourceFile, expected.subList(1, 31));
        await().atMost(TestKafka.DEFAULT_TIMEOUT).until(() -> readLines(sinkFile).size() >= expected.size());
        assertThat(readLines(sinkFile)).isEqualTo(expected);
        assertThat(kafka.consumeValues(topic, expected.size())).isEqualTo(expected);

        assertThat(rest.delete("/connectors/" + source).status()).isEqualTo(204);
        assertThat(rest.delete("/connectors/" + sink).status()).isEqualTo(204);
        await().atMost(TestKafka.DEFAULT_TIMEOUT).untilAsserted(() -> {
            assertThat(rest.get("/connectors/" + source + "/status").status()).isEqualTo(404);
            assertThat(rest.get("/connectors/" + sink + "/status").status()).isEqualTo(404);
        });
        if (ConnectTestSupport.canCountDescriptors()) { // the tasks are stopped: they closed both files
            await().atMost(TestKafka.DEFAULT_TIMEOUT).untilAsserted(() -> {
                assertThat(ConnectTestSupport.openDescriptors(sourceFile)).isZero();
                assertThat(ConnectTestSupport.openDescriptors(sinkFile)).isZero();
            });
        }

        // no new data flows: a line appended now never reaches the topic, and records sent now never the file
        append(sourceFile, List.of("after-delete"));
        kafka.sendValues(topic, List.of("marker"));
        List<String> topicValues = kafka.consumeValues(topic, expected.size() + 1);
        assertThat(topicValues).endsWith("marker").doesNotContain("after-delete");
        assertThat(readLines(sinkFile)).isEqualTo(expected);
    }

    @Test
    void invalidConfigsAreRejectedWithTheSettingAndTheReason() {
        // PUT /connector-plugins/{name}/config/validate: 200, with the errors per setting
        Map<String, String> badTopic = Map.of("connector.class", SingleFileSourceConnector.class.getName(),
                "file", dir.resolve("kafka.txt").toString(), "topic", "bad topic!");
        Map<String, String> withName = new HashMap<>(badTopic);
        withName.put("name", TestKafka.unique("validated"));
        Response validation = rest.put("/connector-plugins/SingleFileSourceConnector/config/validate", withName);
        assertThat(validation.status()).isEqualTo(200);
        assertThat(validation.body().path("error_count").asInt()).as("errors of topic: %s", errorsOf(validation.body(), "topic")).isEqualTo(1);
        assertThat(errorsOf(validation.body(), "topic")).singleElement().asString()
                .contains("bad topic!").contains("Topic name is invalid");

        // POST /connectors: 400 and nothing created
        String sourceName = TestKafka.unique("bad-source");
        Response badSource = rest.createConnector(sourceName, badTopic);
        assertThat(badSource.status()).isEqualTo(400);
        assertThat(badSource.text("message")).contains("configuration topic").contains("Topic name is invalid");

        String sinkName = TestKafka.unique("bad-sink");
        Response noFile = rest.createConnector(sinkName, Map.of(
                "connector.class", SingleFileSinkConnector.class.getName(), "topics", "test"));
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.text("message")).contains("Missing required configuration \"file\"");

        Response blankFile = rest.createConnector(sourceName, Map.of(
                "connector.class", SingleFileSourceConnector.class.getName(), "file", " "));
        assertThat(blankFile.status()).isEqualTo(400);
        assertThat(blankFile.text("message")).contains("file").contains("must be the path of a file");

        assertThat(rest.get("/connectors").body().toString()).doesNotContain(sourceName, sinkName);
    }

    private static List<String> errorsOf(JsonNode validation, String setting) {
        List<String> errors = new ArrayList<>();
        validation.path("configs").forEach(config -> {
            if (config.path("value").path("name").asText().equals(setting)) {
                config.path("value").path("errors").forEach(error -> errors.add(error.asText()));
            }
        });
        return errors;
    }

    private static Map<String, String> without(Map<String, String> config, String key) {
        Map<String, String> copy = new HashMap<>(config);
        copy.remove(key);
        return copy;
    }
}
