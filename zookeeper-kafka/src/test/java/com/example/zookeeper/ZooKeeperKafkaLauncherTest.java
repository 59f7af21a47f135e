package com.example.zookeeper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Issue #15: {@code ./mvnw -q -pl zookeeper-kafka exec:java} runs {@link ZooKeeperKafkaLauncher} in Maven's JVM;
 * the cluster never outlives it, and a busy port is one line naming the port and the option.
 */
class ZooKeeperKafkaLauncherTest {

    private static final Path MODULE = Paths.get("").toAbsolutePath();

    @Test
    void aKillOfTheLauncherStopsTheCluster() throws Exception {
        Process launcher = launcher("--port", "0", "--zookeeper-port", "0",
                "--override", "controlled.shutdown.enable=false").redirectErrorStream(true).start();
        List<String> output = collect(launcher);
        await().atMost(Duration.ofSeconds(60)).until(() -> output.stream().anyMatch(
                l -> l.contains(ZooKeeperKafkaMain.READY)) || !launcher.isAlive());
        ProcessHandle cluster = launcher.descendants().findFirst().orElseThrow();

        launcher.destroyForcibly(); // kill -9 of Maven: no hook runs in it; the cluster notices by itself

        assertThat(cluster.onExit().get(60, TimeUnit.SECONDS).isAlive()).as(String.join("\n", output)).isFalse();
    }

    @Test
    void aBusyZooKeeperPortIsOneLineNamingThePortAndTheOption() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Process launcher = launcher("--zookeeper-port", String.valueOf(taken.getLocalPort()), "--port", "0")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(launcher.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(launcher.exitValue()).isEqualTo(1);
            assertThat(err.strip()).isEqualTo("error: port " + taken.getLocalPort() + " (ZooKeeper) is already in use on "
                    + "127.0.0.1: is another one running? Stop it, or choose another port with --zookeeper-port N.");
        }
    }

    private static ProcessBuilder launcher(String... args) throws IOException {
        String classpath = MODULE.resolve("target/classes") + File.pathSeparator
                + Files.readString(MODULE.resolve("target/zookeeper-kafka.classpath")).trim();
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-cp", classpath,
                ZooKeeperKafkaLauncher.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static List<String> collect(Process process) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                lines.add(e.toString()); // the pipe closes when the launcher is killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
