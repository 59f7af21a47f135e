package com.example.tour;

/** A step's outcome: it cannot run here (no bash, no second cluster ...), it is skipped with this reason. */
public final class StepSkipped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StepSkipped(String reason) {
        super(reason);
    }
}
