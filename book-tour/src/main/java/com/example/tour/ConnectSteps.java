package com.example.tour;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.example.ConnectDistributedMain;
import com.example.ConnectStandaloneMain;
import com.example.ConnectWorker;
import com.example.SingleFileSinkConnector;
import com.example.SingleFileSourceConnector;
import com.example.common.LocalPorts;

/**
 * 3.6 카프카 커넥트 (chapter3-connect): the book's file source connector (file → topic) and file sink connector
 * (topic → file), first in a standalone worker ({@code ConnectStandaloneMain}, like connect-standalone.sh), then in a
 * distributed worker ({@code ConnectDistributedMain}, like connect-distributed.sh) configured through its REST API.
 *
 * <p>The tour writes the chapter's config/ files to its temporary directory with its own file paths, topic, REST
 * port and a short {@code offset.flush.interval.ms}, and passes those files to the reader's entry points.
 */
final class ConnectSteps {

    private static final String RUN = "./mvnw -q -pl chapter3-connect exec:java -Dexec.mainClass=com.example.";
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final List<String> LINES = List.of("hello", "kafka", "connect");

    private ConnectSteps() {
    }

    static List<Step> steps() {
        return List.of(
                Step.of("3.6", "카프카 커넥트 — 단일 모드 커넥트, 3.6.1 파일 소스 커넥터, 3.6.2 파일 싱크 커넥터",
                        "standalone",
                        RUN + "ConnectStandaloneMain\n"
                                + "echo hello >> /tmp/kafka.txt;  cat /tmp/kafka-sink.txt",
                        ConnectSteps::standalone),
                Step.of("3.6", "카프카 커넥트 — 분산 모드 커넥트 (REST API)",
                        "distributed",
                        RUN + "ConnectDistributedMain\n"
                                + "curl -X POST -H 'Content-Type: application/json' --data @chapter3-connect/config/"
                                + "single-file-source.json http://localhost:8083/connectors\n"
                                + "curl http://localhost:8083/connectors/single-file-source/status",
                        ConnectSteps::distributed));
    }

    /** A config file of the chapter, or {@code fallback} when the repository is not at hand. */
    private static Map<String, String> chapterConfig(StepRun run, String file, Map<String, String> fallback) {
        return run.ctx().repoDir().map(repo -> repo.resolve("chapter3-connect/config").resolve(file))
                .filter(Files::isRegularFile)
                .map(path -> (Map<String, String>) new TreeMap<>(ConnectWorker.loadProperties(path.toString())))
                .orElseGet(() -> new TreeMap<>(fallback));
    }

    private static Path write(Path file, Map<String, String> props, String comment) throws IOException {
        Properties p = new Properties();
        p.putAll(props);
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, comment);
        }
        return file;
    }

    private static Map<String, String> source(StepRun run, Path file, String topic) {
        Map<String, String> props = chapterConfig(run, "single-file-source.properties",
                Map.of("connector.class", SingleFileSourceConnector.class.getName(), "tasks.max", "1"));
        props.put("name", run.unique("single-file-source"));
        props.put("file", file.toString());
        props.put("topic", topic);
        return props;
    }

    private static Map<String, String> sink(StepRun run, String topic, Path file) {
        Map<String, String> props = chapterConfig(run, "single-file-sink.properties",
                Map.of("connector.class", SingleFileSinkConnector.class.getName(), "tasks.max", "1"));
        props.put("name", run.unique("single-file-sink"));
        props.put("topics", topic);
        props.put("file", file.toString());
        return props;
    }

    private static void standalone(StepRun run) throws Exception {
        Path dir = Files.createDirectories(run.ctx().tempDir().resolve(run.unique("connect-standalone")));
        String topic = run.unique("test");
        Path sourceFile = dir.resolve("kafka.txt");
        Path sinkFile = dir.resolve("kafka-sink.txt");
        Map<String, String> worker = chapterConfig(run, "connect-standalone.properties",
                Map.of("key.converter", "org.apache.kafka.connect.storage.StringConverter",
                        "value.converter", "org.apache.kafka.connect.storage.StringConverter",
                        "plugin.discovery", "service_load"));
        worker.put("offset.storage.file.filename", dir.resolve("connect.offsets").toString());
        worker.put("offset.flush.interval.ms", "200");
        worker.put("listeners", "http://127.0.0.1:0");
        List<String> files = List.of(
                write(dir.resolve("connect-standalone.properties"), worker, "tour: the worker").toString(),
                write(dir.resolve("single-file-source.properties"), source(run, sourceFile, topic), "tour").toString(),
                write(dir.resolve("single-file-sink.properties"), sink(run, topic, sinkFile), "tour").toString());

        Background connect = run.ctx().background("ConnectStandaloneMain",
                stop -> ConnectStandaloneMain.run(run.settings(), files, stop));
        append(sourceFile, LINES);
        run.observe("connect.standalone", LINES, sourceFile.getFileName());
        flowsThrough(run, connect, topic, sinkFile);
        connect.stop();
    }

    private static void distributed(StepRun run) throws Exception {
        Path dir = Files.createDirectories(run.ctx().tempDir().resolve(run.unique("connect-distributed")));
        String topic = run.unique("test");
        String group = run.unique("connect-cluster");
        int port = LocalPorts.free();
        Map<String, String> worker = chapterConfig(run, "connect-distributed.properties",
                Map.of("key.converter", "org.apache.kafka.connect.storage.StringConverter",
                        "value.converter", "org.apache.kafka.connect.storage.StringConverter",
                        "config.storage.replication.factor", "1", "offset.storage.replication.factor", "1",
                        "status.storage.replication.factor", "1", "plugin.discovery", "service_load"));
        worker.put("group.id", group);
        worker.put("config.storage.topic", group + "-configs");
        worker.put("offset.storage.topic", group + "-offsets");
        worker.put("offset.storage.partitions", "1");
        worker.put("status.storage.topic", group + "-status");
        worker.put("status.storage.partitions", "1");
        worker.put("offset.flush.interval.ms", "200");
        worker.put("scheduled.rebalance.max.delay.ms", "0");
        worker.put("listeners", "http://127.0.0.1:" + port);
        String workerFile = write(dir.resolve("connect-distributed.properties"), worker, "tour: the worker").toString();
        Background connect = run.ctx().background("ConnectDistributedMain",
                stop -> ConnectDistributedMain.run(run.settings(), workerFile, stop));

        String rest = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Path sourceFile = dir.resolve("kafka.txt");
        Path sinkFile = dir.resolve("kafka-sink.txt");
        Map<String, String> source = source(run, sourceFile, topic);
        Map<String, String> sink = sink(run, topic, sinkFile);
        for (Map<String, String> connector : List.of(source, sink)) {
            String body = connectorJson(connector);
            int status = run.await("POST " + rest + "/connectors to create " + connector.get("name"), WAIT, () -> {
                connect.requireHealthy();
                return post(http, rest + "/connectors", body);
            }, code -> code == 201 || code == 409);
            run.observe("connect.distributed.1", connector.get("name"), status);
        }
        for (Map<String, String> connector : List.of(source, sink)) {
            String statusUrl = rest + "/connectors/" + connector.get("name") + "/status";
            String status = run.await("GET " + statusUrl + " to say RUNNING for the connector and its task", WAIT,
                    () -> get(http, statusUrl), body -> body.replaceAll("\\s", "")
                            .matches(".*\"connector\":\\{\"state\":\"RUNNING\".*\"tasks\":\\[\\{.*\"state\":\"RUNNING\".*"));
            run.observe("connect.distributed.2", connector.get("name"), status.replaceAll("\\s+", ""));
        }
        append(sourceFile, LINES);
        run.observe("connect.distributed.3", LINES, sourceFile.getFileName());
        flowsThrough(run, connect, topic, sinkFile);
        connect.stop();
    }

    /** The lines went file → source connector → topic → sink connector → file, in order. */
    private static void flowsThrough(StepRun run, Background connect, String topic, Path sinkFile) throws Exception {
        List<String> inTopic = run.await(LINES.size() + " records in " + topic, WAIT, () -> {
            connect.requireHealthy();
            return run.kafka().read(topic, LINES.size(), Duration.ofSeconds(2)).stream()
                    .map(ConsumerRecord::value).toList();
        }, values -> values.size() >= LINES.size());
        run.observe("connect.flowsThrough.1", topic, inTopic);
        run.check(inTopic.equals(LINES), "connect.flowsThrough.1", LINES, inTopic);
        List<String> inFile = run.await(LINES.size() + " lines in " + sinkFile.getFileName(), WAIT,
                () -> Files.exists(sinkFile) ? Files.readAllLines(sinkFile) : List.<String>of(),
                lines -> lines.size() >= LINES.size());
        run.observe("connect.flowsThrough.2", sinkFile.getFileName(), inFile);
        run.check(inFile.equals(LINES), "connect.flowsThrough.2", LINES, inFile);
    }

    private static void append(Path file, List<String> lines) throws IOException {
        Files.writeString(file, lines.stream().map(l -> l + "\n").collect(Collectors.joining()),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String connectorJson(Map<String, String> props) {
        Map<String, String> config = new LinkedHashMap<>(props);
        String name = config.remove("name");
        return "{\"name\":" + quote(name) + ",\"config\":" + config.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + quote(e.getValue())).collect(Collectors.joining(",", "{", "}"))
                + "}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int post(HttpClient http, String url, String json) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

}
