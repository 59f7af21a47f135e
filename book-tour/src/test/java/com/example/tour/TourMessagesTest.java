package com.example.tour;

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

import com.example.common.Messages;
import com.example.common.Messages.Lang;

/**
 * Every observation and every failure reason a step can print has its words in both languages: the keys the step
 * classes pass to {@code run.observe} and {@code run.check} exist in book-common's messages (a failure reason is
 * only looked up when a step fails, which the whole-tour test never sees).
 */
class TourMessagesTest {

    private static final Pattern OBSERVE = Pattern.compile("run\\.observe\\(\\s*\"([^\"]+)\"");
    /** A key: the first argument of run.observe, or an argument after a comma (run.check's second). */
    private static final Pattern KEY = Pattern.compile("(?:run\\.observe\\(|,)\\s*"
            + "\"((?:admin|ch2|concept|connect|consumer|mirrormaker|producer|streams)\\.[A-Za-z0-9.]+)\"");

    @Test
    void everyKeyTheStepsUseHasItsTextInKoreanAndEnglish() throws IOException {
        List<String> missing = new ArrayList<>();
        int observations = 0;
        int keys = 0;
        for (Path steps : stepSources()) {
            String source = Files.readString(steps);
            Matcher observe = OBSERVE.matcher(source);
            while (observe.find()) {
                observations++;
            }
            Matcher key = KEY.matcher(source);
            while (key.find()) {
                keys++;
                for (Lang lang : Lang.values()) {
                    if (!has(lang, "tour.seen." + key.group(1)) && !has(lang, "tour.check." + key.group(1))) {
                        missing.add(steps.getFileName() + ": " + key.group(1) + " (" + lang + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(observations).as("run.observe calls").isGreaterThan(70);
        assertThat(keys).as("observation and failure keys").isGreaterThan(160);
    }

    private static boolean has(Lang lang, String key) {
        try {
            Messages.text(lang, key, new Object[20]);
            return true;
        } catch (IllegalStateException missingKey) {
            return false;
        } catch (java.util.IllegalFormatException wrongArguments) {
            return true; // the key is there; its arguments are the step's business
        }
    }

    private static List<Path> stepSources() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/com/example/tour");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith("Steps.java")).sorted().toList();
        }
    }
}
