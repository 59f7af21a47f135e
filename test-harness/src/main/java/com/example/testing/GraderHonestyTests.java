package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import com.example.common.Exercises;
import com.example.common.Exercises.Exercise;
import com.example.common.Messages;
import com.example.common.Messages.Lang;
import com.example.testing.ExerciseReport.Target;

/**
 * A grader must be honest both ways, proven on every {@code verify}; a chapter module's {@code ExercisesTest}
 * extends this with its name:
 *
 * <ul>
 *   <li>it fails the untouched stub: every grader of the module runs against its stub (in one run, side by side,
 *       on the test JVM's broker) and at least one claim must not hold — for what the claim says, not because
 *       the grader itself broke;</li>
 *   <li>it passes the solution: the grader and the listing's own test are the same claims class, bound to the
 *       stub and to the listing; the listing's test runs in the same {@code verify}.</li>
 * </ul>
 *
 * A stub a student has solved (no {@code TODO} left) is not checked: its test is skipped, saying so. The class is a
 * {@link KafkaTest} so the graders it runs borrow the test JVM's broker (and are skipped with it when there is none).
 */
@KafkaTest
public abstract class GraderHonestyTests {

    private final String module;

    protected GraderHonestyTests(String module) {
        this.module = module;
    }

    @Test
    void everyGraderFailsItsUntouchedStub() throws IOException {
        List<Exercise> untouched = Exercises.ofModule(module).stream().filter(this::untouched).toList();
        assumeThat(untouched).as("every stub of %s was solved (no TODO left)", module).isNotEmpty();

        List<ExerciseReport> reports = Grading.grade(untouched, Target.STUDENT);

        assertThat(reports).allSatisfy(report -> {
            assertThat(report.claims()).as("%s: claims run", report.exercise().id()).isNotEmpty();
            assertThat(report.passed()).as("%s: the grader passed the untouched stub", report.exercise().id())
                    .isFalse();
            assertThat(report.claims()).as("%s: every claim ran (none skipped, none without its class)",
                    report.exercise().id()).allSatisfy(claim -> assertThat(claim.claim()).isNotEmpty());
        });
    }

    @Test
    void everyGraderIsTheListingsOwnClaimsBoundToTheStub() throws Exception {
        assertThat(Exercises.ofModule(module)).isNotEmpty().allSatisfy(exercise -> {
            Class<?> grader = Class.forName(exercise.grader());
            Class<?> solution = Class.forName(exercise.solutionTest());
            Class<?> claims = grader.getSuperclass();
            assertThat(claims.getSimpleName()).as(exercise.id()).endsWith("Claims");
            assertThat(solution).as(exercise.id() + ": the listing's test runs the same claims").isAssignableTo(claims);
            assertThat(Class.forName(exercise.stub())).as(exercise.id()).isNotNull();
            assertThat(stubSource(exercise)).as(exercise.id() + ": the stub's file").exists();
        });
    }

    @Test
    void everyClaimSaysWhatItChecksInBothLanguages() throws Exception {
        for (Exercise exercise : Exercises.ofModule(module)) {
            Class<?> claims = Class.forName(exercise.grader()).getSuperclass();
            List<String> keys = new ArrayList<>(List.of("exercise." + exercise.id() + ".title",
                    "exercise." + exercise.id() + ".hint"));
            Arrays.stream(claims.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class))
                    .forEach(m -> keys.add("claim." + m.getName()));
            for (Lang lang : Lang.values()) {
                assertThat(keys).allSatisfy(key -> assertThat(Messages.text(lang, key)).isNotBlank());
            }
        }
    }

    private boolean untouched(Exercise exercise) {
        try {
            return Files.readString(stubSource(exercise), StandardCharsets.UTF_8).contains("TODO");
        } catch (IOException e) {
            return true; // no source here (an installed jar): grade the compiled stub
        }
    }

    /** The stub's source file; tests run in the module's directory. */
    private static Path stubSource(Exercise exercise) {
        return Path.of("src", "main", "java").resolve(exercise.stub().replace('.', '/') + ".java");
    }
}
