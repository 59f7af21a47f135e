package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.example.Walkthroughs.Section;

/**
 * The book's tools and walkthroughs exist for every OS and agree on what they run: each {@code bin/<tool>.sh} and its
 * {@code bin/windows/<tool>.cmd} run the class {@link KafkaTools} names (the class Kafka's own script runs), and each
 * section's {@code walkthrough/<script>.sh} and {@code .cmd} run that section of {@link Walkthroughs}. The Windows
 * files are ASCII with CRLF line ends (cmd.exe reads a batch file in the console's code page, line by line).
 */
class KafkaToolsTest {

    private static final Path MODULE = ToolProcess.MODULE_DIR;
    private static final Pattern SH_CLASS = Pattern.compile("kafka-run-class\\.sh\" (\\S+)");
    private static final Pattern CMD_CLASS = Pattern.compile("kafka-run-class\\.cmd\" (\\S+)");

    @Test
    void everyToolHasAShellAndAWindowsWrapperRunningKafkasOwnClass() throws IOException {
        for (String tool : KafkaTools.MAIN_CLASSES.keySet()) {
            String name = tool.replace(".sh", "");
            String sh = Files.readString(MODULE.resolve("bin").resolve(tool));
            String cmd = windowsFile(MODULE.resolve("bin/windows").resolve(name + ".cmd"));

            assertThat(ranClass(SH_CLASS, sh)).as(tool).isEqualTo(KafkaTools.mainClass(tool));
            assertThat(ranClass(CMD_CLASS, cmd)).as(name + ".cmd").isEqualTo(KafkaTools.mainClass(tool));
            assertThat(cmd).as(name + ".cmd").contains("%*");
        }
        try (Stream<Path> wrappers = Files.list(MODULE.resolve("bin"))) {
            assertThat(wrappers.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sh"))
                    .filter(n -> !n.equals("kafka-run-class.sh")))
                    .as("every bin/*.sh is one of the book's tools").allMatch(KafkaTools.MAIN_CLASSES::containsKey);
        }
    }

    @Test
    void everySectionHasAShellAndAWindowsWalkthroughRunningThatSection() throws IOException {
        List<Section> sections = Walkthroughs.all(new Walkthroughs.Settings("localhost:9092", "", 3000, MODULE));
        assertThat(sections).extracting(Section::id).containsExactly("2.2.1", "2.2.2", "2.2.3", "2.2.4", "2.2.5",
                "2.2.6");
        for (Section section : sections) {
            String sh = Files.readString(MODULE.resolve("walkthrough").resolve(section.script() + ".sh"));
            String cmd = windowsFile(MODULE.resolve("walkthrough").resolve(section.script() + ".cmd"));

            assertThat(sh).as(section.script()).contains("kafka-run-class.sh\" com.example.Walkthrough " + section.id());
            assertThat(cmd).as(section.script()).contains("kafka-run-class.cmd\" com.example.Walkthrough "
                    + section.id());
        }
    }

    @Test
    void theLauncherOfTheWindowsWrappersReadsTheClasspathFromAFileBecauseCmdCannotHoldIt() throws IOException {
        String cmd = windowsFile(MODULE.resolve("bin/windows/kafka-run-class.cmd"));
        Path classpath = MODULE.resolve("target/classpath.txt");

        assertThat(cmd).contains("com.example.ClasspathLauncher \"%CLASSPATH_FILE%\" \"%KAFKA_LOG_CONFIG_DIR%\" %*")
                .contains("-cp \"%MODULE_DIR%\\target\\classes\"").contains("mvnw.cmd -q -B -pl chapter2-cli-scripts");
        String onWindows = Files.readString(classpath).replace(System.getProperty("user.home"), "C:\\Users\\reader");
        assertThat(onWindows.length()).as("the classpath with a Windows home, against cmd.exe's 8191 characters")
                .isGreaterThan(8191);
    }

    /** The Windows file's text; fails unless it is ASCII with CRLF line ends only. */
    private static String windowsFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        for (byte b : bytes) {
            assertThat(b).as("%s is ASCII", file.getFileName()).isBetween((byte) 0, (byte) 127);
        }
        assertThat(text.replace("\r\n", "")).as("%s has CRLF line ends only", file.getFileName())
                .doesNotContain("\n").doesNotContain("\r");
        return text;
    }

    private static String ranClass(Pattern pattern, String script) {
        Matcher m = pattern.matcher(script);
        assertThat(m.find()).as("a kafka-run-class call in %s", script).isTrue();
        return m.group(1);
    }
}
