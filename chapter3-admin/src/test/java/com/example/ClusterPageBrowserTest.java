package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.example.common.Messages;
import com.example.common.StopSignal;
import com.example.common.view.ClusterPage;
import com.example.local.LocalKafkaCluster;
import com.example.testing.KafkaTest;
import com.example.testing.RunningExample;
import com.example.testing.TestKafka;

/**
 * The cluster page ({@code local-kafka --view}) in a real browser — headless Chromium driven by Selenium — while the
 * three-broker cluster loses a broker and gets it back and a consumer group rebalances: the page's DOM shows what
 * the book's 3.1 picture shows (the leader moved, the ISR shrank and grew back, the assignment changed), with a
 * screenshot of each state under {@code target/surefire-reports/cluster-page/}. Skipped in one line where no
 * Chromium and ChromeDriver are installed; {@code BROWSER_TESTS_REQUIRED=true} (.ci/run) makes that a failure.
 */
@KafkaTest(brokers = 3)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterPageBrowserTest {

    /** From a stop to the cluster's new state in the picture, whatever the cluster itself takes. */
    private static final Duration SHOWN = Duration.ofSeconds(30);
    /**
     * The page looks every 250 ms, a look takes a few hundred more while a broker is stopping, then the event and the
     * drawing: about a second here alone, more while six modules' tests share two cores.
     */
    private static final long PAGE_BEHIND_MS = 3_000;
    private static final Path SHOTS = Path.of("target", "surefire-reports", "cluster-page");

    private ChromeDriver browser;
    private ClusterPage page;

    @BeforeAll
    void openThePage(TestKafka kafka) throws IOException {
        browser = new ChromeDriver(driverService(), options());
        page = ClusterPage.start(kafka.settings(), 0, Messages.Lang.EN);
        browser.get(page.address());
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (page != null) {
            page.close();
        }
    }

    @Test
    void aStoppedLeadersBrokerMovesTheLeaderShrinksTheIsrAndItsReturnGrowsItBack(TestKafka kafka) throws Exception {
        LocalKafkaCluster cluster = kafka.cluster().orElseThrow();
        String topic = kafka.createTopic("picture", 1, 3, Map.of());
        kafka.sendValues(topic, List.of("a", "b", "c"));
        await("the partition's row").atMost(SHOWN).ignoreExceptions()
                .until(() -> row(topic, "data-isr").split(",").length == 3);
        int leader = Integer.parseInt(row(topic, "data-leader"));
        assertThat(role(topic, leader)).isEqualTo("leader");
        shot("1-three-in-sync");

        long stopping = System.nanoTime();
        // when the cluster itself has the new leader, as the Admin API tells it, to time the page against
        CompletableFuture<Long> clusterMoved = CompletableFuture.supplyAsync(() -> await().atMost(SHOWN)
                .pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                .until(() -> kafka.replicas(topic, 0).leader() != leader ? System.nanoTime() : null, t -> t != null));
        cluster.stopNode(leader);
        long stopped = System.nanoTime();
        await("a new leader from the ISR").atMost(SHOWN).ignoreExceptions()
                .until(() -> !row(topic, "data-leader").equals(String.valueOf(leader)));
        long shownLeader = System.nanoTime();
        int newLeader = Integer.parseInt(row(topic, "data-leader"));
        assertThat(newLeader).isNotEqualTo(leader).isPositive();
        assertThat(role(topic, newLeader)).isEqualTo("leader");
        await("the ISR without " + leader).atMost(SHOWN).ignoreExceptions()
                .until(() -> !List.of(row(topic, "data-isr").split(",")).contains(String.valueOf(leader)));
        assertThat(role(topic, leader)).isEqualTo("out-of-isr");
        await("broker " + leader + " drawn as down").atMost(SHOWN).ignoreExceptions()
                .until(() -> "down".equals(state(leader)));
        long pageBehind = (shownLeader - clusterMoved.get()) / 1_000_000;
        System.out.printf("broker %d stopped in %d ms; the cluster had the new leader %d after %d ms, the page drew it"
                + " %d ms after that; the broker was drawn as down %d ms after the stop%n", leader,
                (stopped - stopping) / 1_000_000, newLeader, (clusterMoved.get() - stopping) / 1_000_000, pageBehind,
                (System.nanoTime() - stopping) / 1_000_000);
        assertThat(pageBehind).as("ms from the cluster's new leader to the picture").isLessThan(PAGE_BEHIND_MS);
        shot("2-leader-failover");

        cluster.startNode(leader);
        await("broker " + leader + " back in the ISR").atMost(SHOWN).ignoreExceptions()
                .until(() -> row(topic, "data-isr").split(",").length == 3);
        assertThat(state(leader)).isEqualTo("up");
        assertThat(role(topic, leader)).isIn("leader", "follower");
        assertThat(events()).contains("broker down: " + leader)
                .contains("new leader of " + topic + "-0");
        shot("3-isr-grown-back");
    }

    @Test
    void aSecondMemberJoiningIsDrawnAsARebalanceThatSplitsThePartitions(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("picture-group", 2);
        String group = TestKafka.unique("picture-group");
        try (RunningExample first = member(kafka, topic, group, "member-1")) {
            await("member-1 with both partitions").atMost(SHOWN).ignoreExceptions()
                    .until(() -> assignment(group, "member-1").split(",").length == 2);
            shot("4-one-member");
            try (RunningExample second = member(kafka, topic, group, "member-2")) {
                await("one partition each after the rebalance").atMost(SHOWN).ignoreExceptions()
                        .until(() -> assignment(group, "member-1").split(",").length == 1
                                && assignment(group, "member-2").split(",").length == 1);
                assertThat(Stream.of(assignment(group, "member-1"), assignment(group, "member-2")))
                        .containsExactlyInAnyOrder(topic + "-0", topic + "-1");
                assertThat(events()).contains("rebalance of " + group);
                shot("5-rebalanced");
            }
        }
    }

    private RunningExample member(TestKafka kafka, String topic, String group, String client) {
        return RunningExample.start(client, stop -> consume(kafka, topic, group, client, stop));
    }

    private static void consume(TestKafka kafka, String topic, String group, String client, StopSignal stop) {
        var props = kafka.settings().consumer(group);
        props.put("client.id", client);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            stop.onStop(consumer::wakeup);
            consumer.subscribe(List.of(topic));
            while (!stop.isStopped()) {
                consumer.poll(Duration.ofMillis(200));
            }
        } catch (org.apache.kafka.common.errors.WakeupException stopped) {
            // the stop signal
        }
    }

    // Every read of the page is one script: atomic against the page drawing a new picture meanwhile (a Selenium
    // element found before a redraw would be stale).

    private String row(String topic, String attribute) {
        return read("#partitions tr[data-topic='" + topic + "'][data-partition='0']", attribute);
    }

    private String state(int broker) {
        return read("#brokers .node[data-broker='" + broker + "']", "data-state");
    }

    private String role(String topic, int broker) {
        return read(".replica[data-topic='" + topic + "'][data-broker='" + broker + "']", "data-role");
    }

    private String assignment(String group, String member) {
        return read(".group[data-group='" + group + "'] .member[data-member='" + member + "']", "data-assignment");
    }

    private String events() {
        return String.valueOf(browser.executeScript("return document.getElementById('events').innerText"));
    }

    /** The attribute of the element {@code css} selects; fails (for Awaitility to retry) when there is none yet. */
    private String read(String css, String attribute) {
        Object value = browser.executeScript("const e = document.querySelector(arguments[0]);"
                + " return e === null ? null : e.getAttribute(arguments[1]);", css, attribute);
        if (value == null) {
            throw new IllegalStateException("not drawn yet: " + css);
        }
        return value.toString();
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Debian's {@code chromium} (or {@code CHROME_BIN}, e.g. GitHub's Chrome), headless, touching no network. */
    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(find("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/google-chrome"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,2000", "--lang=en");
        return options;
    }

    private static ChromeDriverService driverService() {
        return new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(find("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
    }

    /** The first of the environment variable's path and the usual places that exists; else a skip (or a failure). */
    private static String find(String variable, String... places) {
        Optional<String> found = Stream.concat(Stream.ofNullable(System.getenv(variable)), Stream.of(places))
                .filter(path -> Files.isExecutable(Path.of(path))).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        String why = "no browser here: " + variable + " unset and none of " + List.of(places)
                + " exists (Debian: apt-get install chromium chromium-driver)";
        if ("true".equals(System.getenv("BROWSER_TESTS_REQUIRED"))) {
            throw new IllegalStateException(why);
        }
        throw new TestAbortedException(why);
    }
}
