package com.example.tour;

import static com.example.tour.TourRuns.NO_INPUT;
import static com.example.tour.TourRuns.assertEverythingStopped;
import static com.example.tour.TourRuns.print;
import static com.example.tour.TourRuns.tour;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.tour.StepResult.Status;
import com.example.tour.TourRuns.Run;

/**
 * The tour runs the chapters' claims on its broker and narrates them (two sections here: every claim is proven in
 * its own module's verify, and the whole tour runs in .ci/run). And the tour's promise when something goes wrong:
 * the failed step says why, the exit status is non-zero, and nothing it started is left running.
 */
class BookTourTest {

    @BeforeAll
    static void quietLogs() {
        com.example.testing.ClaimRunner.quietLogs(false);
    }

    @Test
    void aSectionOfEachChapterRunsItsClaimsAndSaysWhatEachObserved() {
        List<String> sections = List.of("2.2.1", "3.4.1");
        Run run = tour(TourOptions.defaults().withSections(sections.toArray(String[]::new)));

        TourRuns.assertEveryStepDidWhatTheBookSays(run, sections);
        assertThat(run.output()).contains("] 2.2.1", "] 3.4.1", "     | Created topic hello.kafka",
                "[pass] records with the same key always land in the same partition",
                "seen partitions per key: {");
    }

    @Test
    void aStepAfterTheBrokerStoppedFailsWithAClearMessageTheExitStatusIsNonZeroAndNothingIsLeftRunning() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        AtomicInteger steps = new AtomicInteger();
        BookTour tour = new BookTour(TourOptions.defaults().withSections("3.2", "3.3"), print(captured), NO_INPUT)
                .beforeEachStep(kafka -> {
                    if (steps.incrementAndGet() == 2) {
                        kafka.localBroker().orElseThrow().stop(); // the broker dies between two steps
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
