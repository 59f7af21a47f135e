package com.example.testing;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import com.example.common.Exercises.Exercise;
import com.example.common.Examples;
import com.example.common.Messages;
import com.example.testing.ExerciseReport.Target;

/**
 * 연습 채점 — grades a student's exercise against a real broker: runs the exercise's grader (the listing's own
 * claim tests, bound to the student's class in {@code com.example.exercise}) and prints, in the reader's language,
 * which claims hold and, for each that does not, what the book says should happen, what was observed and a hint.
 *
 * <ol>
 *   <li>Edit the stub, e.g. {@code chapter3-consumer/src/main/java/com/example/exercise/ConsumerWithSyncCommit.java}
 *       (its {@code // TODO} lines).</li>
 *   <li>{@code ./mvnw -q -pl chapter3-consumer test-compile exec:java@grade -Dexec.args=sync-commit}
 *       ({@code mvnw.cmd} on Windows). Without an id: every exercise of the module. {@code --lang en}: English.
 *       {@code --solution}: the same claims on the book's listing (instructors).</li>
 *   <li>Exit code 0 when every claim holds, 1 when one does not (or the input was bad), 2 when there is no broker
 *       to grade on (one line saying which setting and what to do).</li>
 * </ol>
 *
 * <p>The grader starts its own broker (or uses the one {@code -Dkafka.broker} names, like the tests).
 */
public final class Grading {

    private Grading() {
    }

    public static void main(String[] args) {
        ClaimRunner.quietLogs(false); // the grade, not the broker's log nor the example's record-by-record lines
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status;
        try {
            GradingArgs parsed = GradingArgs.parse(args);
            System.setProperty(Messages.LANG_PROPERTY, parsed.lang().name().toLowerCase(java.util.Locale.ROOT));
            List<ExerciseReport> reports = grade(parsed.exercises(), parsed.target());
            Optional<String> noBroker = reports.stream().flatMap(r -> r.brokerProblem().stream()).findFirst();
            if (noBroker.isPresent()) {
                out.println(Messages.text("grade.no-broker", noBroker.get()));
                status = Examples.EXIT_NO_BROKER;
            } else {
                new GradePrinter(out).print(reports);
                status = reports.stream().allMatch(ExerciseReport::passed) ? 0 : 1;
            }
        } catch (IllegalArgumentException e) {
            out.println(Messages.text("error", e.getMessage()));
            status = 1;
        }
        System.exit(status);
    }

    /** Grades each exercise; one test run (the claim classes side by side), so one broker for all of them. */
    public static List<ExerciseReport> grade(List<Exercise> exercises, Target target) {
        Map<String, Exercise> byClass = new LinkedHashMap<>();
        exercises.forEach(e -> byClass.put(target == Target.STUDENT ? e.grader() : e.solutionTest(), e));
        List<ClaimResult> results = ClaimRunner.run(byClass.keySet().stream().map(ClaimRunner.Selection::of).toList(),
                ClaimRunner.Order.PARALLEL, Observations.Narrator.SILENT, result -> { });
        List<ExerciseReport> reports = new ArrayList<>();
        byClass.forEach((className, exercise) -> reports.add(new ExerciseReport(exercise, target,
                claimsOnly(exercise, results.stream().filter(r -> r.className().equals(className)).toList()))));
        return reports;
    }

    /** The listing's test may have more tests than the claims: a grade shows the claims. */
    private static List<ClaimResult> claimsOnly(Exercise exercise, List<ClaimResult> results) {
        try {
            Class<?> claims = Class.forName(exercise.grader()).getSuperclass();
            return results.stream().filter(result -> result.claim().isEmpty() || Arrays.stream(
                    claims.getDeclaredMethods()).anyMatch(m -> m.getName().equals(result.claim()))).toList();
        } catch (ClassNotFoundException e) {
            return results;
        }
    }
}
