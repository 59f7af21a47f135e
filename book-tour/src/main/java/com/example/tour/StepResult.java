package com.example.tour;

import java.time.Duration;
import java.util.List;

/** How one step ended. */
public record StepResult(int number, Step step, Status status, String message, List<String> observed,
                         Duration elapsed) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public StepResult {
        observed = List.copyOf(observed);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
