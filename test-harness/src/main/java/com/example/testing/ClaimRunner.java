package com.example.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.TestAbortedException;

import com.example.common.Messages;
import com.example.local.LocalKafkaCluster;

/**
 * Runs claims — the chapter modules' claim classes, or some of their methods — through the JUnit Platform, the way
 * {@code verify} runs them: the one engine of the grader ({@link Grading}) and the tour. Each claim's outcome comes
 * back with what it observed; a {@link Observations.Narrator} hears every observation and output line as it happens.
 */
public final class ClaimRunner {

    /** Which claims: a test class and, optionally, some of its methods (inherited ones too); none = all. */
    public record Selection(String className, List<String> methods) {

        public static Selection of(String className, String... methods) {
            return new Selection(className, List.of(methods));
        }
    }

    /** Claim classes side by side (the grader) or one claim after the other (the tour, which narrates them). */
    public enum Order { PARALLEL, IN_TURN }

    private ClaimRunner() {
    }

    /**
     * Runs {@code selections} in {@code order}; {@code narrator} hears observations and output as they come,
     * {@code onEach} each claim's outcome as it ends. Returns every outcome, in the order they ended.
     */
    public static List<ClaimResult> run(List<Selection> selections, Order order, Observations.Narrator narrator,
                                        Consumer<ClaimResult> onEach) {
        Collector collector = new Collector(narrator, onEach);
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("junit.jupiter.execution.parallel.enabled",
                        String.valueOf(order == Order.PARALLEL))
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread");
        selections.forEach(selection -> request.selectors(selectors(selection)));
        try (AutoCloseable narrating = Observations.narrateTo(collector)) {
            LauncherFactory.create().execute(request.build(), collector);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return collector.results();
    }

    /**
     * The runner's reader sees the claims' sentences and observations, not the examples' or Kafka's own log lines
     * (with {@code verbose}: the examples' INFO and Kafka's warnings too). Settings already given win.
     */
    public static void quietLogs(boolean verbose) {
        Map<String, String> levels = Map.of(
                "com.example", verbose ? "info" : "off",
                "org.apache.kafka", verbose ? "warn" : "error",
                "kafka", verbose ? "warn" : "error",
                "org.apache.kafka.connect", verbose ? "warn" : "off",
                "org.apache.kafka.streams", verbose ? "warn" : "off",
                "org.eclipse.jetty", verbose ? "warn" : "off",
                "org.reflections", "off",
                "state.change.logger", verbose ? "warn" : "off"); // "Expected partition ... to exist ... Creating"
        levels.forEach((logger, level) -> {
            if (System.getProperty("org.slf4j.simpleLogger.log." + logger) == null) {
                System.setProperty("org.slf4j.simpleLogger.log." + logger, level);
            }
        });
        if (!verbose) {
            LocalKafkaCluster.quietFailureNoise(); // 3.1's broker failures: the claims say what happened
        }
    }

    private static List<DiscoverySelector> selectors(Selection selection) {
        if (selection.methods().isEmpty()) {
            return List.of(selectClass(selection.className()));
        }
        Class<?> type = load(selection.className());
        return selection.methods().stream().<DiscoverySelector>map(name -> selectMethod(type, method(type, name)))
                .toList();
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw Messages.badInput(e, "claims.no-class", className);
        }
    }

    private static Method method(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name)) {
                    return m;
                }
            }
        }
        throw Messages.badInput("claims.no-method", name, type.getName());
    }

    /** Per claim: its observations (by the thread that runs it) and its outcome. */
    private static final class Collector implements TestExecutionListener, Observations.Narrator {
        private final Observations.Narrator narrator;
        private final Consumer<ClaimResult> onEach;
        private final ThreadLocal<List<String>> seenByRunningClaim = new ThreadLocal<>();
        private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
        private final List<ClaimResult> results = Collections.synchronizedList(new ArrayList<>());

        Collector(Observations.Narrator narrator, Consumer<ClaimResult> onEach) {
            this.narrator = narrator;
            this.onEach = onEach;
        }

        @Override
        public void seen(String line) {
            List<String> seen = seenByRunningClaim.get();
            if (seen != null) {
                seen.add(line);
            }
            narrator.seen(line);
        }

        @Override
        public void output(String line) {
            narrator.output(line);
        }

        @Override
        public void executionStarted(TestIdentifier test) {
            startedAt.put(test.getUniqueId(), System.nanoTime());
            if (test.isTest()) {
                seenByRunningClaim.set(new ArrayList<>());
            }
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            record(test, new TestAbortedException(reason));
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            boolean failedContainer = !test.isTest() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
            if (test.isTest() || failedContainer) {
                record(test, result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? null
                        : result.getThrowable().orElseGet(() -> new IllegalStateException(result.toString())));
            }
            if (test.isTest()) {
                seenByRunningClaim.remove();
            }
        }

        private void record(TestIdentifier test, Throwable failure) {
            Optional<TestSource> source = test.getSource();
            Long begin = startedAt.remove(test.getUniqueId());
            Duration elapsed = begin == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - begin);
            List<String> seen = test.isTest() && seenByRunningClaim.get() != null ? seenByRunningClaim.get() : List.of();
            ClaimResult result;
            if (source.orElse(null) instanceof MethodSource method) {
                String name = test.getDisplayName(); // "claim(TestKafka)", or a parameterized case: "2 partitions"
                String variant = name.startsWith(method.getMethodName() + "(") ? "" : name;
                result = new ClaimResult(method.getClassName(), method.getMethodName(), variant,
                        Optional.ofNullable(failure), seen, elapsed);
            } else if (source.orElse(null) instanceof ClassSource type) {
                result = new ClaimResult(type.getClassName(), "", "", Optional.ofNullable(failure), seen, elapsed);
            } else {
                return; // the engine itself: nothing of a claim
            }
            results.add(result);
            onEach.accept(result);
        }

        List<ClaimResult> results() {
            return List.copyOf(results);
        }
    }
}
