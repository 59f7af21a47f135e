package com.example.tour;

import java.time.Duration;
import java.util.List;

import com.example.common.Messages.Lang;
import com.example.testing.ClaimResult;

/** How one step ended, and its claims' outcomes. */
public record StepResult(int number, Step step, Status status, String message, List<ClaimResult> claims,
                         Duration elapsed) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public StepResult {
        claims = List.copyOf(claims);
    }

    /** Failed when a claim failed (its sentence and why), skipped when every claim was skipped, else passed. */
    static StepResult of(int number, Step step, List<ClaimResult> claims, Lang lang, Duration elapsed) {
        List<ClaimResult> failed = claims.stream().filter(c -> !c.passed() && !c.skipped()).toList();
        if (!failed.isEmpty()) {
            ClaimResult first = failed.get(0);
            return new StepResult(number, step, Status.FAILED, first.sentence(lang) + ": " + first.why().orElse(""),
                    claims, elapsed);
        }
        if (claims.isEmpty() || claims.stream().allMatch(ClaimResult::skipped)) {
            String why = claims.isEmpty() ? "" : claims.get(0).failure().map(Throwable::getMessage).orElse("");
            return new StepResult(number, step, Status.SKIPPED, why, claims, elapsed);
        }
        return new StepResult(number, step, Status.PASSED, "", claims, elapsed);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
