package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/**
 * The walkthroughs as a reader starts them: {@code walkthrough/2.2.1-*.sh} through bash and
 * {@code bin/kafka-run-class.sh} (on Windows its {@code .cmd} twin through cmd.exe, see ToolProcess); and the Java side of {@code walkthrough\2.2.5-*.cmd} — the .cmd files end in
 * {@code java -cp target\classes com.example.ClasspathLauncher target\classpath.txt config\log\tools ...}, which
 * this test runs with every jar under a path with spaces and a Korean user name, as {@code C:\Users\홍길동} has.
 * (cmd.exe itself is not here: the CI matrix runs the module on windows-latest.) 2.2.5 because it also starts a
 * tool in a JVM of its own (the verifiable producer), on the classpath the launcher built.
 */
@KafkaTest
class WalkthroughScriptsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Test
    void theWalkthroughScriptRunsItsSectionThroughTheLauncher(TestKafka kafka) {
        String suffix = suffix();
        ToolProcess.Result run = ToolProcess.run(TIMEOUT, Map.of("BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "TOPIC_SUFFIX", suffix), "walkthrough/2.2.1-kafka-topics.sh");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("### 토픽 생성", "$ bin/kafka-topics.sh --create --bootstrap-server",
                "Created topic hello.kafka2" + suffix + ".", "PartitionCount: 4",
                "Completed updating config for topic hello.kafka" + suffix + ".");
    }

    @Test
    void theWindowsLaunchersJavaSideRunsFromAPathWithSpacesAndAKoreanName(TestKafka kafka, @TempDir Path temp)
            throws IOException {
        Path home = Files.createDirectories(temp.resolve("Users").resolve("홍길동 (hong)").resolve(".m2"));
        List<String> entries = new ArrayList<>();
        for (String jar : Files.readString(ToolProcess.MODULE_DIR.resolve("target/classpath.txt")).trim()
                .split(File.pathSeparator)) {
            Path source = Path.of(jar);
            Path copy = home.resolve(entries.size() + "-" + source.getFileName());
            linkOrCopy(source, copy);
            entries.add(copy.toString());
        }
        Path classpathFile = Files.writeString(temp.resolve("classpath.txt"), String.join(File.pathSeparator,
                entries));
        String suffix = suffix();

        ToolProcess.Result run = ToolProcess.run(TIMEOUT, Map.of("BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                        "TOPIC_SUFFIX", suffix),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", "target/classes",
                "com.example.ClasspathLauncher", classpathFile.toString(), "config/log/tools",
                "com.example.Walkthrough", "2.2.5");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertTenOfTen(run.stdout(), suffix);
    }

    private static void assertTenOfTen(String output, String suffix) {
        assertThat(output).contains("$ bin/kafka-verifiable-producer.sh", "verify-test" + suffix,
                "\"name\":\"tool_data\",\"sent\":10,\"acked\":10", "\"name\":\"records_consumed\",\"count\":10");
    }

    private static void linkOrCopy(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException differentFileSystem) {
            Files.copy(source, target);
        }
    }

    private static String suffix() {
        return "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
