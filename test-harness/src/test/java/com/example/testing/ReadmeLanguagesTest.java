package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue #31 item 10: each README.md and its README.en.md state the same facts — the same sections, the same
 * commands and the same Windows routes — so that neither language is a stub or a summary of the other.
 */
class ReadmeLanguagesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern CODE_BLOCK = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL);
    /** What a Windows reader types: .cmd launchers, the console code page, curl.exe, PowerShell's variables. */
    private static final Pattern WINDOWS_ROUTE =
            Pattern.compile("[\\w.\\\\/-]*\\.cmd\\b|chcp 65001|curl\\.exe|\\$env:\\w+|MAVEN_USER_HOME|Add-Content");

    @Test
    void bothLanguagesHaveTheSameSectionsCommandsAndWindowsRoutes() throws IOException {
        List<Path> pairs = englishReadmes();
        assertThat(pairs).hasSizeGreaterThan(12);
        for (Path english : pairs) {
            Path korean = english.resolveSibling("README.md");
            String ko = Files.readString(korean);
            String en = Files.readString(english);

            assertThat(headingLevels(ko)).as(korean + ": the sections of " + english).isEqualTo(headingLevels(en));
            assertThat(windowsRoutes(ko)).as(korean + ": the Windows routes of " + english)
                    .isEqualTo(windowsRoutes(en));
            List<String> koBlocks = codeBlocks(ko);
            List<String> enBlocks = codeBlocks(en);
            assertThat(koBlocks).as(korean + ": the code blocks of " + english).hasSameSizeAs(enBlocks);
            for (int i = 0; i < koBlocks.size(); i++) {
                String koBlock = koBlocks.get(i);
                String enBlock = enBlocks.get(i);
                if (translatedOutput(koBlock, enBlock)) {
                    // a program's output in the reader's language: the same lines, each in its language
                    assertThat(koBlock.lines().count()).as(korean + " block " + i).isEqualTo(enBlock.lines().count());
                } else {
                    assertThat(koBlock).as(korean + " block " + i + " (comments aside)").isEqualTo(enBlock);
                }
            }
        }
    }

    private static List<Path> englishReadmes() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT, 2)) {
            return files.filter(p -> p.getFileName().toString().equals("README.en.md"))
                    .filter(p -> !p.toString().contains("target")).sorted().toList();
        }
    }

    /** The levels of the headings outside code blocks, in order (1 for {@code #}, 2 for {@code ##}, ...). */
    private static List<Integer> headingLevels(String readme) {
        return CODE_BLOCK.matcher(readme).replaceAll("").lines().filter(line -> line.matches("#{1,6} .*"))
                .map(line -> line.indexOf(' ')).toList();
    }

    private static Set<String> windowsRoutes(String readme) {
        Set<String> routes = new TreeSet<>();
        Matcher route = WINDOWS_ROUTE.matcher(readme);
        while (route.find()) {
            routes.add(route.group());
        }
        return routes;
    }

    /** Each code block without its comments (they are in the README's language) and without {@code --lang en}. */
    private static List<String> codeBlocks(String readme) {
        List<String> blocks = new ArrayList<>();
        Matcher block = CODE_BLOCK.matcher(readme);
        while (block.find()) {
            blocks.add(block.group(1).lines()
                    .map(line -> line.replaceAll("^\\s*#.*$", "").replaceAll("\\s+(#|//) .*$", ""))
                    .map(line -> line.replace(" --lang en", "").replace("\"-Dexec.args=--lang=en\"", "")
                            .replace(" --lang=en", "").stripTrailing())
                    .filter(line -> !line.isBlank()).reduce("", (all, line) -> all + line + "\n"));
        }
        return blocks;
    }

    /** A sample of output the program prints in the reader's language: the Korean block has Hangul the other lacks. */
    private static boolean translatedOutput(String koBlock, String enBlock) {
        return hangul(koBlock) > hangul(enBlock);
    }

    private static long hangul(String text) {
        return text.chars().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
    }
}
