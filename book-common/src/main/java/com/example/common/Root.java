package com.example.common;

/** The root cause of an exception — what a one-line message names, since the outer ones only wrap it. */
public final class Root {

    private Root() {
    }

    /** The innermost cause of {@code e} ({@code e} itself when it has none). */
    public static Throwable of(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** {@code Class: message} of the root cause, e.g. {@code SaslAuthenticationException: Authentication failed}. */
    public static String message(Throwable e) {
        Throwable root = of(e);
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
