package com.example;

import com.example.common.Messages;

/** Positional arguments of the demonstrations: at most a few, no options; anything else is bad input. */
final class DemoArgs {

    private DemoArgs() {
    }

    /** {@code args[index]} or {@code defaultValue}; rejects options and extra arguments with {@code usage}. */
    static String get(String[] args, int index, String defaultValue, int max, String usage) {
        if (args.length > max) {
            throw Messages.badInput("args.too-many", usage);
        }
        for (String arg : args) {
            if (arg.startsWith("-") || arg.isBlank()) {
                throw Messages.badInput("args.unexpected", arg, usage);
            }
        }
        return index < args.length ? args[index] : defaultValue;
    }
}
