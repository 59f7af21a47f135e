package com.example.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.example.common.LocalPorts;
import com.example.tour.StepResult.Status;

/**
 * How the tour's tests run it and what they check after every run. The claims themselves are proven by their
 * modules' verify; these tests prove the tour runs and narrates them. The whole tour is what .ci/run runs on JDK 25.
 */
final class TourRuns {

    /** Nothing to read: the tour never waits for Enter in these tests. */
    static final ByteArrayInputStream NO_INPUT = new ByteArrayInputStream(new byte[0]);

    private TourRuns() {
    }

    /** What one run reported and printed. */
    record Run(TourReport report, String output) {
    }

    static Run tour(TourOptions options) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        TourReport report = new BookTour(options, print(captured), NO_INPUT).runTour();
        return new Run(report, captured.toString(StandardCharsets.UTF_8));
    }

    /** Every selected step passed and printed what it observed; the exit status is 0; nothing is left running. */
    static void assertEveryStepDidWhatTheBookSays(Run run, List<String> sections) {
        TourReport report = run.report();
        assertThat(report.results()).hasSize(new BookTour(TourOptions.defaults().withSections(
                sections.toArray(String[]::new)), print(new ByteArrayOutputStream()), NO_INPUT).selectedSteps().size());
        for (StepResult result : report.results()) {
            String what = "[" + result.number() + "] " + result.step().section() + " " + result.step().heading();
            // nothing is skipped: chapter 2 runs Kafka's tool classes in the tour's JVM, no shell needed on any OS
            assertThat(result.status()).as(what + ": " + result.message()).isEqualTo(Status.PASSED);
            assertThat(result.claims()).as(what + " ran its claims").isNotEmpty()
                    .allSatisfy(claim -> assertThat(claim.passed()).as(claim.claim()).isTrue());
        }
        assertThat(report.exitCode()).isZero();
        assertThat(run.output()).contains("Summary", "Stopped everything the tour started",
                "Every step did what the book says").as("observations are formats: no printf escape shows")
                .doesNotContain("%%");
        assertEverythingStopped(report);
    }

    /**
     * The test JVM's own stdout: a chapter-2 tool run in-process swaps System.out to capture its output, and the
     * tour's lines must not go into that capture (they would come back as the tool's output).
     */
    private static final PrintStream CONSOLE = System.out;

    /** Everything to the test's output file (the tour as a reader sees it) and to {@code captured}. */
    static PrintStream print(ByteArrayOutputStream captured) {
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                captured.write(b);
                CONSOLE.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                captured.write(b, off, len);
                CONSOLE.write(b, off, len);
            }
        };
        return new PrintStream(both, true, StandardCharsets.UTF_8);
    }

    static void assertEverythingStopped(TourReport report) {
        assertThat(report.startedPorts()).as("the tour started a broker").isNotEmpty();
        for (int port : report.startedPorts()) {
            assertThat(LocalPorts.isFree(port)).as("port %d is free again", port).isTrue();
        }
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList())
                .as("no child process is left").isEmpty();
    }
}
