package com.example.testing;

import java.util.Objects;

import com.example.common.Messages;

/**
 * What a claim test observed, in the reader's language. A claim says what it saw with
 * {@link #observed(String, Object...)} as its AssertJ description ({@code .as(...)}) or Awaitility alias, and may
 * pass on the example's own output with {@link #output(String)}. Under Surefire both are silent; the tour and the
 * grader ({@link ClaimRunner}) print them; a failed claim's grade shows its description instead of AssertJ's English.
 */
public final class Observations {

    /** Who hears the observations while a {@link ClaimRunner} runs claims; nobody under Surefire. */
    public interface Narrator {
        /** One observation of the running claim ("what you should see"). */
        void seen(String line);

        /** One line of the example's own output (a tool's, a child JVM's). */
        void output(String line);

        /** Hears nothing. */
        Narrator SILENT = new Narrator() {
            @Override
            public void seen(String line) {
            }

            @Override
            public void output(String line) {
            }
        };
    }

    /** Per runner: the tour runs several steps' claims at once, each heard by its own narrator. */
    private static final InheritableThreadLocal<Narrator> NARRATOR = new InheritableThreadLocal<>() {
        @Override
        protected Narrator initialValue() {
            return Narrator.SILENT;
        }
    };

    private Observations() {
    }

    /** The message {@code observed.<key>} in the reader's language: a claim's description of what it saw. */
    public static String observed(String key, Object... args) {
        String line = Messages.text("observed." + key, args);
        NARRATOR.get().seen(line);
        return line;
    }

    /**
     * The message {@code observed.<key>}: what a claim's failure would mean ("a key was stored in more than one
     * partition"), its description for the grade; not narrated, since while the claim holds it is not what was seen.
     */
    public static String failing(String key, Object... args) {
        return Messages.text("observed." + key, args);
    }

    /** A line of the example's own output: printed by the tour, silent in a test run. */
    public static void output(String line) {
        NARRATOR.get().output(line);
    }

    /**
     * Sends the observations made on this thread (and the threads it starts) to {@code listener} until the returned
     * handle is closed.
     */
    static AutoCloseable narrateTo(Narrator listener) {
        NARRATOR.set(Objects.requireNonNull(listener));
        return NARRATOR::remove;
    }

    /** The observation a failed claim carries: its description, else the exception in one line. */
    static String of(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).strip();
        String firstLine = message.lines().findFirst().orElse("").strip();
        if (failure instanceof AssertionError && firstLine.startsWith("[") && firstLine.endsWith("]")) {
            return firstLine.substring(1, firstLine.length() - 1); // AssertJ: "[description] " + newline + detail
        }
        int alias = message.indexOf("alias '");
        if (alias >= 0 && message.indexOf('\'', alias + 7) > 0) {
            return message.substring(alias + 7, message.indexOf('\'', alias + 7));
        }
        return failure instanceof AssertionError ? firstLine
                : Messages.text("grade.exception", failure.getClass().getSimpleName(), firstLine);
    }
}
