package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue #31 item 6: a fresh clone shows nothing modified. Git stores every text file with LF ({@code i/lf}) and
 * checks out {@code .cmd} files with CRLF and the shell scripts with LF, as {@code .gitattributes} says; a file
 * stored with CRLF against {@code eol=crlf} shows as modified in {@code git status} on every fresh clone.
 */
class LineEndingsTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void gitStoresNoFileWithCrlfAndChecksOutScriptsWithTheirOwnLineEnds() throws Exception {
        List<String> lines = git("ls-files", "--eol");
        assumeThat(lines).as("a git work tree with git on the PATH").isNotEmpty();

        assertThat(lines).as("files stored with CRLF (git add --renormalize .)").noneMatch(l -> l.startsWith("i/crlf"));
        assertThat(lines.stream().filter(l -> l.endsWith(".cmd"))).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("attr/text eol=crlf"));
        for (String script : List.of("mvnw", ".ci/run", "scripts/kafka-image/docker/run",
                "scripts/kafka-image/docker/properties-from-env", "scripts/kafka-image/bin/kafka-tool",
                "scripts/kafka-image/build.sh", "scripts/kafka-image/confluent/docker/run",
                "scripts/kafka-image/confluent/bin/cp-tool", "scripts/kafka-image/confluent/bin/cub")) {
            assertThat(lines).as(script).anySatisfy(l -> assertThat(l).contains("eol=lf").endsWith("\t" + script));
        }
    }

    /** The lines {@code git args} prints at the repository's root; empty where git or the work tree is missing. */
    private static List<String> git(String... args) throws InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return git.waitFor() == 0 ? out.lines().toList() : List.of();
        } catch (IOException noGit) {
            return List.of();
        }
    }
}
