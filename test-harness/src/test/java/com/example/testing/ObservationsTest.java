package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Every observation a claim narrates ({@code observed("key", ...)}, {@code failing("key", ...)}) has its words in
 * both languages (MessagesTest: with the same placeholders): the tour and the grader print them in the reader's
 * language.
 */
class ObservationsTest {

    private static final Pattern KEY = Pattern.compile("\\b(?:observed|failing)\\(\\s*\"([a-z0-9.-]+)\"");

    @Test
    void everyObservationOfEveryClaimHasItsWordsInKoreanAndEnglish() throws IOException {
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Path source : claimSources()) {
            Matcher key = KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (key.find()) {
                found++;
                String name = "observed." + key.group(1);
                for (Lang lang : Lang.values()) {
                    if (!has(lang, name)) {
                        missing.add(source.getFileName() + ": " + name + " (" + lang + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(found).as("observations in the chapters' claims").isGreaterThan(60);
    }

    private static String raw(Lang lang, String key) {
        java.util.Properties bundle = new java.util.Properties();
        try (var in = Messages.class.getResourceAsStream("messages_" + lang.name().toLowerCase(java.util.Locale.ROOT)
                + ".properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bundle.getProperty(key, "");
    }

    private static boolean has(Lang lang, String key) {
        return !raw(lang, key).isEmpty();
    }

    private static List<Path> claimSources() throws IOException {
        Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path module : dirs.filter(d -> d.getFileName().toString().startsWith("chapter")).toList()) {
                Path tests = module.resolve("src/test/java");
                if (Files.isDirectory(tests)) {
                    try (Stream<Path> files = Files.walk(tests)) {
                        files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
                    }
                }
            }
        }
        return sources;
    }
}
