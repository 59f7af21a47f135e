package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.example.common.Exercises;

/**
 * The root READMEs, Korean (README.md, the readers' language) and English (README.en.md): linked to each other,
 * the same two set-up commands at the top, and every test their "Kafka 4.x versus the book" table names exists.
 */
class ReadmeTest {

    private static final Path ROOT = Path.of("..");
    private static final String SET_UP = "./mvnw -q install -DskipTests && ./mvnw -q -pl book-tour exec:java";
    private static final Pattern TEST_REFERENCE = Pattern.compile("`([A-Z][A-Za-z0-9]*Test)\\.([a-z][A-Za-z0-9]*)`");

    @Test
    void koreanFirstEnglishBesideBothStartWithTheSameTwoCommands() throws IOException {
        String korean = Files.readString(ROOT.resolve("README.md"));
        String english = Files.readString(ROOT.resolve("README.en.md"));
        assertThat(korean).contains("[English (README.en.md)](README.en.md)").contains("책 2장과 3장");
        assertThat(english).contains("[한국어 (README.md)](README.md)");
        for (String readme : List.of(korean, english)) {
            assertThat(readme.substring(0, readme.indexOf("```bash\n") + 400)).contains(SET_UP, "./mvnw -B verify");
        }
    }

    @Test
    void everyTestTheKafka4TablesNameExists() throws IOException {
        for (String file : List.of("README.md", "README.en.md")) {
            String readme = Files.readString(ROOT.resolve(file));
            String table = readme.substring(readme.lastIndexOf("\n## "));
            List<String> named = new ArrayList<>();
            Matcher m = TEST_REFERENCE.matcher(table);
            while (m.find()) {
                named.add(m.group(1) + "." + m.group(2));
                assertThat(testSource(m.group(1))).as(file + " names " + m.group(1)).isNotEmpty()
                        .anySatisfy(source -> assertThat(source).contains("void " + m.group(2) + "("));
            }
            assertThat(named).as(file).hasSizeGreaterThanOrEqualTo(12);
        }
    }

    /** Issue #20: each chapter module's README, in both languages, lists its exercises with the grading command. */
    @Test
    void everyExerciseIsListedInItsModulesReadmesWithTheCommandThatGradesIt() throws IOException {
        for (Exercises.Exercise exercise : Exercises.ALL) {
            for (String file : List.of("README.md", "README.en.md")) {
                String readme = Files.readString(ROOT.resolve(exercise.module()).resolve(file));
                assertThat(readme).as(exercise.module() + "/" + file)
                        .contains("`" + exercise.id() + "`", "-pl " + exercise.module() + " test-compile exec:java@grade",
                                exercise.stub().substring(exercise.stub().lastIndexOf('.') + 1) + ".java");
                // its row's time is the catalogue's, the one the grader and the tour print
                String minutes = file.equals("README.md") ? "약 " + exercise.minutes() + "분"
                        : "about " + exercise.minutes() + " min";
                assertThat(readme.lines().filter(line -> line.startsWith("|") && line.contains("`" + exercise.id() + "`")))
                        .as(exercise.module() + "/" + file + ": the row of " + exercise.id()).singleElement()
                        .asString().contains(minutes);
            }
        }
    }

    /** The modules a reader runs: their README.md is Korean, README.en.md English, and the links between hold. */
    private static final List<String> READER_MODULES = List.of("chapter2-cli-scripts", "chapter3-producer",
            "chapter3-consumer", "chapter3-admin", "chapter3-streams", "chapter3-connect", "chapter3-mirrormaker2",
            "local-kafka", "performance-lab", "book-tour", "book-common", "zookeeper-kafka", "test-harness");
    private static final Pattern ENGLISH_ANCHOR = Pattern.compile("\\(README\\.en\\.md#([^)]+)\\)");

    @Test
    void everyReaderModuleReadmeIsKoreanWithTheEnglishBesideAndItsLinksLeadToAHeading() throws IOException {
        for (String module : READER_MODULES) {
            String korean = Files.readString(ROOT.resolve(module).resolve("README.md"));
            String english = Files.readString(ROOT.resolve(module).resolve("README.en.md"));
            assertThat(korean).as(module).contains("한국어 · [English (README.en.md)](README.en.md)");
            assertThat(english).as(module).contains("[한국어 (README.md)](README.md) · English");
            String intro = korean.substring(0, Math.min(korean.length(), 600)).replaceAll("`[^`]*`", "");
            assertThat(intro.chars().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count()).as(module + " in Korean")
                    .isGreaterThan(40);
            List<String> headings = english.lines().filter(line -> line.matches("#{1,4} .*"))
                    .map(line -> anchor(line.replaceFirst("#{1,4} ", ""))).toList();
            Matcher link = ENGLISH_ANCHOR.matcher(korean);
            while (link.find()) {
                assertThat(headings).as(module + ": README.md links to README.en.md#" + link.group(1))
                        .contains(link.group(1));
            }
        }
    }

    private static final Pattern README_LINK = Pattern.compile("\\]\\(([^)#\\s]*README(?:\\.en)?\\.md)?#([^)\\s]+)\\)");

    /** Every link to a README heading, in any README of the repository, leads to a heading that exists. */
    @Test
    void everyLinkToAReadmeHeadingLeadsToOne() throws IOException {
        List<Path> readmes;
        try (Stream<Path> files = Files.walk(ROOT, 3)) {
            readmes = files.filter(p -> p.getFileName().toString().matches("README(\\.en)?\\.md"))
                    .filter(p -> !p.toString().contains("target")).toList();
        }
        int links = 0;
        for (Path readme : readmes) {
            Matcher link = README_LINK.matcher(Files.readString(readme));
            while (link.find()) {
                Path target = link.group(1) == null ? readme : readme.getParent().resolve(link.group(1)).normalize();
                List<String> headings = Files.readString(target).lines().filter(line -> line.matches("#{1,4} .*"))
                        .map(line -> anchor(line.replaceFirst("#{1,4} ", ""))).toList();
                assertThat(headings).as(readme + " links to " + target + "#" + link.group(2)).contains(link.group(2));
                links++;
            }
        }
        assertThat(links).isGreaterThan(20);
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "")
                .replace(' ', '-');
    }

    private static List<String> testSource(String className) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT, 8)) {
            return files.filter(p -> p.getFileName().toString().equals(className + ".java"))
                    .filter(p -> p.toString().contains("src" + java.io.File.separator + "test"))
                    .map(ReadmeTest::read).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
