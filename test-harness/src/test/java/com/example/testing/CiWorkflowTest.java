package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * GitHub's CI, read (it cannot run here): the matrix covers the readers' machines — Linux, Windows, Apple-silicon
 * macOS × JDK 17, 21, 25 — running the README's test command, Windows through {@code mvnw.cmd}; Testcontainers
 * stays on Linux; every action is pinned and Maven's downloads are cached.
 */
class CiWorkflowTest {

    private static Map<String, Map<String, Object>> jobs;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("..", ".github", "workflows", "ci.yml"))) {
            Map<String, Object> workflow = new Yaml().load(reader);
            jobs = (Map<String, Map<String, Object>>) workflow.get("jobs");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void verifyRunsOnLinuxWindowsAndMacOsWithJdk17To25() {
        Map<String, Object> verify = jobs.get("verify");
        Map<String, Object> matrix = (Map<String, Object>) ((Map<String, Object>) verify.get("strategy")).get("matrix");
        assertThat((List<String>) matrix.get("os"))
                .containsExactlyInAnyOrder("ubuntu-latest", "windows-latest", "macos-latest");
        assertThat((List<String>) matrix.get("java")).containsExactly("17", "21", "25");
        assertThat(verify.get("runs-on")).isEqualTo("${{ matrix.os }}");
        assertThat(((Map<String, Object>) verify.get("strategy")).get("fail-fast")).isEqualTo(false);
        List<String> commands = runs(verify);
        assertThat(commands).contains(".\\mvnw.cmd -B -ntp verify", "./mvnw -B -ntp verify");
    }

    /**
     * Issue #31 item 8: the Windows job checks out where a reader's home is (a space, a ")" and Hangul), and runs
     * chapter 2's launchers from a clean state in cmd and in PowerShell, so they resolve their classpath themselves.
     */
    @Test
    @SuppressWarnings("unchecked")
    void windowsRunsTheLaunchersFromACleanStateUnderAReadersPath() {
        Map<String, Object> verify = jobs.get("verify");
        String path = (String) ((Map<String, Object>) ((Map<String, Object>) verify.get("defaults")).get("run"))
                .get("working-directory");
        assertThat(path).contains(" ", ")").containsPattern("[가-힣]");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) verify.get("steps");
        assertThat(steps).anySatisfy(step -> assertThat(step.get("with"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("path", path));
        List<String> launcherSteps = steps.stream().filter(step -> String.valueOf(step.get("name")).startsWith("launchers"))
                .map(step -> step.get("shell") + ": " + step.get("run")).toList();
        assertThat(launcherSteps).hasSize(2);
        assertThat(launcherSteps.get(0)).startsWith("cmd: ").contains("rmdir /s /q chapter2-cli-scripts\\target",
                "bin\\windows\\kafka-topics.cmd");
        assertThat(launcherSteps.get(1)).startsWith("powershell: ").contains("Remove-Item", "bin\\windows\\kafka-topics.cmd",
                ".\\mvnw.cmd", "\"-Dexec.args=--list\"");
    }

    @Test
    void ciRunAndTestcontainersStayOnLinux() {
        assertThat(jobs.get("ci-run").get("runs-on")).isEqualTo("ubuntu-latest");
        assertThat(runs(jobs.get("ci-run"))).containsExactly(".ci/run");
        assertThat(jobs.get("testcontainers").get("runs-on")).isEqualTo("ubuntu-latest");
        assertThat(runs(jobs.get("testcontainers"))).containsExactly("./mvnw -B -ntp verify -Dkafka.broker=testcontainers");
        // the default compose profile on the published images, where a registry is reachable (#31 item 14)
        assertThat(jobs.get("compose").get("runs-on")).isEqualTo("ubuntu-latest");
        assertThat(runs(jobs.get("compose"))).containsExactly("scripts/compose-verify.sh --published");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyActionIsPinnedAndMavenIsCachedAndEveryJobHasATimeout() {
        jobs.forEach((name, job) -> {
            assertThat(job).as(name).containsKey("timeout-minutes");
            List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
            steps.stream().filter(step -> step.containsKey("uses")).forEach(step ->
                    assertThat((String) step.get("uses")).as(name).matches("actions/[a-z-]+@v\\d+"));
            assertThat(steps).as(name + " caches Maven").anySatisfy(step -> assertThat(step.get("with"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("cache", "maven"));
        });
    }

    /** The browser-based dev environment runs the README's two commands (JSON is YAML, so the same parser reads it). */
    @Test
    void theDevContainerBuildsWithTheReadmesCommandAndNamesTheTour() throws IOException {
        Map<String, Object> devcontainer;
        try (Reader reader = Files.newBufferedReader(Path.of("..", ".devcontainer", "devcontainer.json"))) {
            devcontainer = new Yaml().load(reader);
        }
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat((String) devcontainer.get("image")).startsWith("mcr.microsoft.com/devcontainers/java:").contains("-17-");
        assertThat(readme).contains((String) devcontainer.get("postCreateCommand"), "./mvnw -q -pl book-tour exec:java");
        assertThat((String) devcontainer.get("postAttachCommand")).contains("./mvnw -q -pl book-tour exec:java");
    }

    @SuppressWarnings("unchecked")
    private static List<String> runs(Map<String, Object> job) {
        return ((List<Map<String, Object>>) job.get("steps")).stream().filter(step -> step.containsKey("run"))
                .map(step -> ((String) step.get("run")).trim()).toList();
    }
}
