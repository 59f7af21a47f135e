package com.example;

/** Exercise {@code processor-filter}: the Processor API filter's claims on the student's processor. */
class FilterProcessorGrader extends FilterProcessorClaims {

    FilterProcessorGrader() {
        super(com.example.exercise.FilterProcessor::new);
    }
}
