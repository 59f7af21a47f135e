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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import com.example.common.BrokerCheck;
import com.example.common.BrokerUnreachableException;
import com.example.common.Examples;
import com.example.local.LocalKafkaBroker;
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

    private static final String RULE = "=".repeat(100);

    private final TourOptions options;
    private final PrintStream out;
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
            printList(steps);
            return new TourReport(List.of(), 0, Duration.ZERO, List.of());
        }
        if (steps.isEmpty()) {
            out.println("error: no step matches --section " + String.join(",", options.sections())
                    + "; the steps are (--list):");
            printList(catalog);
            return new TourReport(List.of(), Examples.EXIT_BAD_INPUT, Duration.ZERO, List.of());
        }
        out.println(RULE);
        out.println("아파치 카프카 애플리케이션 프로그래밍 with 자바 — book tour, chapters 2–3, on Kafka "
                + LocalKafkaBroker.KAFKA_VERSION);
        out.println(steps.size() + " step(s)" + (options.sections().isEmpty() ? ""
                : " of section(s) " + String.join(", ", options.sections()))
                + (options.interactive() ? "; press Enter before each step" : ""));
        out.println(RULE);

        List<StepResult> results = new ArrayList<>();
        TourContext ctx = new TourContext(options, out);
        java.util.concurrent.CountDownLatch summaryPrinted = new java.util.concurrent.CountDownLatch(1);
        Thread ctrlC = new Thread(() -> {
            ctx.close(); // stops what runs now; the loop then skips the remaining steps and prints the summary
            try {
                summaryPrinted.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tour-ctrl-c");
        Runtime.getRuntime().addShutdownHook(ctrlC);
        int exitCode;
        try {
            try {
                ctx.startBroker();
            } catch (BrokerUnreachableException e) {
                out.println(e.getMessage());
                return new TourReport(List.of(), Examples.EXIT_NO_BROKER, elapsed(begin), ctx.startedPorts());
            } catch (RuntimeException e) {
                out.println("error: could not start the tour's broker: " + Examples.describe(e));
                out.println("(see README: troubleshooting — port taken? use --port 0 or --external)");
                return new TourReport(List.of(), Examples.EXIT_NO_BROKER, elapsed(begin), ctx.startedPorts());
            }
            int lastClusterStep = lastIndexNeeding(steps, Step.Needs.CLUSTER);
            if (lastClusterStep >= 0) {
                ctx.prepareCluster();
            }
            boolean quit = false;
            String quitReason = "the tour was ended (q)";
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (i > lastClusterStep) {
                    ctx.releaseCluster();
                }
                if (ctx.isClosing() && !quit) {
                    quit = true; // Ctrl+C: the hook is stopping everything
                    quitReason = "the tour was stopped (Ctrl+C)";
                }
                if (quit) {
                    results.add(new StepResult(i + 1, step, Status.SKIPPED, quitReason, List.of(), Duration.ZERO));
                    continue;
                }
                printHeader(i + 1, steps.size(), step);
                String answer = options.interactive() ? askToContinue() : "";
                if (answer.equals("q")) {
                    quit = true;
                    results.add(report(new StepResult(i + 1, step, Status.SKIPPED, "the tour was ended (q)",
                            List.of(), Duration.ZERO)));
                    continue;
                }
                if (answer.equals("s")) {
                    results.add(report(new StepResult(i + 1, step, Status.SKIPPED, "skipped at the prompt", List.of(),
                            Duration.ZERO)));
                    continue;
                }
                results.add(report(execute(i + 1, step, ctx)));
            }
        } finally {
            long stopBegin = System.nanoTime();
            ctx.close();
            try {
                Runtime.getRuntime().removeShutdownHook(ctrlC);
            } catch (IllegalStateException alreadyExiting) {
                // Ctrl+C: the hook is running
            }
            if (!results.isEmpty()) {
                out.printf("%nStopped everything the tour started in %.1f s.%n", TourContext.seconds(stopBegin));
            }
        }
        exitCode = results.stream().anyMatch(r -> r.status() == Status.FAILED) ? 1 : 0;
        TourReport report = new TourReport(results, exitCode, elapsed(begin), ctx.startedPorts());
        printSummary(report);
        summaryPrinted.countDown();
        return report;
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
        StepRun run = new StepRun(ctx, out);
        Status status;
        String message;
        try {
            beforeEachStep.accept(step, ctx);
            checkNeeds(step, ctx);
            runWithTimeout(step, run, ctx);
            status = Status.PASSED;
            message = "";
        } catch (StepRun.StepSkipped e) {
            status = Status.SKIPPED;
            message = e.getMessage();
        } catch (StepRun.StepFailure e) {
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
                    throw new StepRun.StepSkipped("needs two clusters: with --external, pass --second-cluster "
                            + "host:port for cluster B");
                }
            }
            case CLUSTER -> {
                if (ctx.options().external()) {
                    throw new StepRun.StepSkipped("needs a three-broker cluster it may stop brokers of: the tour "
                            + "starts one only without --external");
                }
            }
            case BASH_SCRIPTS -> Chapter2Steps.requireScripts(ctx);
            case BROKER -> { }
        }
        try {
            BrokerCheck.requireReachable(ctx.settings());
        } catch (BrokerUnreachableException e) {
            throw new BrokerUnreachableException("the broker stopped answering before this step: " + e.getMessage(),
                    e);
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
            throw new StepRun.StepFailure("timed out after " + options.stepTimeout().toSeconds()
                    + " s; the step was stopped (raise it with --step-timeout)");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private String askToContinue() {
        out.print("  Press Enter to run this step (s = skip, q = quit the tour) ");
        out.flush();
        try {
            if (input == null) {
                input = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String line = input.readLine();
            if (System.console() == null) {
                out.println(); // input from a pipe: no echoed Enter ends the prompt's line
            }
            return line == null ? "" : line.trim().toLowerCase(java.util.Locale.ROOT);
        } catch (IOException e) {
            return "";
        }
    }

    // --- printing ------------------------------------------------------------------------------------------------

    private void printHeader(int number, int total, Step step) {
        out.println();
        out.printf("[%d/%d] %s %s%n", number, total, step.section(), step.heading());
        printWrapped("what", step.about());
        printWrapped("  $ ", step.command());
    }

    private void printWrapped(String label, String text) {
        String pad = " ".repeat(7);
        boolean first = true;
        for (String line : text.split("\n")) {
            out.println((first ? String.format("  %-5s", label) : pad) + line);
            first = false;
        }
    }

    static void printObserved(PrintStream out, String line) {
        out.println("  seen " + line);
    }

    static void printEcho(PrintStream out, String line) {
        out.println("     | " + line);
    }

    private StepResult report(StepResult result) {
        String time = String.format("%.1f s", result.elapsed().toMillis() / 1000.0);
        switch (result.status()) {
            case PASSED -> out.println("  PASSED in " + time);
            case SKIPPED -> out.println("  SKIPPED: " + result.message());
            case FAILED -> out.println("  FAILED after " + time + ": " + result.message());
        }
        out.flush();
        return result;
    }

    private void printList(List<Step> steps) {
        out.println("The book tour's steps (select with --section, e.g. --section 3.4.2 or --section 2,3.5):");
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            out.printf("%3d. %-6s %s%n", i + 1, step.section(), step.heading());
            out.printf("%13s$ %s%n", "", step.command().split("\n")[0]);
        }
    }

    private void printSummary(TourReport report) {
        Map<String, List<StepResult>> bySection = new LinkedHashMap<>();
        for (StepResult r : report.results()) {
            bySection.computeIfAbsent(r.step().section(), s -> new ArrayList<>()).add(r);
        }
        out.println();
        out.println(RULE);
        out.println("Summary");
        out.printf("%-7s %-44s %5s %6s %6s %7s %8s%n", "section", "heading", "steps", "passed", "failed", "skipped",
                "time");
        for (Map.Entry<String, List<StepResult>> e : bySection.entrySet()) {
            List<StepResult> rs = e.getValue();
            String heading = rs.get(0).step().heading();
            int dash = heading.indexOf(" — ");
            if (dash > 0) {
                heading = heading.substring(0, dash);
            }
            out.printf("%-7s %s %5d %6d %6d %7d %7.1fs%n", e.getKey(), clip(heading, 44), rs.size(),
                    count(rs, Status.PASSED), count(rs, Status.FAILED), count(rs, Status.SKIPPED),
                    rs.stream().mapToLong(r -> r.elapsed().toMillis()).sum() / 1000.0);
        }
        out.printf("%-7s %-44s %5d %6d %6d %7d %7.1fs%n", "total", bySection.size() + " section(s)",
                report.results().size(), report.count(Status.PASSED), report.count(Status.FAILED),
                report.count(Status.SKIPPED), report.wallTime().toMillis() / 1000.0);
        List<StepResult> notPassed = report.results().stream().filter(r -> r.status() != Status.PASSED).toList();
        if (!notPassed.isEmpty()) {
            out.println();
            for (StepResult r : notPassed) {
                out.printf("%s [%d] %s %s: %s%n", r.status(), r.number(), r.step().section(), r.step().heading(),
                        r.message());
            }
        }
        out.println(RULE);
        out.println(report.exitCode() == 0 && report.count(Status.SKIPPED) == 0
                ? "Every step did what the book says (wall time " + seconds(report.wallTime()) + ")."
                : report.exitCode() == 0
                ? "No step failed; " + report.count(Status.SKIPPED) + " skipped, see above (wall time "
                        + seconds(report.wallTime()) + ")."
                : report.count(Status.FAILED) + " step(s) FAILED (wall time " + seconds(report.wallTime())
                        + "); exit status " + report.exitCode() + ". See README: troubleshooting.");
        out.flush();
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private static long count(List<StepResult> results, Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** Cut or padded to exactly {@code width} terminal columns, counting Hangul as two. */
    private static String clip(String text, int width) {
        StringBuilder sb = new StringBuilder();
        int columns = 0;
        for (char c : text.toCharArray()) {
            int w = isWide(c) ? 2 : 1;
            if (columns + w > width) {
                break;
            }
            sb.append(c);
            columns += w;
        }
        return sb.append(" ".repeat(width - columns)).toString();
    }

    private static boolean isWide(char c) {
        return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
    }

    private static Duration elapsed(long beginNanos) {
        return Duration.ofNanos(System.nanoTime() - beginNanos);
    }
}
