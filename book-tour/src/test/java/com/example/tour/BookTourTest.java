package com.example.tour;

import static com.example.tour.TourRuns.NO_INPUT;
import static com.example.tour.TourRuns.assertEverythingStopped;
import static com.example.tour.TourRuns.print;
import static com.example.tour.TourRuns.tour;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.tour.StepResult.Status;
import com.example.tour.TourRuns.Run;

/**
 * The tour as CI runs it: non-interactive, on its own local broker(s), every step checked — its first half here,
 * the second in BookTourSecondHalfTest (a test JVM each, see TourRuns). And the tour's promise
 * when something goes wrong: the failed step says why, the exit status is non-zero, and nothing it started is left
 * running (broker ports free again, no child process); a hanging step: BookTourSecondHalfTest.
 */
class BookTourTest {

    @BeforeAll
    static void quietLogs() {
        BookTour.configureLogging(false);
    }

    @Test
    void theFirstHalfRunsNonInteractivelyAndEveryStepDoesWhatTheBookSays() {
        Run run = tour(TourOptions.defaults().withSections(TourRuns.FIRST_HALF.toArray(String[]::new)));

        TourRuns.assertEveryStepDidWhatTheBookSays(run, TourRuns.FIRST_HALF);
        assertThat(run.output()).contains("] 2.1.4", "] 2.2.6", "] 3.1", "] 3.3");
    }

    @Test
    void aStepAfterTheBrokerStoppedFailsWithAClearMessageTheExitStatusIsNonZeroAndNothingIsLeftRunning() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        BookTour tour = new BookTour(TourOptions.defaults().withSections("3.3", "2.2.5"), print(captured), NO_INPUT)
                .beforeEachStep((step, ctx) -> {
                    if (step.section().equals("3.3")) {
                        ctx.localBroker().orElseThrow().stop(); // the broker dies between two steps
                    }
                });

        TourReport report = tour.runTour();

        assertThat(report.results()).extracting(StepResult::status).containsExactly(Status.PASSED, Status.FAILED);
        StepResult failed = report.results().get(1);
        assertThat(failed.message()).contains("the broker stopped answering before this step",
                "No Kafka broker answered at localhost:");
        assertThat(report.exitCode()).isEqualTo(1);
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("FAILED after", "1 step(s) FAILED", "exit status 1");
        assertEverythingStopped(report);
    }

    @Test
    void unknownSectionsAndOptionsAreRefusedWithTheUsage() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        TourReport report = new BookTour(TourOptions.defaults().withSections("4.1"), print(captured),
                NO_INPUT).runTour();

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.startedPorts()).isEmpty();
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("no step matches --section 4.1", "3.4.2");
    }
}
