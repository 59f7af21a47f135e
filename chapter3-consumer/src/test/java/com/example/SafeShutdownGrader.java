package com.example;

/** Exercise {@code safe-shutdown}: the claims of {@link ConsumerWithSafeShutdown} on the student's class. */
class SafeShutdownGrader extends SafeShutdownClaims {

    SafeShutdownGrader() {
        super(com.example.exercise.ConsumerWithSafeShutdown::run);
    }
}
