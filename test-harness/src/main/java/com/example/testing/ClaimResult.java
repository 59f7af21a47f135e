package com.example.testing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.opentest4j.TestAbortedException;

import com.example.common.Messages;
import com.example.common.Messages.Lang;

/**
 * One claim's outcome, as {@link ClaimRunner} saw it run.
 *
 * @param className the claim class it ran in, e.g. {@code com.example.KeyProducerTest}
 * @param claim     the claim test's method name; empty when the class could not run at all (e.g. no broker)
 * @param variant   which case of a parameterized claim ({@code "2 partitions"}), else empty
 * @param failure   why it did not hold (a {@link TestAbortedException}: skipped, with the reason)
 * @param seen      what it observed, in order ({@link Observations#observed})
 * @param elapsed   how long it ran
 */
public record ClaimResult(String className, String claim, String variant, Optional<Throwable> failure,
                          List<String> seen, Duration elapsed) {

    public ClaimResult {
        seen = List.copyOf(seen);
    }

    /** A claim's outcome without observations or time, e.g. for a test of a printer. */
    public static ClaimResult of(String claim, Optional<Throwable> failure) {
        return new ClaimResult("", claim, "", failure, List.of(), Duration.ZERO);
    }

    public boolean passed() {
        return failure.isEmpty();
    }

    /** It did not run: the harness or an assumption skipped it (e.g. no Docker, no second cluster). */
    public boolean skipped() {
        return failure.orElse(null) instanceof TestAbortedException;
    }

    /**
     * The claim in one sentence, in {@code lang}: the message {@code claim.<method>} — one per claim, shared by the
     * tour and the grader — and the case of a parameterized claim.
     */
    public String sentence(Lang lang) {
        String text = claim.isEmpty() ? Messages.text(lang, "grade.claim.could-not-run")
                : Messages.text(lang, "claim." + claim);
        return variant.isEmpty() ? text : text + " (" + variant + ")";
    }

    /** Why it did not hold, in one line: the claim's observation, else the exception. */
    public Optional<String> why() {
        return failure.map(Observations::of);
    }
}
