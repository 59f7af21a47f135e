package com.example.testing;

import com.example.common.Messages;

/**
 * What a claim test observed, in the reader's language. A claim says what it saw with
 * {@link #observed(String, Object...)} as its AssertJ description ({@code .as(...)}) or Awaitility alias; a grade
 * prints that text instead of AssertJ's English.
 */
public final class Observations {

    private Observations() {
    }

    /** The message {@code observed.<key>} in the reader's language: a claim's description of what it saw. */
    public static String observed(String key, Object... args) {
        return Messages.text("observed." + key, args);
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
