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
 * Issue #31 item 1: every command a README shows works as written in bash, cmd and PowerShell. PowerShell splits an
 * unquoted {@code -Dexec.args=2.2.1} at its first dot, runs no {@code mvnw.cmd} from the current directory without
 * {@code .\}, and Windows PowerShell 5.1 has no {@code &&}; a {@code "-Dname=value"} quoted whole means the same to
 * all three shells. So in the code of every README (fenced blocks and {@code `inline`} spans): every {@code -D}
 * argument with a value is quoted whole, {@code mvnw.cmd} is always {@code .\mvnw.cmd}, a Windows line chains
 * nothing with {@code &&}, and a Windows block holds no bash ({@code ./mvnw}, {@code #} comments).
 */
class ReadmeCommandsTest {

    private static final Path ROOT = Path.of("..");
    /** A -D argument with a value that does not start right after a double quote. */
    private static final Pattern UNQUOTED_D = Pattern.compile("(?<![\"\\w])-D[A-Za-z0-9_][A-Za-z0-9_.>-]*=");
    private static final Pattern BARE_MVNW_CMD = Pattern.compile("(?<!\\.\\\\)mvnw\\.cmd");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");

    @Test
    void everyReadmeCommandWorksAsWrittenInBashCmdAndPowerShell() throws IOException {
        List<String> problems = new ArrayList<>();
        int commands = 0;
        for (Path readme : readmes()) {
            boolean inBlock = false;
            String blockLanguage = "";
            int lineNumber = 0;
            for (String line : Files.readAllLines(readme)) {
                lineNumber++;
                String where = ROOT.relativize(readme) + ":" + lineNumber + ": ";
                if (line.strip().startsWith("```")) {
                    inBlock = !inBlock;
                    blockLanguage = inBlock ? line.strip().substring(3).trim() : "";
                    continue;
                }
                List<String> code = inBlock ? List.of(line) : inlineCode(line);
                for (String snippet : code) {
                    commands++;
                    check(snippet, inBlock && List.of("bat", "cmd", "powershell", "ps1").contains(blockLanguage),
                            where, problems);
                }
            }
        }
        assertThat(commands).isGreaterThan(500);
        assertThat(problems).as("README commands that fail in cmd or PowerShell as written").isEmpty();
    }

    private static final Pattern DATA_FILE = Pattern.compile("--data \"?@([^\\s\"]+)");

    private static void check(String code, boolean windowsBlock, String where, List<String> problems) {
        Matcher data = DATA_FILE.matcher(code);
        while (data.find()) {
            if (!Files.isRegularFile(ROOT.resolve(data.group(1)))) {
                problems.add(where + "no such request body file " + data.group(1) + ": " + code.strip());
            }
        }
        if (UNQUOTED_D.matcher(code).find()) {
            problems.add(where + "quote the whole -D argument (\"-Dname=value\"): " + code.strip());
        }
        if (BARE_MVNW_CMD.matcher(code).find()) {
            problems.add(where + "PowerShell runs mvnw.cmd only as .\\mvnw.cmd: " + code.strip());
        }
        boolean windows = windowsBlock || code.contains(".cmd");
        if (windows && code.contains("&&")) {
            problems.add(where + "Windows PowerShell 5.1 has no &&: one command per line: " + code.strip());
        }
        if (windowsBlock && (code.contains("./mvnw") || code.strip().startsWith("#"))) {
            problems.add(where + "bash in a Windows block: " + code.strip());
        }
    }

    private static List<String> inlineCode(String line) {
        List<String> spans = new ArrayList<>();
        Matcher m = INLINE_CODE.matcher(line);
        while (m.find()) {
            spans.add(m.group(1));
        }
        return spans;
    }

    static List<Path> readmes() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT, 3)) {
            return files.filter(p -> p.getFileName().toString().matches("README(\\.en)?\\.md"))
                    .filter(p -> !p.toString().contains("target") && !p.toString().contains("node_modules")).toList();
        }
    }
}
