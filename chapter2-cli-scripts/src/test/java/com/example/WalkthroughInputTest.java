package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to a walkthrough or its Windows launcher is one line naming the setting, before anything runs: the
 * environment's TOPIC_SUFFIX and CONSUMER_TIMEOUT_MS, a section that does not exist, a classpath file that is not
 * there. (A bad BOOTSTRAP_SERVERS and no broker: ToolAddressTest and ToolErrorsTest, through the scripts.)
 */
class WalkthroughInputTest {

    @Test
    void theEnvironmentsSettingsAreCheckedAndNamed() {
        assertThat(Walkthrough.suffix(null)).isEmpty();
        assertThat(Walkthrough.suffix("-2")).isEqualTo("-2");
        assertThatThrownBy(() -> Walkthrough.suffix("-2; rm -rf x")).hasMessageStartingWith("TOPIC_SUFFIX may hold only");
        assertThatThrownBy(() -> Walkthrough.suffix("토픽")).hasMessageContaining("TOPIC_SUFFIX");

        assertThat(Walkthrough.consumerTimeout(" ")).isEqualTo(Walkthrough.DEFAULT_CONSUMER_TIMEOUT_MS);
        assertThat(Walkthrough.consumerTimeout("2000")).isEqualTo(2000);
        assertThatThrownBy(() -> Walkthrough.consumerTimeout("2s")).hasMessage(
                "CONSUMER_TIMEOUT_MS takes milliseconds from 100 to 600000, got '2s'");
        assertThatThrownBy(() -> Walkthrough.consumerTimeout("0")).hasMessageContaining("from 100 to 600000");
    }

    @Test
    void aSectionThatDoesNotExistIsRefusedNamingTheOnesThatDo(@TempDir Path dir) {
        Walkthroughs.Settings settings = new Walkthroughs.Settings("localhost:9092", "", 3000, dir);

        assertThatThrownBy(() -> Walkthroughs.section("2.2.9", settings))
                .hasMessage("no walkthrough 2.2.9; there are [2.2.1, 2.2.2, 2.2.3, 2.2.4, 2.2.5, 2.2.6]");
        assertThatThrownBy(() -> KafkaTools.mainClass("kafka-topic.sh")).hasMessageStartingWith("no such tool: kafka-topic.sh");
    }

    @Test
    void theWindowsLauncherReadsItsClasspathFileInUtf8OrTheDefaultCharsetAndSaysWhenItIsMissing(@TempDir Path dir)
            throws IOException {
        Path utf8 = Files.writeString(dir.resolve("cp.txt"), "C:\\Users\\홍길동\\.m2\\a.jar");
        assertThat(ClasspathLauncher.read(utf8)).isEqualTo("C:\\Users\\홍길동\\.m2\\a.jar");

        assertThatThrownBy(() -> ClasspathLauncher.classLoader(dir.resolve("missing.txt"), dir))
                .isInstanceOf(IOException.class);
    }
}
