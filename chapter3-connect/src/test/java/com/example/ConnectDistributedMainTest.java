package com.example;

import static com.example.ConnectTestSupport.append;
import static com.example.ConnectTestSupport.distributedWorker;
import static com.example.ConnectTestSupport.sourceConfig;
import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.common.LocalPorts;
import com.example.testing.KafkaTest;
import com.example.testing.RunningExample;
import com.example.testing.TestKafka;

/**
 * 3.6 분산 모드 커넥트, the reader's command: {@link ConnectDistributedMain} with a worker file like
 * {@code config/connect-distributed.properties} (its own group, internal topics and REST port), a connector created
 * through its REST API as the README's curl does, and Ctrl+C (the stop signal) ending it.
 */
@KafkaTest
class ConnectDistributedMainTest {

    @TempDir
    Path dir;

    @Test
    void theReadersCommandRunsAWorkerWhoseRestApiCarriesAFileToTheTopic(TestKafka kafka) throws Exception {
        int port = LocalPorts.free();
        Map<String, String> props = new HashMap<>(distributedWorker(TestKafka.unique("connect-main")));
        props.put("listeners", "http://127.0.0.1:" + port);
        Path workerFile = write(dir.resolve("connect-distributed.properties"), props);
        String topic = kafka.createTopic("connect-main", 1);
        Path source = dir.resolve("kafka.txt");

        try (RunningExample worker = RunningExample.start("connect-distributed",
                stop -> ConnectDistributedMain.run(kafka.settings(), workerFile.toString(), stop))) {
            ConnectRest rest = new ConnectRest(URI.create("http://127.0.0.1:" + port + "/"));
            await(observed("connect.rest-up", port)).atMost(TestKafka.DEFAULT_TIMEOUT).ignoreExceptions()
                    .until(() -> rest.get("/health").status() == 200);
            String name = TestKafka.unique("single-file-source");
            Map<String, String> config = new HashMap<>(sourceConfig(name, source, topic));
            config.remove("name");
            assertThat(rest.createConnector(name, config).status()).as(observed("connect.created", name)).isEqualTo(201);

            append(source, List.of("hello", "kafka"));
            List<String> values = kafka.consumeValues(topic, 2);
            assertThat(values).as(observed("connect.topic-holds", topic, values)).containsExactly("hello", "kafka");

            Duration took = worker.stopAndAwait(Duration.ofSeconds(30));
            observed("connect.stopped", took.toMillis());
        }
    }

    private static Path write(Path file, Map<String, String> props) throws IOException {
        Properties properties = new Properties();
        properties.putAll(props);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, null);
        }
        return file;
    }
}
