package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue #31 item 10: a number a README states has one source. The speed numbers are written into both root
 * READMEs by {@code scripts/bench.sh --readme} (between {@code <!-- bench -->} markers: the same table in both
 * languages); test counts and times come from {@code scripts/test-times.sh}; the Kafka versions from the pom.
 * Outside the table no README states a measured time to ready, a tour time or a test count by hand.
 */
class ReadmeNumbersTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern TYPED_MEASUREMENT = Pattern.compile(
            "(?i)(^\\d+ tests\\b|테스트 \\d+개|ready (in|after) (about )?\\d|\\d+(\\.\\d+)?\\s?(s|초) (뒤|만에) 준비"
                    + "|~?\\d+ s of (tests|test time)|tour: ~?\\d+ s\\b|북 투어 \\(약)"
                    // a time measured once and typed: "about 3 s", "약 20초", "~9 s", "70–85 s"; a bound the code
                    // sets is written with "within" / "안에", a setting with its value ("3 s instead of 9 s")
                    + "|(?<!within )(about|약|~) ?\\d+(\\.\\d+)?(–\\d+)? ?(s|초|seconds)\\b(?! ?안에)"
                    + "|\\d+–\\d+ ?(s|초)\\b");

    @Test
    void bothRootReadmesShowTheBenchTableTheScriptWrote() throws IOException {
        String korean = benchTable(Files.readString(ROOT.resolve("README.md")));
        String english = benchTable(Files.readString(ROOT.resolve("README.en.md")));

        assertThat(korean).isEqualTo(english).startsWith("```\nbench on ")
                .contains("| local broker ready", "| 3-broker cluster ready", "| tour --ci");
        assertThat(Files.readString(ROOT.resolve("scripts/bench.sh"))).contains("--readme) readme=true");
    }

    @Test
    void noReadmeTypesAMeasuredNumberOutsideTheTable() throws IOException {
        List<String> typed = new ArrayList<>();
        for (Path readme : ReadmeCommandsTest.readmes()) {
            String text = Files.readString(readme);
            int start = text.indexOf("<!-- bench -->");
            if (start >= 0) {
                text = text.substring(0, start) + text.substring(text.indexOf("<!-- /bench -->"));
            }
            text.lines().filter(line -> TYPED_MEASUREMENT.matcher(line).find())
                    .forEach(line -> typed.add(ROOT.relativize(readme) + ": " + line.strip()));
        }
        assertThat(typed).as("numbers typed by hand: measure them with scripts/bench.sh or test-times.sh").isEmpty();
    }

    @Test
    void theKafkaVersionsTheReadmesNameAreThePoms() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        String kafka = between(pom, "<kafka.version>", "</kafka.version>");
        String zookeeperPom = Files.readString(ROOT.resolve("zookeeper-kafka/pom.xml"));
        String kafka39 = between(zookeeperPom, "<kafka39.version>", "</kafka39.version>");
        Pattern named = Pattern.compile("(?:Kafka|카프카|kafka_2\\.13:) ?(\\d+\\.\\d+\\.\\d+)");
        for (Path readme : ReadmeCommandsTest.readmes()) {
            var m = named.matcher(Files.readString(readme));
            while (m.find()) {
                assertThat(m.group(1)).as(ROOT.relativize(readme) + ": " + m.group()).isIn(kafka, kafka39);
            }
        }
    }

    private static String benchTable(String readme) {
        return between(readme, "<!-- bench -->\n", "<!-- /bench -->");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'%s' is there", from).isNotNegative();
        return text.substring(start + from.length(), text.indexOf(to, start));
    }
}
