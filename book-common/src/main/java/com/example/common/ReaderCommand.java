package com.example.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command as the reader types it on this machine. The project writes its commands once, in bash form
 * ({@code ./mvnw -q -pl m exec:java -Dexec.args="a b"}); printed for the reader, every {@code -Dname=value} is quoted
 * whole ({@code "-Dexec.args=a b"}: the same to bash, cmd and PowerShell, which splits an unquoted one at its first
 * dot), and on Windows the wrapper is {@code .\mvnw.cmd}, which cmd and PowerShell both run. The READMEs follow the
 * same rule (test-harness's ReadmeCommandsTest).
 */
public final class ReaderCommand {

    private static final Pattern D_ARGUMENT =
            Pattern.compile("(?<![\\w\"'])-D([A-Za-z0-9_][A-Za-z0-9_.>-]*)=(\"([^\"]*)\"|([^\\s\"]*))");

    private ReaderCommand() {
    }

    /** {@code bash} for the reader of this machine's OS. */
    public static String forThisOs(String bash) {
        return forOs(bash, System.getProperty("os.name", "").startsWith("Windows"));
    }

    /** {@code bash} with its {@code -D} arguments quoted whole and, for Windows, {@code .\mvnw.cmd}. */
    public static String forOs(String bash, boolean windows) {
        Matcher m = D_ARGUMENT.matcher(bash);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(3) != null ? m.group(3) : m.group(4);
            m.appendReplacement(out, Matcher.quoteReplacement("\"-D" + m.group(1) + "=" + value + "\""));
        }
        m.appendTail(out);
        String quoted = out.toString();
        return windows ? quoted.replaceAll("(^|\\s)\\./mvnw(?=\\s|$)", "$1.\\\\mvnw.cmd") : quoted;
    }
}
