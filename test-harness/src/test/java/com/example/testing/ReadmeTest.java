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
