package com.example.common;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How a long-running example is asked to stop: by Ctrl+C (a JVM shutdown hook, see {@link Examples}) or by a
 * test calling {@link #stop()}. Examples register what must happen on stop, typically
 * {@code stop.onStop(consumer::wakeup)} — the book's 안전한 종료 pattern.
 */
public final class StopSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    /** Asks the example to stop; runs the registered actions once. Safe to call from any thread, many times. */
    public void stop() {
        if (!stopRequested.compareAndSet(false, true)) {
            return;
        }
        stopped.countDown();
        actions.forEach(Runnable::run);
    }

    /** Whether {@link #stop()} has been called. */
    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /** Runs {@code action} once when stop is requested (at once if it already was). */
    public void onStop(Runnable action) {
        AtomicBoolean ran = new AtomicBoolean();
        Runnable once = () -> {
            if (ran.compareAndSet(false, true)) {
                action.run();
            }
        };
        actions.add(once);
        if (isStopped()) {
            once.run(); // stop() may be running the list right now: the guard keeps it to one call
        }
    }

    /** Waits up to {@code timeout} for a stop request; true if it came. */
    public boolean await(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
