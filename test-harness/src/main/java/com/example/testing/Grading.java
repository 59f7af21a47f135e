package com.example.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.TestAbortedException;

import com.example.common.Exercises.Exercise;
import com.example.common.Examples;
import com.example.common.Messages;
import com.example.testing.ExerciseReport.ClaimResult;
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
        quietLogs();
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

    /** Grades each exercise; one test run, so one broker for all of them. */
    public static List<ExerciseReport> grade(List<Exercise> exercises, Target target) {
        Map<String, Exercise> byClass = new LinkedHashMap<>();
        exercises.forEach(e -> byClass.put(target == Target.STUDENT ? e.grader() : e.solutionTest(), e));
        ClaimCollector collector = new ClaimCollector(byClass.keySet());
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread");
        byClass.keySet().forEach(className -> request.selectors(selectClass(className)));
        LauncherFactory.create().execute(request.build(), collector);
        List<ExerciseReport> reports = new ArrayList<>();
        byClass.forEach((className, exercise) ->
                reports.add(new ExerciseReport(exercise, target, claimsOnly(exercise, collector.claimsOf(className)))));
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

    /** The student sees the grade, not the broker's log, nor the example's record-by-record lines. */
    private static void quietLogs() {
        System.setProperty("org.slf4j.simpleLogger.log.com.example", "off");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        System.setProperty("org.slf4j.simpleLogger.log.kafka", "error");
    }

    /** Collects, per test class, each claim's outcome; a class that could not run at all is one failed claim. */
    private static final class ClaimCollector implements TestExecutionListener {
        private final Map<String, List<ClaimResult>> claims = new LinkedHashMap<>();

        ClaimCollector(Iterable<String> classNames) {
            classNames.forEach(name -> claims.put(name, Collections.synchronizedList(new ArrayList<>())));
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            record(test, new TestAbortedException(reason));
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            boolean failedContainer = !test.isTest() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
            if (test.isTest() || failedContainer) {
                record(test, result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? null
                        : result.getThrowable().orElseGet(() -> new IllegalStateException(result.toString())));
            }
        }

        private void record(TestIdentifier test, Throwable failure) {
            Optional<TestSource> source = test.getSource();
            if (source.orElse(null) instanceof MethodSource method && claims.containsKey(method.getClassName())) {
                String name = test.getDisplayName(); // "claim(TestKafka)", or a parameterized case: "2 partitions"
                String variant = name.startsWith(method.getMethodName() + "(") ? "" : name;
                claims.get(method.getClassName()).add(new ClaimResult(method.getMethodName(), variant,
                        Optional.ofNullable(failure)));
            } else if (source.orElse(null) instanceof ClassSource type && claims.containsKey(type.getClassName())) {
                claims.get(type.getClassName()).add(new ClaimResult("", "", Optional.ofNullable(failure)));
            }
        }

        List<ClaimResult> claimsOf(String className) {
            return List.copyOf(claims.get(className));
        }
    }
}
