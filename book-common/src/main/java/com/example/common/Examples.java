package com.example.common;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;

/**
 * The {@code main} of every example: resolve {@link KafkaSettings}, fail fast when no broker answers, run the
 * example, and turn bad input into one clear line and a non-zero exit code instead of a stack trace.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     Examples.main(args, settings -> send(settings, "test"));            // runs once
 *     Examples.mainUntilStopped(args, (settings, stop) -> run(settings, stop)); // runs until Ctrl+C
 * }
 * }</pre>
 */
public final class Examples {

    /** Exit code: bad arguments or bad input. */
    public static final int EXIT_BAD_INPUT = 1;
    /** Exit code: no broker answered. */
    public static final int EXIT_NO_BROKER = 2;
    /** Exit code: Kafka reported an error. */
    public static final int EXIT_KAFKA_ERROR = 3;

    /** How long Ctrl+C waits for an example to finish its clean shutdown (commit, close). */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private Examples() {
    }

    /** An example that runs once and returns. */
    @FunctionalInterface
    public interface Example {
        void run(KafkaSettings settings) throws Exception;
    }

    /** An example that runs until {@link StopSignal#stop()} (Ctrl+C or a test). */
    @FunctionalInterface
    public interface StoppableExample {
        void run(KafkaSettings settings, StopSignal stop) throws Exception;
    }

    /** Runs {@code example} once and exits the JVM with its status. */
    public static void main(String[] args, Example example) {
        exit(execute(settingsOrExit(), example, System.err));
    }

    /**
     * {@link KafkaSettings#fromEnvironment()}, or one line naming the setting (a blank or malformed
     * {@code -Dbootstrap.servers} / {@code BOOTSTRAP_SERVERS}) and exit code {@link #EXIT_BAD_INPUT}.
     */
    public static KafkaSettings settingsOrExit() {
        try {
            Messages.current(); // a bad -Dbook.lang / BOOK_LANG is refused here, before anything runs
            Optional<ClientConfig> file = ClientConfig.fromEnvironment();
            KafkaSettings settings = KafkaSettings.from(file);
            file.ifPresent(config -> announce(config, settings));
            return settings;
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            exit(EXIT_BAD_INPUT);
            throw e; // not reached
        }
    }

    /** The start line of a run with a client config file: which file and which address — never a value of it. */
    public static void announce(ClientConfig config, KafkaSettings settings) {
        System.out.println(Messages.text("client-config.using", config.describe(), settings.bootstrapServers()));
        if (config.readableByOthers()) {
            System.err.println(Messages.text("client-config.readable", config.file()));
        }
    }

    /** Runs {@code example} until Ctrl+C, lets it shut down cleanly, and exits with its status. */
    public static void mainUntilStopped(String[] args, StoppableExample example) {
        mainUntilStopped(settingsOrExit(), example);
    }

    /** {@link #mainUntilStopped(String[], StoppableExample)} with settings the example resolved itself. */
    public static void mainUntilStopped(KafkaSettings settings, StoppableExample example) {
        StopSignal stop = new StopSignal();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.stop();
            try {
                finished.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        int status;
        try {
            status = execute(settings, checked -> example.run(checked, stop), System.err);
        } finally {
            finished.countDown();
        }
        if (!stop.isStopped()) {
            // ended by itself (or failed): the hook is no longer needed
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the JVM is exiting anyway
            }
            exit(status);
        }
        // stopped by Ctrl+C: the JVM is already shutting down, just return
    }

    /**
     * Checks the broker, runs the example and maps failures to an exit code, printing one line to {@code err}.
     * Tests call this to run the very code a reader runs without exiting the JVM.
     */
    public static int execute(KafkaSettings settings, Example example, PrintStream err) {
        return execute(settings, BrokerCheck.pointElsewhere(), example, err);
    }

    /**
     * {@link #execute(KafkaSettings, Example, PrintStream)} for an example that reads its address elsewhere: the
     * no-broker hint recommends {@code pointElsewhere} (e.g. {@code -DB.bootstrap.servers=host:port}).
     */
    public static int execute(KafkaSettings settings, String pointElsewhere, Example example, PrintStream err) {
        try {
            BrokerCheck.requireReachable(settings, BrokerCheck.defaultTimeout(), pointElsewhere);
            example.run(settings);
            return 0;
        } catch (BrokerUnreachableException e) {
            err.println(e.getMessage());
            return EXIT_NO_BROKER;
        } catch (IllegalArgumentException e) {
            err.println(Messages.text("error", e.getMessage()));
            return EXIT_BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(Messages.text("interrupted"));
            return EXIT_KAFKA_ERROR;
        } catch (Exception e) {
            if (Root.of(e) instanceof AuthorizationException notAllowed) {
                err.println(SecurityFailures.notAllowed(notAllowed));
            } else {
                err.println(Messages.text(e instanceof KafkaException ? "kafka.error" : "error", describe(e)));
            }
            return EXIT_KAFKA_ERROR;
        }
    }

    /** {@code Class: message} of the exception and of its root cause when it differs. */
    public static String describe(Throwable e) {
        Throwable root = Root.of(e);
        String outer = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? outer : outer + " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static void exit(int status) {
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }
}
