package com.example.tour;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.example.common.Examples;
import com.example.common.StopSignal;
import com.example.common.Messages;

/**
 * A long-running example (a consumer loop, a Kafka Streams application, a Connect worker) running on its own
 * thread until the tour stops it — what Ctrl+C does for a reader: {@link StopSignal#stop()}.
 */
public final class Background implements AutoCloseable {

    /** The example, given the signal that stops it. */
    @FunctionalInterface
    public interface Body {
        void run(StopSignal stop) throws Exception;
    }

    /** How long {@link #stop()} waits for the example to end by itself after the stop signal. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final String name;
    private final StopSignal stop = new StopSignal();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;

    private Background(String name, Body body) {
        this.name = name;
        this.thread = new Thread(() -> {
            try {
                body.run(stop);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "tour-" + name);
        thread.setDaemon(true);
    }

    static Background start(String name, Body body) {
        Background background = new Background(name, body);
        background.thread.start();
        return background;
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** The error that ended the example, if it ended by itself with one. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Fails the step at once if the example already died with an error. */
    public void requireHealthy() {
        Throwable error = failure.get();
        if (error != null) {
            throw new StepFailure(Messages.text("tour.background.error", name, Examples.describe(error)), error);
        }
    }

    /**
     * Asks the example to stop (Ctrl+C), waits for it to end and returns how long that took; fails when it does not
     * end in time or ended with an error.
     */
    public Duration stop() throws InterruptedException {
        long begin = System.nanoTime();
        stop.stop();
        thread.join(STOP_TIMEOUT.toMillis());
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        if (thread.isAlive()) {
            thread.interrupt();
            throw new StepFailure(Messages.text("tour.background.no-stop", name, STOP_TIMEOUT.toSeconds()));
        }
        requireHealthy();
        return took;
    }

    /** Stops without reporting (cleanup after a failed step). */
    @Override
    public void close() {
        stop.stop();
        try {
            thread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
