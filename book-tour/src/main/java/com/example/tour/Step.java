package com.example.tour;

import java.util.Optional;

import com.example.common.Exercises;
import com.example.common.Exercises.Exercise;
import com.example.common.Messages;
import com.example.common.Messages.Lang;
import com.example.testing.ClaimRunner.Selection;

/**
 * One stop of the tour: a book section ({@code --section} selects it), its Korean heading, its id in the section
 * ({@code tour.<section>.<id>} says what it does), the command a reader types, what it needs besides the tour's
 * broker, and the claims — a chapter module's test class and methods — that show what the book says happens.
 */
public record Step(String section, String heading, String id, String command, Needs needs, Selection claims) {

    /** What a step needs to run at all; when missing, the step is skipped with the reason. */
    public enum Needs {
        /** The tour's broker (every step). */
        BROKER,
        /** Two clusters of its own (MirrorMaker 2's claims start A and B). */
        TWO_CLUSTERS,
        /** A cluster of three brokers the claims stop and start (3.1's failures): never an external one. */
        CLUSTER
    }

    /**
     * The steps that must run one after the other, whatever else runs beside them: chapter 2's (its sections build
     * on each other, and its tools run in-process), and those that start clusters of their own — the three-broker
     * cluster whose brokers 3.1 stops, then MirrorMaker's A and B (never both at once on 2 cores). Empty: a step
     * that shares nothing but the broker.
     */
    public Optional<String> lane() {
        if (section.startsWith("2.")) {
            return Optional.of("chapter 2");
        }
        return needs == Needs.BROKER ? Optional.empty() : Optional.of("own clusters");
    }

    /** What the step does and what the book promises, in {@code lang}. */
    public String about(Lang lang) {
        return Messages.text(lang, "tour." + section + "." + id);
    }

    /** The exercise that has the student write this step's listing (shown with {@code --pause}), if any. */
    public Optional<Exercise> exercise() {
        return Exercises.forTourStep(section + "." + id);
    }
}
