package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue #31 item 9: bad input reaches a Korean reader in Korean. Every message a reader can be refused with comes
 * from book-common's message bundles ({@code Messages.badInput(key, ...)}), never from an English sentence in the
 * code; book-common's MessagesTest checks both languages hold each key with the same arguments. zookeeper-kafka
 * (Kafka 3.9) has book-common's Messages too; chapter 2's ClasspathLauncher is the one exception: it runs before
 * any jar, book-common's included, is on its classpath, so its one line stays English.
 */
class ReaderLanguageTest {

    private static final Path ROOT = Path.of("..");
    /** An exception the reader sees as one line, made from a string literal. */
    private static final Pattern ENGLISH_REFUSAL =
            Pattern.compile("new (IllegalArgumentException|BrokerUnreachableException|StepFailure)\\(\\s*\""
                    + "|println\\(\"error|\"error: \"");

    @Test
    void noBadInputIsRefusedWithAnEnglishSentenceInTheCode() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(ROOT, 9)) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().replace('\\', '/').contains("/src/main/java/"))
                    .filter(p -> !p.getFileName().toString().equals("ClasspathLauncher.java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(100);
        assertThat(sources).allSatisfy(source -> assertThat(ENGLISH_REFUSAL.matcher(read(source)).find())
                .as("%s refuses input with an English literal: use Messages.badInput(key, ...)", source).isFalse());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
