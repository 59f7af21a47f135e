package com.example;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.example.common.Messages;

/**
 * The command line every consumer example understands: {@code [topic] [group-or-partition] [key=value ...]}.
 */
public record ConsumerArgs(List<String> positional, Map<String, String> configs) {

    public ConsumerArgs {
        positional = List.copyOf(positional);
        configs = Collections.unmodifiableMap(new LinkedHashMap<>(configs));
    }

    /** Splits {@code args} into positional words and {@code key=value} consumer configs. */
    public static ConsumerArgs parse(String[] args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> configs = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq == 0) {
                throw Messages.badInput("args.no-config-name", arg);
            } else if (eq > 0) {
                configs.put(arg.substring(0, eq).trim(), arg.substring(eq + 1).trim());
            } else {
                positional.add(arg);
            }
        }
        return new ConsumerArgs(positional, configs);
    }

    /** The {@code index}-th positional argument, or {@code defaultValue}. */
    public String positional(int index, String defaultValue) {
        return index < positional.size() ? requireName("argument " + (index + 1), positional.get(index))
                : defaultValue;
    }

    /** The topic (first positional argument). */
    public String topic(String defaultTopic) {
        return positional(0, defaultTopic);
    }

    /** The group id (second positional argument). */
    public String group(String defaultGroup) {
        return positional(1, defaultGroup);
    }

    /** The partition number (second positional argument of {@link ConsumerWithExactPartition}). */
    public int partition(int defaultPartition) {
        String value = positional(1, Integer.toString(defaultPartition));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw Messages.badInput("args.partition-not-number", value);
        }
    }

    /** Returns {@code value}, or says which name was blank. */
    public static String requireName(String what, String value) {
        if (value == null || value.isBlank()) {
            throw Messages.badInput("args.empty-name", what);
        }
        return value;
    }
}
