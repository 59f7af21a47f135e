package com.example.tour;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.example.common.BrokerCheck;
import com.example.common.BrokerUnreachableException;
import com.example.common.Examples;
import com.example.common.Messages;
import com.example.common.view.ClusterPage;
import com.example.testing.BrokerLease;
import com.example.testing.ClaimResult;
import com.example.testing.ClaimRunner;
import com.example.testing.TestKafka;
import com.example.tour.StepResult.Status;

/**
 * 아파치 카프카 애플리케이션 프로그래밍 with 자바 — the book tour: runs chapters 2 and 3 in book order, each stop the
 * chapter module's own claims (the tests {@code verify} and the graders run) on the tour's broker, printing the
 * heading, what happens, the command a reader types, what each claim observed and whether it held; then a summary.
 * Exit status: 0 every step passed (or was skipped), 1 a step failed or bad options, 2 no broker (README.md).
 */
public final class BookTour {

    private final TourOptions options;
    private final PrintStream out;
    private final TourPrinter printer;
    private final InputStream in;
    /** How many steps run at once without --pause: their claims mostly wait on the broker (2 cores here). */
    static final int SIDE_BY_SIDE = 4;

    private Consumer<TestKafka> beforeEachStep = kafka -> { };
    private boolean inTurn;
    private BufferedReader input;
    private volatile boolean closing;
    private BrokerLease lease;
    /** --view: the pages of the tour's broker and of 3.1's cluster. */
    private final List<ClusterPage> views = new java.util.concurrent.CopyOnWriteArrayList<>();

    public BookTour(TourOptions options, PrintStream out, InputStream in) {
        this.options = options;
        this.out = out;
        this.printer = new TourPrinter(out, options.lang());
        this.in = in;
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
        ClaimRunner.quietLogs(options.verbose());
        PrintStream out = System.getProperty("sun.stdout.encoding") != null ? System.out
                : new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        TourReport report = new BookTour(options, out, System.in).runTour();
        out.flush();
        System.exit(report.exitCode());
    }

    /** For tests: something to do to the tour's broker before each step (e.g. stop it to force a failure). */
    public BookTour beforeEachStep(Consumer<TestKafka> action) {
        this.beforeEachStep = action;
        this.inTurn = true; // "before each step" means one step after the other
        return this;
    }

    /** The steps {@code --section} selects, in book order. */
    public List<Step> selectedSteps() {
        return TourCatalog.all().stream().filter(step -> options.selects(step.section())).toList();
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
            printer.list(TourCatalog.all());
            return new TourReport(List.of(), Examples.EXIT_BAD_INPUT, Duration.ZERO, List.of());
        }
        printer.banner(steps.size(), options.sections(), options.interactive());
        TourBrokers.configure(options);
        List<StepResult> results = new ArrayList<>();
        CountDownLatch summaryPrinted = new CountDownLatch(1);
        try (BrokerLease brokers = BrokerLease.open()) {
            lease = brokers;
            Thread ctrlC = new Thread(() -> {
                closing = true;
                brokers.close(); // what runs now fails; the remaining steps are skipped, the summary printed
                try {
                    summaryPrinted.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "tour-ctrl-c");
            Runtime.getRuntime().addShutdownHook(ctrlC);
            try {
                TestKafka kafka = TourBrokers.start(brokers, printer);
                TourBrokers.view(options, kafka, printer).ifPresent(views::add);
                runSteps(steps, brokers, kafka, results);
            } catch (TourBrokers.NoBroker e) {
                out.println(e.getMessage());
                return new TourReport(List.of(), Examples.EXIT_NO_BROKER, elapsed(begin), List.of());
            } finally {
                stop(brokers, ctrlC, !results.isEmpty());
            }
        }
        int exitCode = results.stream().anyMatch(r -> r.status() == Status.FAILED) ? 1 : 0;
        TourReport report = new TourReport(results, exitCode, elapsed(begin), TourBrokers.startedPorts());
        printer.summary(report);
        summaryPrinted.countDown();
        return report;
    }

    /** Every step, in book order: in turn with --pause (or a test's hook), else several at once. */
    private void runSteps(List<Step> steps, BrokerLease brokers, TestKafka kafka, List<StepResult> results) {
        int lastClusterStep = lastIndexNeeding(steps, Step.Needs.CLUSTER);
        if (lastClusterStep >= 0 && !options.external()) {
            brokers.prepareCluster(3); // 3.1's failures: three brokers and three controllers, started meanwhile
        }
        if (options.interactive() || inTurn) {
            runInTurn(steps, brokers, kafka, results, lastClusterStep);
        } else {
            runSideBySide(steps, brokers, kafka, results);
        }
    }

    /** One step after the other, each narrated as it runs; after q at the prompt or Ctrl+C, the rest are skipped. */
    private void runInTurn(List<Step> steps, BrokerLease brokers, TestKafka kafka, List<StepResult> results,
                           int lastClusterStep) {
        String quitReason = null;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (i == lastClusterStep + 1 && lastClusterStep >= 0) {
                brokers.releaseClusters();
            }
            if (closing && quitReason == null) {
                quitReason = printer.text("tour.quit.ctrl-c");
            }
            if (quitReason != null) {
                results.add(skipped(i + 1, step, quitReason));
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
                default -> execute(i + 1, step, kafka, printer);
            };
            results.add(printer.result(result));
        }
    }

    /**
     * {@link #SIDE_BY_SIDE} steps at once (the claims mostly wait on the broker), those of one {@link Step#lane()}
     * in turn; each step's narration is kept and printed in book order when its turn comes.
     */
    private void runSideBySide(List<Step> steps, BrokerLease brokers, TestKafka kafka, List<StepResult> results) {
        ExecutorService pool = Executors.newFixedThreadPool(SIDE_BY_SIDE, task -> {
            Thread thread = new Thread(task, "tour-step");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, CompletableFuture<?>> lanes = new HashMap<>();
            List<CompletableFuture<Narrated>> narrated = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                int number = i + 1;
                Step step = steps.get(i);
                CompletableFuture<?> after = step.lane().map(lanes::get).orElse(null);
                CompletableFuture<Narrated> run = (after == null ? CompletableFuture.completedFuture(null)
                        : after.handle((ignored, failure) -> null))
                        .thenApplyAsync(ignored -> narrate(number, step, kafka), pool);
                step.lane().ifPresent(lane -> lanes.put(lane, run));
                narrated.add(run);
            }
            int lastClusterStep = lastIndexNeeding(steps, Step.Needs.CLUSTER);
            if (lastClusterStep >= 0) { // the three-broker cluster's memory, for MirrorMaker's clusters after it
                narrated.get(lastClusterStep).whenComplete((done, failure) -> brokers.releaseClusters());
            }
            for (int i = 0; i < steps.size(); i++) {
                Narrated step = narrated.get(i).join();
                printer.header(i + 1, steps.size(), step.result().step(), false);
                out.print(step.text());
                results.add(printer.result(step.result()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A step's result and what it printed meanwhile. */
    private record Narrated(StepResult result, String text) {
    }

    private Narrated narrate(int number, Step step, TestKafka kafka) {
        if (closing) {
            return new Narrated(skipped(number, step, printer.text("tour.quit.ctrl-c")), "");
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        TourPrinter own = new TourPrinter(new PrintStream(text, true, StandardCharsets.UTF_8), options.lang());
        StepResult result = execute(number, step, kafka, own);
        return new Narrated(result, text.toString(StandardCharsets.UTF_8));
    }

    private StepResult execute(int number, Step step, TestKafka kafka, TourPrinter narrator) {
        long begin = System.nanoTime();
        beforeEachStep.accept(kafka);
        if (step.needs() == Step.Needs.CLUSTER && options.external()) {
            return skipped(number, step, printer.text("tour.needs.cluster"));
        }
        if (step.needs() == Step.Needs.CLUSTER && options.view() && views.size() == 1) { // 3.1's cluster, once
            TourBrokers.view(options, lease.cluster(3), narrator).ifPresent(views::add);
        }
        try {
            BrokerCheck.requireReachable(kafka.settings());
        } catch (BrokerUnreachableException e) {
            return new StepResult(number, step, Status.FAILED, printer.text("tour.broker.gone", e.getMessage()),
                    List.of(), elapsed(begin));
        }
        List<ClaimResult> claims = ClaimRunner.run(List.of(step.claims()), ClaimRunner.Order.IN_TURN, narrator,
                narrator::claim);
        return StepResult.of(number, step, claims, printer.lang(), elapsed(begin));
    }

    private static StepResult skipped(int number, Step step, String reason) {
        return new StepResult(number, step, Status.SKIPPED, reason, List.of(), Duration.ZERO);
    }

    private void stop(BrokerLease brokers, Thread ctrlC, boolean anyStepRan) {
        long stopBegin = System.nanoTime();
        views.forEach(ClusterPage::close);
        brokers.close();
        try {
            Runtime.getRuntime().removeShutdownHook(ctrlC);
        } catch (IllegalStateException alreadyExiting) {
            // Ctrl+C: the hook is running
        }
        if (anyStepRan) {
            out.println();
            printer.line("tour.stopped", (System.nanoTime() - stopBegin) / 1e9);
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
