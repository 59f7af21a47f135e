package com.example.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.common.DataDirectories;

/**
 * Issue #15: the local broker never deletes what it did not make, wipes its own data only after every other
 * check passed, and never outlives the Maven JVM that started it.
 */
class LocalKafkaSafetyTest {

    @Test
    void freshRefusesADirectoryThisProjectDidNotMakeAndTouchesNothing(@TempDir Path readersDir) throws IOException {
        Path thesis = Files.writeString(readersDir.resolve("thesis.txt"), "a reader's file");

        LocalKafkaBroker broker = LocalKafkaBroker.builder().port(0).dataDir(readersDir).fresh(true).build();

        assertThatThrownBy(broker::start).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing to delete " + readersDir).hasMessageNotContaining("\n");
        assertThat(thesis).hasContent("a reader's file");
        assertThatThrownBy(() -> LocalKafkaBroker.builder().port(0).dataDir(readersDir).build().start())
                .as("without --fresh it is not written into either")
                .hasMessageContaining(readersDir + " already holds files this project did not make");
        assertThat(Files.list(readersDir)).containsExactly(thesis);
    }

    @Test
    void freshWipesOnlyAfterThePortCheckPassed(@TempDir Path parent) throws Exception {
        Path dataDir = parent.resolve("data");
        try (LocalKafkaBroker first = LocalKafkaBroker.builder().port(0).dataDir(dataDir).build().start()) {
            first.stop();
            try (ServerSocket taken = new ServerSocket(first.port(), 50, InetAddress.getLoopbackAddress())) {
                LocalKafkaBroker fresh = LocalKafkaBroker.builder().port(first.port())
                        .controllerPort(first.controllerPort()).dataDir(dataDir).fresh(true).build();
                assertThatThrownBy(fresh::start).hasMessageContaining("already in use");
            }
            assertThat(dataDir.resolve("logs").resolve("meta.properties")).as("data kept when the start failed")
                    .exists();

            LocalKafkaBroker fresh = LocalKafkaBroker.builder().port(first.port())
                    .controllerPort(first.controllerPort()).dataDir(dataDir).fresh(true).build().start();
            fresh.stop();
            assertThat(DataDirectories.isOwned(dataDir)).isTrue();
        }
    }

    @Test
    void aDataDirectoryFromBeforeMarkersIsStillRecognisedAsOurs(@TempDir Path parent) throws IOException {
        Path dataDir = Files.createDirectories(parent.resolve("old"));
        Files.writeString(dataDir.resolve("server.properties"), "#local-kafka: Kafka 4.3.1 single-node KRaft\n");

        LocalKafkaBroker broker = LocalKafkaBroker.builder().port(0).dataDir(dataDir).fresh(true).build();
        broker.start();
        broker.close();

        assertThat(DataDirectories.isOwned(dataDir)).isTrue();
    }

    /** What a script, CI or an IDE does to `./mvnw -q -pl local-kafka exec:java`: SIGTERM, or kill -9. */
    @Test
    void stoppingTheLauncherStopsTheBrokerJvm(@TempDir Path dataDir) throws Exception {
        for (boolean forcibly : new boolean[] {false, true}) {
            Launched launched = launch(dataDir.resolve("broker-" + forcibly));
            ProcessHandle broker = launched.process.descendants().findFirst().orElseThrow();

            if (forcibly) {
                launched.process.destroyForcibly();   // kill -9 of Maven: the broker notices its parent is gone
            } else {
                launched.process.destroy();           // SIGTERM of Maven: its hook stops the broker and waits
            }

            assertThat(broker.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
            await().atMost(Duration.ofSeconds(10)).until(() -> !listening(launched.port));
        }
    }

    @Test
    void aStartErrorIsTheBrokersOneLineAndExitCode() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Process launcher = new ProcessBuilder(command("--port " + taken.getLocalPort())).start();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(launcher));
            assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(launcher.exitValue()).isEqualTo(1);
            assertThat(err.get().strip()).startsWith("error: could not start Kafka: port " + taken.getLocalPort())
                    .doesNotContain("\n").doesNotContain("Exception");
        }
    }

    private record Launched(Process process, int port) {
    }

    private static Launched launch(Path dataDir) throws IOException {
        Process process = new ProcessBuilder(command("--port 0 --data-dir " + dataDir)).redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Pattern ready = Pattern.compile("ready at localhost:(\\d+)");
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = ready.matcher(line);
            if (m.find()) {
                CompletableFuture.runAsync(() -> readAll(process)); // keep draining
                return new Launched(process, Integer.parseInt(m.group(1)));
            }
        }
        throw new AssertionError("the launcher ended before the broker was ready");
    }

    private static List<String> command(String brokerArgs) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx128m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LocalKafkaLauncher.class.getName());
        command.add(brokerArgs);
        return command;
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
