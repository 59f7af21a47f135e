package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.example.common.StopSignal;

/**
 * A long-running example started on its own thread the way {@code Examples.mainUntilStopped} runs it, with a
 * {@link StopSignal} the test fires instead of Ctrl+C: the one way the chapters' tests run an example until stopped.
 */
public final class RunningExample implements AutoCloseable {

    /** The body of an example: {@code stop -> Example.run(settings, topic, group, stop, ...)}. */
    @FunctionalInterface
    public interface Body {
        void run(StopSignal stop) throws Exception;
    }

    public final StopSignal stop = new StopSignal();
    private final Thread thread;
    private volatile Throwable failure;

    private RunningExample(String name, Body body) {
        thread = new Thread(() -> {
            try {
                body.run(stop);
            } catch (Throwable t) {
                failure = t;
            }
        }, name);
        thread.setDaemon(true);
    }

    public static RunningExample start(String name, Body body) {
        RunningExample example = new RunningExample(name, body);
        example.thread.start();
        return example;
    }

    /** Fires the stop signal and waits up to {@code timeout} for the example to return; returns the time taken. */
    public Duration stopAndAwait(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        stop.stop();
        thread.join(timeout.toMillis());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(thread.isAlive()).as("example still running %s after stop", timeout).isFalse();
        return took;
    }

    /** Waits for an example that ends by itself (e.g. with a failure). */
    public Throwable awaitFailure(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        assertThat(thread.isAlive()).as("example still running after %s", timeout).isFalse();
        return failure;
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** What went wrong inside the example, if anything. */
    public Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        if (thread.isAlive()) {
            try {
                stopAndAwait(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null && !(failure instanceof SimulatedCrash)) {
            throw new AssertionError("example failed", failure);
        }
    }

    /** Thrown by a test's record handler to play a crash in the middle of processing. */
    public static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SimulatedCrash(String message) {
            super(message);
        }
    }
}
