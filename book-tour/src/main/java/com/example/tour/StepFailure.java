package com.example.tour;

/** A step's outcome: the book's promise was not observed, the step fails with this message. */
public final class StepFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StepFailure(String message) {
        super(message);
    }

    public StepFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
