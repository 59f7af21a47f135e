package com.example.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #31 item 1: a command the project prints works as written in bash, cmd and PowerShell. */
class ReaderCommandTest {

    private static final String BASH = "./mvnw -q -pl chapter3-admin exec:java -Dexec.mainClass=com.example.KafkaAdminClient "
            + "-Dexec.args=\"test --non-default\"";

    @Test
    void everyDArgumentIsQuotedWholeAndWindowsGetsTheWrapperBothItsShellsRun() {
        assertThat(ReaderCommand.forOs(BASH, false)).isEqualTo("./mvnw -q -pl chapter3-admin exec:java "
                + "\"-Dexec.mainClass=com.example.KafkaAdminClient\" \"-Dexec.args=test --non-default\"");
        assertThat(ReaderCommand.forOs(BASH, true)).isEqualTo(".\\mvnw.cmd -q -pl chapter3-admin exec:java "
                + "\"-Dexec.mainClass=com.example.KafkaAdminClient\" \"-Dexec.args=test --non-default\"");
        assertThat(ReaderCommand.forOs("./mvnw -q install -DskipTests", true)).isEqualTo(".\\mvnw.cmd -q install -DskipTests");
        String quoted = "./mvnw exec:java \"-Dexec.args=2.2.1\"";
        assertThat(ReaderCommand.forOs(quoted, false)).as("already quoted").isEqualTo(quoted);
    }
}
