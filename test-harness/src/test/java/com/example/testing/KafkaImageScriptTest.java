package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #31 items 11 and 14: {@code scripts/testcontainers-verify.sh} and {@code scripts/compose-verify.sh} take
 * everything {@code scripts/kafka-image/build.sh} prints on standard output as image names, so on a machine where the image is not built yet its progress
 * lines must go to standard error. The script runs here as on such a machine: no image and no base image, with
 * stand-ins for {@code docker}, {@code debootstrap} and the Maven wrapper (the real ones run in {@code .ci/run}).
 */
class KafkaImageScriptTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void onAFreshMachineTheImageScriptPrintsOnlyTheImageNameOnStandardOutput(@TempDir Path temp) throws Exception {
        String[] outAndErr = buildOnAFreshMachine(temp);

        assertThat(outAndErr[0]).isEqualTo("kafka-book-java/kafka:" + property("pom.xml", "kafka.version") + "\n");
        assertThat(outAndErr[1]).contains("kafka-image: debootstrap bookworm + openjdk-17-jre-headless into");
    }

    /** Item 14: scripts/compose-verify.sh reads the two stand-ins' names, ZooKeeper's first, from standard output. */
    @Test
    void theZooKeeperEraStandInsAreTwoNamesOnStandardOutputZooKeeperFirst(@TempDir Path temp) throws Exception {
        String[] outAndErr = buildOnAFreshMachine(temp, "--zookeeper-era");

        assertThat(outAndErr[0]).isEqualTo(
                "kafka-book-java/cp-zookeeper:" + property("zookeeper-kafka/pom.xml", "zookeeper.version") + "\n"
                + "kafka-book-java/cp-kafka:" + property("zookeeper-kafka/pom.xml", "kafka39.version") + "\n");
        assertThat(outAndErr[1]).contains("kafka-image: building kafka-book-java/cp-kafka:");
    }

    /** Both images' one rule for KAFKA_* variables: the official images' names, the JVM's variables left out. */
    @Test
    void environmentVariablesBecomePropertiesByTheImagesRule() throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "a Linux script");
        ProcessBuilder run = new ProcessBuilder("bash", ROOT.resolve("scripts/kafka-image/docker/properties-from-env")
                .toString(), "KAFKA_", "KAFKA_HEAP_OPTS");
        run.environment().put("KAFKA_ZOOKEEPER_CONNECT", "zookeeper:2181");
        run.environment().put("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "PLAINTEXT:PLAINTEXT");
        run.environment().put("KAFKA_CONFLUENT___SUPPORT__X", "1");
        run.environment().put("KAFKA_HEAP_OPTS", "-Xmx400m");
        Process started = run.start();
        List<String> lines = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        started.waitFor(10, TimeUnit.SECONDS);

        assertThat(lines).contains("zookeeper.connect=zookeeper:2181",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT", "confluent-support_x=1")
                .noneMatch(line -> line.startsWith("heap"));
    }

    /** The stand-in's cub zk-ready, which the broker's start and the compose healthcheck wait on, gives up on time. */
    @Test
    void cubZkReadyGivesUpWithOneLineWhenNoZooKeeperAnswers() throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "a Linux script");
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Process cub = new ProcessBuilder("bash", ROOT.resolve("scripts/kafka-image/confluent/bin/cub").toString(),
                "zk-ready", "127.0.0.1:" + closedPort, "1").start();
        String err = new String(cub.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(cub.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(cub.exitValue()).isEqualTo(1);
        assertThat(err).isEqualTo("cub: no ZooKeeper of 127.0.0.1:" + closedPort + " answered within 1 s\n");
    }

    /** Runs build.sh in a copy of the repository with no image and no base image; its stdout and stderr. */
    private static String[] buildOnAFreshMachine(Path temp, String... args) throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "a Linux script");
        Path copy = temp.resolve("repo");
        copyTree(ROOT.resolve("scripts/kafka-image"), copy.resolve("scripts/kafka-image"));
        Files.copy(ROOT.resolve("pom.xml"), copy.resolve("pom.xml"));
        Files.createDirectories(copy.resolve("zookeeper-kafka"));
        Files.copy(ROOT.resolve("zookeeper-kafka/pom.xml"), copy.resolve("zookeeper-kafka/pom.xml"));
        Path stubs = Files.createDirectories(temp.resolve("stubs"));
        script(copy.resolve("mvnw"), "exit 0");
        // docker: an engine that answers, has no image yet, and imports and builds whatever it is given
        script(stubs.resolve("docker"), "case \"$1\" in info) exit 0;; image) exit 1;; import) cat > /dev/null;; esac",
                "exit 0");
        script(stubs.resolve("debootstrap"), "mkdir -p \"$4\"; echo debootstrap-output");

        List<String> command = new ArrayList<>(List.of("bash", copy.resolve("scripts/kafka-image/build.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder build = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        build.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        Process started = build.start();
        String err = new String(started.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        started.waitFor(60, TimeUnit.SECONDS);
        assertThat(started.exitValue()).as(err).isZero();
        return new String[] {out, err};
    }

    private static String property(String pomFile, String name) throws IOException {
        String pom = Files.readString(ROOT.resolve(pomFile));
        return pom.substring(pom.indexOf("<" + name + ">") + name.length() + 2, pom.indexOf("</" + name + ">"));
    }

    /** An executable bash script made of {@code lines}, first on the PATH of the script under test. */
    private static void script(Path file, String... lines) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.filter(p -> !p.toString().contains("target")).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
