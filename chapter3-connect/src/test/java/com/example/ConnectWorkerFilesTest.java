package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The book's {@code /tmp/kafka.txt} and {@code /tmp/connect.offsets} on Windows are {@code C:\tmp\...}, a directory
 * that is usually missing: the standalone worker creates the directory a file setting names (and nothing else).
 */
class ConnectWorkerFilesTest {

    @Test
    void theDirectoryOfAFileSettingIsCreatedWhenMissingAndLeftAloneWhenThere(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("tmp");           // like C:\tmp on Windows
        Path kept = Files.createDirectories(dir.resolve("kept"));
        Path keptFile = Files.writeString(kept.resolve("other.txt"), "reader's file");

        ConnectWorker.createParentDirectories(missing.resolve("connect.offsets").toString());
        ConnectWorker.createParentDirectories(kept.resolve("kafka.txt").toString());
        ConnectWorker.createParentDirectories(null);
        ConnectWorker.createParentDirectories(" ");

        assertThat(missing).isDirectory().isEmptyDirectory();      // the directory only, no file in it
        assertThat(keptFile).hasContent("reader's file");
        assertThat(kept.resolve("kafka.txt")).doesNotExist();
    }
}
