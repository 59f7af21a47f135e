package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * Issue #31 item 3: {@code bin\\windows\\kafka-server-start.cmd} starts the broker with what the {@code .sh} sets —
     * the book's 400 MB heap, the broker's JIT and G1 flags, the INFO log that prints "Kafka Server started" — and
     * {@code kafka-run-class.cmd} with the tools' defaults of {@code kafka-run-class.sh}.
     */
    @Test
    void theWindowsLaunchersSetTheSameDefaultsAsTheShellOnes() throws IOException {
        for (String script : List.of("kafka-server-start", "kafka-run-class")) {
            Map<String, String> sh = defaults(SH_DEFAULT, Files.readString(MODULE.resolve("bin/" + script + ".sh")));
            Map<String, String> cmd = defaults(CMD_DEFAULT, windowsFile(MODULE.resolve("bin/windows/" + script + ".cmd")));

            assertThat(sh).as(script).containsKeys("KAFKA_HEAP_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_LOG_CONFIG_DIR");
            assertThat(cmd).as(script + ".cmd").isEqualTo(sh);
        }
        assertThat(defaults(SH_DEFAULT, Files.readString(MODULE.resolve("bin/kafka-server-start.sh"))))
                .containsEntry("KAFKA_HEAP_OPTS", "-Xmx400m -Xms400m").containsEntry("KAFKA_LOG_CONFIG_DIR", "config/log/server");
    }

    /**
     * Issue #31 item 2: cmd.exe expands {@code %VAR%} inside an {@code if ( ... )} block before running it, so a
     * {@code )} in the checkout path ({@code C:\\Users\\hong (kim)}) ends the block: no launcher expands a path there.
     * And the classpath is resolved again when {@code pom.xml} is newer, as the {@code .sh} does ({@code --fresh}).
     */
    @Test
    void noWindowsLauncherExpandsAPathInsideABlockAndTheClasspathIsResolvedAgainAfterThePomChanges(@TempDir Path dir)
            throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(MODULE.resolve("bin/windows")), Files.list(MODULE.resolve("walkthrough")))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".cmd")).toList()) {
                assertThat(windowsFile(file)).as(file.getFileName().toString()).doesNotContainPattern("\\(\\s*\\r\\n");
            }
        }
        assertThat(windowsFile(MODULE.resolve("bin/windows/kafka-run-class.cmd")))
                .contains("com.example.ClasspathLauncher --fresh \"%CLASSPATH_FILE%\" \"%MODULE_DIR%\\pom.xml\"");

        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Path classpath = dir.resolve("classpath.txt");
        assertThat(ClasspathLauncher.isFresh(classpath, pom)).as("no file yet").isFalse();
        Files.writeString(classpath, "a.jar");
        Files.setLastModifiedTime(pom, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertThat(ClasspathLauncher.isFresh(classpath, pom)).isTrue();
        Files.setLastModifiedTime(pom, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(ClasspathLauncher.isFresh(classpath, pom)).as("pom.xml changed since").isFalse();
    }

    /**
     * Issue #31 item 4: under Git Bash on Windows, {@code bin/kafka-run-class.sh} hands Windows' java a classpath it
     * reads — {@code C:\\...} paths split by {@code ;} — not the POSIX {@code /c/...:...} form. Run here with Git Bash's
     * {@code uname} and {@code cygpath} stood in, and a java that prints what it was given.
     */
    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "stands in for Git Bash with bash scripts")
    void underGitBashTheLauncherGivesJavaAWindowsClasspath(@TempDir Path dir) throws Exception {
        Path stubs = Files.createDirectories(dir.resolve("stubs"));
        Path javaHome = Files.createDirectories(dir.resolve("jdk/bin"));
        stub(stubs.resolve("uname"), "echo MINGW64_NT-10.0-19045");
        stub(stubs.resolve("cygpath"), "echo \"C:\\\\book\\\\$(basename \"$2\")\"");
        stub(javaHome.resolve("java"), "printf '%s\\n' \"$@\"");

        ToolProcess.Result run = ToolProcess.run(java.time.Duration.ofSeconds(30),
                Map.of("PATH", stubs + ":" + System.getenv("PATH"), "JAVA_HOME", javaHome.getParent().toString()),
                "bin/kafka-run-class.sh", "org.apache.kafka.tools.TopicCommand", "--list");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> args = run.stdout().lines().toList();
        String classpath = args.get(args.indexOf("-cp") + 1);
        assertThat(classpath).startsWith("C:\\book\\tools;C:\\book\\classes;");
        assertThat(args).endsWith("com.example.common.ToolLauncher", "org.apache.kafka.tools.TopicCommand", "--list");
    }

    private static final Pattern SH_DEFAULT = Pattern.compile("=\\$\\{(KAFKA_\\w+):-\"([^\"]*)\"}");
    private static final Pattern CMD_DEFAULT = Pattern.compile("if \"%(KAFKA_\\w+)%\"==\"\" set \"\\1=([^\"]*)\"");

    /** {@code VARIABLE -> default} as the script sets it, the module directory's own spelling taken out. */
    private static Map<String, String> defaults(Pattern pattern, String script) {
        Map<String, String> defaults = new java.util.TreeMap<>();
        Matcher m = pattern.matcher(script);
        while (m.find()) {
            defaults.put(m.group(1), m.group(2).replace("$module_dir/", "").replace("%MODULE_DIR%\\", "").replace('\\', '/'));
        }
        return defaults;
    }

    private static void stub(Path file, String line) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + line + "\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
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
