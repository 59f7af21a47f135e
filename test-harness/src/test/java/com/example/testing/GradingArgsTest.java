package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import com.example.common.Exercises;
import com.example.common.Exercises.Exercise;
import com.example.testing.ExerciseReport.Target;

/** Issue #20: the grader's bad input is one line saying what to do; observations come out in the reader's words. */
class GradingArgsTest {

    @Test
    void anUnknownExerciseNamesTheExercisesThereAre() {
        assertThatThrownBy(() -> GradingArgs.parse(new String[] {"--lang", "en", "key-producr"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there is no exercise 'key-producr'. Exercises: key-producer, custom-partitioner, "
                        + "sync-callback, sync-commit, record-commit, rebalance-listener, safe-shutdown, "
                        + "kstream-join-ktable, processor-filter, file-source-task");
    }

    @Test
    void anExerciseOfAnotherModuleSaysWhereItIsAndHowToGradeIt() {
        assertThatThrownBy(() -> GradingArgs.parse(new String[] {"sync-commit", "--lang", "en"}))
                .hasMessage("exercise 'sync-commit' is in module chapter3-consumer: " + com.example.common.ReaderCommand
                        .forThisOs("./mvnw -q -pl chapter3-consumer test-compile exec:java@grade -Dexec.args=sync-commit"));
    }

    @Test
    void noExerciseHereSaysWhereThereAreSome() {
        assertThatThrownBy(() -> GradingArgs.parse(new String[] {"--lang", "en"}))
                .hasMessageStartingWith("this module has no exercises: run it in chapter3-producer");
    }

    @Test
    void aBadLanguageIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> GradingArgs.parse(new String[] {"--lang", "fr"}))
                .hasMessage("--lang must be ko (한국어) or en (English), got 'fr'");
        assertThatThrownBy(() -> GradingArgs.parse(new String[] {"--lang=fr"}))
                .hasMessage("--lang must be ko (한국어) or en (English), got 'fr'");
        assertThatThrownBy(() -> GradingArgs.parse(new String[] {"--lang"}))
                .hasMessage("--lang needs ko or en, e.g. --lang en");
    }

    @Test
    void noBrokerToGradeOnIsTheHarnessOneLineNotAFailedClaimWithAHint() {
        Exercise exercise = Exercises.byId("sync-commit").orElseThrow();
        ExerciseReport unreachable = new ExerciseReport(exercise, Target.STUDENT, List.of(ClaimResult.of("",
                Optional.of(new TestBrokerUnavailableException(new IllegalArgumentException("no broker at x:1"))))));
        ExerciseReport noDocker = new ExerciseReport(exercise, Target.STUDENT, List.of(ClaimResult.of("",
                Optional.of(new TestAbortedException("no Docker engine found")))));
        ExerciseReport studentsFault = new ExerciseReport(exercise, Target.STUDENT, List.of(ClaimResult.of("claim",
                Optional.of(new AssertionError("[nothing committed] ")))));

        assertThat(unreachable.brokerProblem()).contains("no broker at x:1");
        assertThat(noDocker.brokerProblem()).contains("no Docker engine found");
        assertThat(studentsFault.brokerProblem()).isEmpty();
        assertThat(studentsFault.passed()).isFalse();
    }

    @Test
    void anObservationIsTheClaimsDescriptionNotAssertjsEnglish() {
        Throwable described = failure(() ->
                assertThat(3).as("records were processed twice: [a, b]").isZero());
        assertThat(Observations.of(described)).isEqualTo("records were processed twice: [a, b]");

        Throwable timedOut = failure(() -> await().alias("nothing was committed")
                .pollDelay(Duration.ZERO).atMost(Duration.ofMillis(50)).until(() -> false));
        assertThat(Observations.of(timedOut)).isEqualTo("nothing was committed");

        assertThat(Observations.of(new UnsupportedOperationException("TODO\nmore")))
                .isEqualTo("it threw UnsupportedOperationException: TODO");
    }

    private static Throwable failure(Runnable failing) {
        try {
            failing.run();
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
        throw new IllegalStateException("did not fail");
    }
}
