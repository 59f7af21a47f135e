package com.example.testing;

import java.util.List;
import java.util.Optional;

import org.opentest4j.TestAbortedException;

import com.example.common.Exercises.Exercise;

/** What a grade said of one exercise: against which class its claims ran, and each claim's outcome. */
public record ExerciseReport(Exercise exercise, Target target, List<ClaimResult> claims) {

    /** Every claim ran and held. */
    public boolean passed() {
        return !claims.isEmpty() && claims.stream().allMatch(ClaimResult::passed);
    }

    public long passedCount() {
        return claims.stream().filter(ClaimResult::passed).count();
    }

    /**
     * Why the claims could not run at all for want of a broker — a bad {@code -Dkafka.broker}, none answers at
     * {@code -Dbootstrap.servers}, no Docker for testcontainers — in the harness's one line; else empty.
     * That is no fault of the student's code, so a grade says only this.
     */
    public Optional<String> brokerProblem() {
        return claims.stream().filter(claim -> claim.claim().isEmpty()).flatMap(claim -> claim.failure().stream())
                .flatMap(failure -> brokerProblem(failure).stream()).findFirst();
    }

    private static Optional<String> brokerProblem(Throwable failure) {
        if (failure instanceof TestBrokerUnavailableException unavailable) {
            return Optional.of(unavailable.reason());
        }
        return failure instanceof TestAbortedException skipped ? Optional.of(skipped.getMessage()) : Optional.empty();
    }

    /** Which class the claims run against. */
    public enum Target {
        /** The student's class: the exercise's grader. */
        STUDENT,
        /** The book's listing: the listing's own test. */
        SOLUTION
    }
}
