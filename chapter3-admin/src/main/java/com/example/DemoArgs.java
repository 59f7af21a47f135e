package com.example;

/** Positional arguments of the demonstrations: at most a few, no options; anything else is bad input. */
final class DemoArgs {

    private DemoArgs() {
    }

    /** {@code args[index]} or {@code defaultValue}; rejects options and extra arguments with {@code usage}. */
    static String get(String[] args, int index, String defaultValue, int max, String usage) {
        if (args.length > max) {
            throw new IllegalArgumentException("too many arguments. " + usage);
        }
        for (String arg : args) {
            if (arg.startsWith("-") || arg.isBlank()) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'. " + usage);
            }
        }
        return index < args.length ? args[index] : defaultValue;
    }
}
