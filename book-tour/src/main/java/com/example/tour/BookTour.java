package com.example.tour;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import com.example.common.BrokerCheck;
import com.example.common.BrokerUnreachableException;
import com.example.common.Examples;
import com.example.common.Messages;
import com.example.local.LocalKafkaCluster;
import com.example.tour.StepResult.Status;

/**
 * 아파치 카프카 애플리케이션 프로그래밍 with 자바 — the book tour: starts the broker(s) it needs and runs the examples of
 * chapters 2 and 3 in book order, printing for every step the Korean heading, what is about to happen, the command
 * a reader would type, and what was observed; verifies each step; stops everything; prints a summary.
 *
 * <pre>
 * ./mvnw -q install -DskipTests && ./mvnw -q -pl book-tour exec:java
 * ./mvnw -q -pl book-tour exec:java -Dexec.args="--section 3.4.2 --pause"
 * ./mvnw -q -pl book-tour exec:java -Dexec.args="--list"
 * </pre>
 *
 * Exit status: 0 every step passed (or was skipped), 1 a step failed or bad options, 2 no broker.
 */
public final class BookTour {

    private final TourOptions options;
    private final PrintStream out;
    private final TourPrinter printer;
    private final InputStream in;
    private final List<Step> catalog;
    private BiConsumer<Step, TourContext> beforeEachStep = (step, ctx) -> { };
    private BufferedReader input;

    public BookTour(TourOptions options, PrintStream out, InputStream in) {
        this(options, out, in, TourSteps.all());
    }

    BookTour(TourOptions options, PrintStream out, InputStream in, List<Step> catalog) {
        this.options = options;
        this.out = out;
        this.printer = new TourPrinter(out, options.lang());
        this.in = in;
        this.catalog = List.copyOf(catalog);
    }

    public static void main(String[] args) {
        TourOptions options;
        try {
            options = TourOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(Examples.EXIT_BAD_INPUT);
            return;
        }
        // the examples' own hints (no broker, bad input) in the tour's language too
        System.setProperty(Messages.LANG_PROPERTY, options.lang().name().toLowerCase(Locale.ROOT));
        configureLogging(options.verbose());
        PrintStream out = System.getProperty("sun.stdout.encoding") != null ? System.out
                : new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        TourReport report = new BookTour(options, out, System.in).runTour();
        out.flush();
        System.exit(report.exitCode());
    }

    /**
     * The examples log at INFO (their own output, as a reader sees it when running one); in the tour, the tour's
     * lines say what happened, so those logs are off unless --verbose. Kafka's internal warnings (Connect, MirrorMaker,
     * Streams chatter) only with --verbose.
     */
    public static void configureLogging(boolean verbose) {
        setIfAbsent("org.slf4j.simpleLogger.log.com.example", verbose ? "info" : "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.kafka", verbose ? "warn" : "error");
        setIfAbsent("org.slf4j.simpleLogger.log.kafka", verbose ? "warn" : "error");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.kafka.connect", verbose ? "warn" : "off");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.kafka.streams", verbose ? "warn" : "off");
        setIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", verbose ? "warn" : "off");
        setIfAbsent("org.slf4j.simpleLogger.log.org.reflections", "off");
        // the broker's "Expected partition ... to exist, but it was missing. Creating..." when partitions are added
        setIfAbsent("org.slf4j.simpleLogger.log.state.change.logger", verbose ? "warn" : "off");
        if (!verbose) {
            LocalKafkaCluster.quietFailureNoise(); // 3.1's broker failures: the tour reports them itself
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** For tests: something to do before each step runs (e.g. stop the broker to force a failure). */
    public BookTour beforeEachStep(BiConsumer<Step, TourContext> action) {
        this.beforeEachStep = action;
        return this;
    }

    /** The steps {@code --section} selects, in book order. */
    public List<Step> selectedSteps() {
        return catalog.stream().filter(step -> options.selects(step.section())).toList();
    }

    /** Runs the tour and returns what happened; never exits the JVM. */
    public TourReport runTour() {
        long begin = System.nanoTime();
        List<Step> steps = selectedSteps();
        if (options.list()) {
            printer.list(steps);
            return new TourReport(List.of(), 0, Duration.ZERO, List.of());
        }
        if (steps.isEmpty()) {
            printer.line("tour.no-step", String.join(",", options.sections()));
            printer.list(catalog);
            return new TourReport(List.of(), Examples.EXIT_BAD_INPUT, Duration.ZERO, List.of());
        }
        printer.banner(steps.size(), options.sections(), options.interactive());
        TourContext ctx = new TourContext(options, printer);
        CountDownLatch summaryPrinted = new CountDownLatch(1);
        Thread ctrlC = new Thread(() -> {
            ctx.close(); // stops what runs now; the loop then skips the remaining steps and prints the summary
            awaitQuietly(summaryPrinted);
        }, "tour-ctrl-c");
        Runtime.getRuntime().addShutdownHook(ctrlC);
        List<StepResult> results = new ArrayList<>();
        try {
            if (!startBroker(ctx)) {
                return new TourReport(List.of(), Examples.EXIT_NO_BROKER, elapsed(begin), ctx.startedPorts());
            }
            runSteps(steps, ctx, results);
        } finally {
            stopEverything(ctx, ctrlC, !results.isEmpty());
        }
        int exitCode = results.stream().anyMatch(r -> r.status() == Status.FAILED) ? 1 : 0;
        TourReport report = new TourReport(results, exitCode, elapsed(begin), ctx.startedPorts());
        printer.summary(report);
        summaryPrinted.countDown();
        return report;
    }

    /** The tour's broker started (or the external one answers); false after saying why not. */
    private boolean startBroker(TourContext ctx) {
        try {
            ctx.startBroker();
            return true;
        } catch (BrokerUnreachableException e) {
            out.println(e.getMessage());
        } catch (RuntimeException e) {
            printer.line("tour.broker.failed", Examples.describe(e));
        }
        return false;
    }

    /** Every step in order; after q at the prompt or Ctrl+C, the rest are skipped with the reason. */
    private void runSteps(List<Step> steps, TourContext ctx, List<StepResult> results) {
        int lastClusterStep = lastIndexNeeding(steps, Step.Needs.CLUSTER);
        if (lastClusterStep >= 0) {
            ctx.prepareCluster();
        }
        String quitReason = null;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (i > lastClusterStep) {
                ctx.releaseCluster();
            }
            if (ctx.isClosing() && quitReason == null) {
                quitReason = printer.text("tour.quit.ctrl-c"); // the hook is stopping everything
            }
            if (quitReason != null) {
                results.add(new StepResult(i + 1, step, Status.SKIPPED, quitReason, List.of(), Duration.ZERO));
                continue;
            }
            printer.header(i + 1, steps.size(), step, options.interactive());
            String answer = options.interactive() ? askToContinue() : "";
            if (answer.equals("q")) {
                quitReason = printer.text("tour.quit");
            }
            StepResult result = switch (answer) {
                case "q" -> skipped(i + 1, step, quitReason);
                case "s" -> skipped(i + 1, step, printer.text("tour.skipped.prompt"));
                default -> execute(i + 1, step, ctx);
            };
            results.add(printer.result(result));
        }
    }

    private static StepResult skipped(int number, Step step, String reason) {
        return new StepResult(number, step, Status.SKIPPED, reason, List.of(), Duration.ZERO);
    }

    private void stopEverything(TourContext ctx, Thread ctrlC, boolean anyStepRan) {
        long stopBegin = System.nanoTime();
        ctx.close();
        try {
            Runtime.getRuntime().removeShutdownHook(ctrlC);
        } catch (IllegalStateException alreadyExiting) {
            // Ctrl+C: the hook is running
        }
        if (anyStepRan) {
            out.println();
            printer.line("tour.stopped", TourContext.seconds(stopBegin));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int lastIndexNeeding(List<Step> steps, Step.Needs needs) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).needs() == needs) {
                return i;
            }
        }
        return -1;
    }

    private StepResult execute(int number, Step step, TourContext ctx) {
        long begin = System.nanoTime();
        StepRun run = new StepRun(ctx, printer);
        Status status;
        String message;
        try {
            beforeEachStep.accept(step, ctx);
            checkNeeds(step, ctx);
            runWithTimeout(step, run, ctx);
            status = Status.PASSED;
            message = "";
        } catch (StepSkipped e) {
            status = Status.SKIPPED;
            message = e.getMessage();
        } catch (StepFailure e) {
            status = Status.FAILED;
            message = e.getMessage();
        } catch (BrokerUnreachableException e) {
            status = Status.FAILED;
            message = e.getMessage();
        } catch (Throwable e) {
            status = Status.FAILED;
            message = Examples.describe(e);
        } finally {
            ctx.endStep();
        }
        return new StepResult(number, step, status, message, run.observed(), elapsed(begin));
    }

    private static void checkNeeds(Step step, TourContext ctx) {
        switch (step.needs()) {
            case TWO_CLUSTERS -> {
                if (!ctx.hasSecondCluster()) {
                    throw new StepSkipped(ctx.printer().text("tour.needs.two-clusters"));
                }
            }
            case CLUSTER -> {
                if (ctx.options().external()) {
                    throw new StepSkipped(ctx.printer().text("tour.needs.cluster"));
                }
            }
            case BROKER -> { }
        }
        try {
            BrokerCheck.requireReachable(ctx.settings());
        } catch (BrokerUnreachableException e) {
            throw new BrokerUnreachableException(ctx.printer().text("tour.broker.gone", e.getMessage()), e);
        }
    }

    private void runWithTimeout(Step step, StepRun run, TourContext ctx) throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                step.body().run(run);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "tour-step-" + step.section());
        worker.setDaemon(true);
        worker.start();
        worker.join(options.stepTimeout().toMillis());
        if (worker.isAlive()) {
            ctx.endStep(); // stop what the step started: the stop signals end its loops, processes are killed
            worker.interrupt();
            worker.join(Background.STOP_TIMEOUT.toMillis());
            throw new StepFailure(printer.text("tour.timeout", options.stepTimeout().toSeconds()));
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private String askToContinue() {
        printer.prompt();
        try {
            if (input == null) {
                input = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String line = input.readLine();
            if (System.console() == null) {
                out.println(); // input from a pipe: no echoed Enter ends the prompt's line
            }
            return line == null ? "" : line.trim().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "";
        }
    }

    private static Duration elapsed(long beginNanos) {
        return Duration.ofNanos(System.nanoTime() - beginNanos);
    }
}
