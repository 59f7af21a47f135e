package com.example.tour;

import static com.example.tour.TourRuns.NO_INPUT;
import static com.example.tour.TourRuns.assertEverythingStopped;
import static com.example.tour.TourRuns.print;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import com.example.common.Messages;
import com.example.tour.StepResult.Status;

/**
 * The second half of the tour as CI runs it (3.4 to 3.7: the client APIs, Streams, Connect, MirrorMaker 2 with its
 * cluster B), in a test JVM of its own beside BookTourTest's first half. And a step that hangs: stopped at its
 * timeout with its child processes, the tour goes on (here, so that the two test JVMs take about as long: 33 s and
 * 38 s instead of 30 s and 46 s; book-tour's tests end the build's critical path).
 */
class BookTourSecondHalfTest {

    @BeforeAll
    static void quietLogs() {
        BookTour.configureLogging(false);
    }

    @Test
    void theSecondHalfRunsNonInteractivelyAndEveryStepDoesWhatTheBookSays() {
        TourRuns.Run run = TourRuns.tour(TourOptions.defaults().withSections(
                TourRuns.SECOND_HALF.toArray(String[]::new)));

        TourRuns.assertEveryStepDidWhatTheBookSays(run, TourRuns.SECOND_HALF);
        assertThat(run.output()).contains("] 3.4.1", "] 3.7.1")
                .contains("murmur2(key) % 3, as the default partitioner");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // its hanging process tree is a bash one
    void aStepThatHangsIsStoppedAtItsTimeoutWithItsChildProcessesAndTheTourGoesOn() {
        Step hanging = new Step("9.1", "멈춘 단계 — a script that never ends",
                lang -> "runs a process tree that would sleep for 5 minutes", "bash -c 'sleep 300 & sleep 300'",
                Step.Needs.BROKER, run -> run.ctx().run(List.of("bash", "-c", "sleep 300 & sleep 300; wait"),
                        run.ctx().tempDir(), java.util.Map.of(), Duration.ofMinutes(5), run::echo), "9.1.hanging");
        Step next = new Step("9.2", "다음 단계 — the tour goes on", lang -> "checks the broker", "-",
                Step.Needs.BROKER, run -> run.observe("ch2.broker.3"), "9.2.next");
        TourOptions options = new TourOptions(List.of(), false, true, false, false, Optional.empty(), 0,
                Duration.ofSeconds(2), false, Messages.Lang.EN);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();

        TourReport report = new BookTour(options, print(captured), NO_INPUT, List.of(hanging, next))
                .runTour();

        assertThat(report.results()).extracting(StepResult::status).containsExactly(Status.FAILED, Status.PASSED);
        assertThat(report.results().get(0).message()).contains("timed out after 2 s", "--step-timeout");
        assertThat(report.results().get(0).elapsed()).isLessThan(Duration.ofSeconds(30));
        assertThat(report.exitCode()).isEqualTo(1);
        assertEverythingStopped(report);
    }
}
