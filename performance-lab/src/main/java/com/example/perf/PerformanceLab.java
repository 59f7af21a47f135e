package com.example.perf;

import com.example.common.Messages;

/**
 * The whole lab in one command: {@link ProducerTuningLab}, then {@link ConsumerTuningLab}, on one broker.
 *
 * <p>Run: {@code ./mvnw -q -pl performance-lab exec:java} (this class is the module's default main class).
 */
public final class PerformanceLab {

    private PerformanceLab() {
    }

    public static void main(String[] args) throws Exception {
        LabOptions options = optionsOrExit();
        long started = System.nanoTime();
        LabBroker.run(System.out, settings -> {
            ProducerTuningLab.run(settings, options, System.out);
            System.out.println();
            ConsumerTuningLab.run(settings, options, System.out);
        });
        System.out.printf("%nlab finished in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** The {@code -Dlab.*} options, or one line saying what is wrong and exit status 1. */
    static LabOptions optionsOrExit() {
        try {
            return LabOptions.fromSystemProperties();
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            System.exit(1);
            throw e; // not reached
        }
    }
}
