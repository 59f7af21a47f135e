package com.example.tour;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import com.example.common.ClusterView;
import com.example.common.KafkaSettings;
import com.example.common.Poll;

/**
 * What a step's code works with: the tour's context (broker, names, processes), and the three verbs of a step —
 * {@link #observe} what happened (printed at once), {@link #check} that it is what the book promises, or
 * {@link #skip} with a reason.
 */
public final class StepRun {

    private final TourContext context;
    private final TourPrinter printer;
    private final List<String> observed = new ArrayList<>();

    StepRun(TourContext context, TourPrinter printer) {
        this.context = context;
        this.printer = printer;
    }

    public TourContext ctx() {
        return context;
    }

    /** The broker of the tour (cluster A). */
    public KafkaSettings settings() {
        return context.settings();
    }

    /** A look at cluster A, to check what an example did (never an example itself). */
    public ClusterView kafka() {
        return context.kafka();
    }

    /** A tour-unique name: {@code base-<tour id>-<n>}, e.g. {@code test-7f3a2c-5}. */
    public String unique(String base) {
        return context.unique(base);
    }

    /**
     * Records and prints one observation ("what you should see"): book-common's message {@code tour.seen.<key>} in
     * the tour's language (a format: {@code %%} prints {@code %}), e.g. {@code observe("producer.simple", topic, records)}.
     */
    public void observe(String key, Object... args) {
        String line = printer.text("tour.seen." + key, args);
        synchronized (observed) {
            observed.add(line);
        }
        printer.observed(line);
    }

    /** Book-common's message {@code key} in the tour's language, e.g. a part of an observation. */
    public String text(String key, Object... args) {
        return printer.text(key, args);
    }

    /** Prints a line of a child process's output (not an observation of the tour). */
    public void echo(String line) {
        printer.echo(line);
    }

    /**
     * Fails the step when {@code condition} is false, with book-common's message {@code tour.check.<key>} in the
     * tour's language, e.g. {@code check(records.size() == 1, "producer.simple.1", topic, records.size())}.
     */
    public void check(boolean condition, String key, Object... args) {
        if (!condition) {
            throw new StepFailure(printer.text("tour.check." + key, args));
        }
    }

    /** Skips the step with the reason. */
    public StepSkipped skip(String reason) {
        throw new StepSkipped(reason);
    }

    /**
     * Polls {@code probe} every 100 ms until {@code done} accepts its value and returns that value (book-common's
     * {@link Poll}); after {@code timeout} the step fails with "timed out waiting for {@code what}" and the last
     * value seen.
     */
    public <T> T await(String what, Duration timeout, Callable<T> probe, Predicate<T> done) throws Exception {
        try {
            return Poll.until(what, timeout, probe, done);
        } catch (IllegalStateException e) {
            throw new StepFailure(e.getMessage(), e);
        }
    }

    List<String> observed() {
        synchronized (observed) {
            return List.copyOf(observed);
        }
    }
}
