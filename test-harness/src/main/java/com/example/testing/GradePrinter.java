package com.example.testing;

import java.io.PrintStream;
import java.util.List;

import com.example.common.Exercises.Exercise;
import com.example.common.Messages;
import com.example.testing.ExerciseReport.Target;

/**
 * Prints a grade in the reader's language: per exercise, each claim held or not; for one that did not, what was
 * observed; then the exercise's hint. Texts: {@code grade.*} and {@code exercise.<id>.*} messages.
 */
final class GradePrinter {

    private final PrintStream out;

    GradePrinter(PrintStream out) {
        this.out = out;
    }

    void print(List<ExerciseReport> reports) {
        reports.forEach(this::print);
        long passed = reports.stream().filter(ExerciseReport::passed).count();
        out.println(Messages.text("grade.total", passed, reports.size()));
    }

    private void print(ExerciseReport report) {
        Exercise exercise = report.exercise();
        out.println();
        out.println(Messages.text("grade.title", exercise.id(), exercise.title(), exercise.section(),
                exercise.minutes()));
        out.println(report.target() == Target.STUDENT
                ? Messages.text("grade.student-code", exercise.module() + "/src/main/java/"
                        + exercise.stub().replace('.', '/') + ".java")
                : Messages.text("grade.solution-code", exercise.stub().replace(".exercise.", ".")));
        for (ClaimResult claim : report.claims()) {
            String text = claim.sentence(Messages.current());
            out.println(Messages.text(claim.passed() ? "grade.passed" : "grade.failed", text));
            claim.seen().forEach(line -> out.println(Messages.text("grade.observed", line)));
            claim.why().filter(why -> !claim.seen().contains(why))
                    .ifPresent(why -> out.println(Messages.text("grade.observed", why)));
        }
        if (!report.passed()) {
            out.println(Messages.text("grade.hint", Messages.text("exercise." + exercise.id() + ".hint")));
        }
        out.println(Messages.text("grade.result", report.passedCount(), report.claims().size()));
    }
}
