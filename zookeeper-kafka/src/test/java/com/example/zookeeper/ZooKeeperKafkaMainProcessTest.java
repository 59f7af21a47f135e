package com.example.zookeeper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The reader's command, as its own JVM from target/zookeeper-kafka.classpath (what exec:exec and the test
 * harness run): one ready line, the ZooKeeper shell shows the broker and the controller (3.1), SIGTERM stops it
 * cleanly and removes the temporary data.
 */
class ZooKeeperKafkaMainProcessTest {

    private static final Path MODULE = Paths.get("").toAbsolutePath();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void startsPrintsOneReadyLineAnswersTheShellAndStopsOnSigterm() throws Exception {
        String classpath = MODULE.resolve("target/classes") + File.pathSeparator
                + Files.readString(MODULE.resolve("target/zookeeper-kafka.classpath")).trim();
        Process cluster = new ProcessBuilder(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.net.preferIPv4Stack=true", "-cp", classpath,
                "com.example.zookeeper.ZooKeeperKafkaMain", "--port", "0", "--zookeeper-port", "0",
                // one broker: nobody to hand leadership to, and right after start the first attempt waits 5 s
                "--override", "controlled.shutdown.enable=false")
                .redirectErrorStream(true).start();
        List<String> output = collect(cluster);
        try {
            await().atMost(TIMEOUT).until(() -> output.stream().anyMatch(l -> l.contains(ZooKeeperKafkaMain.READY))
                    || !cluster.isAlive());
            List<String> ready = output.stream().filter(l -> l.contains(ZooKeeperKafkaMain.READY)).toList();
            assertThat(ready).as(String.join("\n", output)).singleElement().asString()
                    .startsWith("ZooKeeper-mode cluster ready: bootstrap.servers=localhost:")
                    .contains("broker.id=0", "Press Ctrl+C to stop.");
            String zookeeperConnect = ZooKeeperRegistryTest.value(ready.get(0), "zookeeper.connect");

            // 3.1 with the ZooKeeper shell, as a reader types it
            assertThat(shell(zookeeperConnect, "ls", "/brokers/ids")).contains("[0]");
            assertThat(shell(zookeeperConnect, "get", "/controller")).contains("\"brokerid\":0");

            Path dataDir = dataDir(output);
            assertThat(dataDir).isDirectory();
            cluster.toHandle().destroy(); // SIGTERM, like Ctrl+C (Process.destroy() would also close our pipe)
            assertThat(cluster.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
            assertThat(cluster.exitValue()).isEqualTo(143);
            await().atMost(Duration.ofSeconds(5)).until(() -> output.stream().anyMatch(l -> l.endsWith("Stopped.")));
            assertThat(dataDir).doesNotExist();
        } finally {
            cluster.destroyForcibly();
        }
    }

    private static String shell(String zookeeperConnect, String... command) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("bash", MODULE.resolve("bin/zookeeper-shell.sh").toString(),
                zookeeperConnect));
        args.addAll(List.of(command));
        Process shell = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(shell.exitValue()).as(out).isZero();
        return out;
    }

    private static Path dataDir(List<String> output) {
        Pattern data = Pattern.compile("data (\\S+)/zookeeper\\)");
        return output.stream().map(data::matcher).filter(Matcher::find).map(m -> Paths.get(m.group(1)))
                .findFirst().orElseThrow();
    }

    private static List<String> collect(Process process) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    System.out.println("[cluster] " + line);
                    lines.add(line);
                }
            } catch (IOException e) {
                // process gone
            }
        }, "cluster-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}
