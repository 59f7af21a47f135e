package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #31 item 11: {@code scripts/testcontainers-verify.sh} takes everything {@code scripts/kafka-image/build.sh}
 * prints on standard output as the image's name, so on a machine where the image is not built yet its progress
 * lines must go to standard error. The script runs here as on such a machine: no image and no base image, with
 * stand-ins for {@code docker}, {@code debootstrap} and the Maven wrapper (the real ones run in {@code .ci/run}).
 */
class KafkaImageScriptTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void onAFreshMachineTheImageScriptPrintsOnlyTheImageNameOnStandardOutput(@TempDir Path temp) throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "a Linux script");
        Path copy = temp.resolve("repo");
        copyTree(ROOT.resolve("scripts/kafka-image"), copy.resolve("scripts/kafka-image"));
        Files.copy(ROOT.resolve("pom.xml"), copy.resolve("pom.xml"));
        Path stubs = Files.createDirectories(temp.resolve("stubs"));
        script(copy.resolve("mvnw"), "exit 0");
        // docker: an engine that answers, has no image yet, and imports and builds whatever it is given
        script(stubs.resolve("docker"), "case \"$1\" in info) exit 0;; image) exit 1;; import) cat > /dev/null;; esac",
                "exit 0");
        script(stubs.resolve("debootstrap"), "mkdir -p \"$4\"; echo debootstrap-output");

        ProcessBuilder build = new ProcessBuilder("bash", copy.resolve("scripts/kafka-image/build.sh").toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        build.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        Process started = build.start();
        String err = new String(started.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        started.waitFor(60, TimeUnit.SECONDS);

        assertThat(started.exitValue()).as(err).isZero();
        assertThat(out).isEqualTo("kafka-book-java/kafka:" + kafkaVersion() + "\n");
        assertThat(err).contains("kafka-image: debootstrap bookworm + openjdk-17-jre-headless into");
    }

    private static String kafkaVersion() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        return pom.substring(pom.indexOf("<kafka.version>") + 15, pom.indexOf("</kafka.version>"));
    }

    /** An executable bash script made of {@code lines}, first on the PATH of the script under test. */
    private static void script(Path file, String... lines) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.filter(p -> !p.toString().contains("target")).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
