package com.example.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waiting for a cluster to reach a state (a new leader, an ISR of three) without sleeping a guessed time: ask
 * every 100 ms, stop as soon as the answer is the one awaited. For examples and the tour; tests use Awaitility.
 */
public final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(100);

    private Poll() {
    }

    /**
     * Calls {@code probe} until {@code done} accepts its value and returns that value; what the probe throws ends the
     * wait at once. After {@code timeout}: {@link IllegalStateException} naming {@code what} and the last answer.
     */
    public static <T> T until(String what, Duration timeout, Callable<T> probe, Predicate<T> done)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Object last = null;
        while (true) {
            T value = probe.call();
            if (done.test(value)) {
                return value;
            }
            last = value;
            if (System.nanoTime() > deadline) {
                throw Messages.failure("poll.timed-out", timeout.toSeconds(), what, last);
            }
            Thread.sleep(INTERVAL.toMillis());
        }
    }
}
