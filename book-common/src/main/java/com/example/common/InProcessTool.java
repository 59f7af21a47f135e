package com.example.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.kafka.common.utils.Exit;

/**
 * Kafka's own command-line tools ({@code TopicCommand}, {@code ConsoleProducer}, {@code ProducerPerformance} ...)
 * run in this JVM through their {@code main}, as {@code bin/kafka-*.sh} runs them in a JVM of its own: the same
 * classes with the same arguments. Standard input is the given text; what the tool prints on standard output and
 * standard error is handed over line by line as it comes; {@link Exit#exit} becomes the tool's exit code instead
 * of the end of this JVM (what the tool prints after it is dropped, as its JVM would have ended there), and the
 * shutdown hooks the tool adds through Kafka's {@code Exit} run when it ends, as its own JVM would run them.
 *
 * <p>Why: a tool JVM takes about 0.7 s to start on a 2-core machine, the chapter-2 walkthroughs run 26 tools,
 * and a JVM of our own runs on every OS without a shell. One tool at a time: {@code System.in/out/err} and
 * Kafka's {@code Exit} belong to the whole JVM.
 */
public final class InProcessTool {

    /** How a tool (or a walkthrough of tools) ended: its exit code (0 when {@code main} returned), every line printed. */
    public record Result(int exitCode, List<String> lines) {

        public Result {
            lines = List.copyOf(lines);
        }

        public String output() {
            return String.join("\n", lines);
        }
    }

    private static final Object ONE_AT_A_TIME = new Object();

    private InProcessTool() {
    }

    /**
     * Runs {@code mainClass}'s {@code main(args)} with {@code stdin} (null: empty) as standard input, hands each
     * printed line to {@code onLine} and returns when {@code main} returned or the tool exited.
     *
     * @throws IllegalArgumentException when there is no such class with a {@code main} on the classpath
     */
    public static Result run(String mainClass, List<String> args, String stdin, Consumer<String> onLine) {
        java.lang.reflect.Method main;
        try {
            main = Class.forName(mainClass).getMethod("main", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw Messages.badInput(e, "tool.no-class", mainClass, e);
        }
        synchronized (ONE_AT_A_TIME) {
            Lines lines = new Lines(onLine);
            PrintStream capture = new PrintStream(lines, true, StandardCharsets.UTF_8);
            PrintStream out = System.out;
            PrintStream err = System.err;
            InputStream in = System.in;
            System.setOut(capture);
            System.setErr(capture);
            System.setIn(new ByteArrayInputStream(stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8)));
            // the first exit ends the tool: nothing after it would have been printed by the tool's own JVM (e.g.
            // TopicCommand exits inside a try that catches Throwable, prints it and exits again with 1)
            AtomicReference<Integer> exited = new AtomicReference<>();
            Exit.setExitProcedure((code, message) -> {
                if (exited.compareAndSet(null, code)) {
                    lines.end();
                    lines.mute();
                }
                throw new ToolExited(code, message);
            });
            List<Runnable> hooks = new ArrayList<>();
            Exit.setShutdownHookAdder((name, hook) -> hooks.add(hook));
            int exitCode;
            try {
                main.invoke(null, (Object) args.toArray(String[]::new));
                exitCode = exited.get() != null ? exited.get() : 0;
            } catch (InvocationTargetException e) {
                exitCode = exited.get() != null ? exited.get() : exitCodeOf(e.getCause(), capture);
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException(mainClass + ".main is not public", e);
            } finally {
                lines.unmute();
                runHooks(hooks, capture);
                Exit.resetExitProcedure();
                Exit.resetShutdownHookAdder();
                System.setOut(out);
                System.setErr(err);
                System.setIn(in);
                capture.flush();
                lines.end();
            }
            return new Result(exitCode, lines.all());
        }
    }

    /** What the tool's JVM does as it ends: the shutdown hooks the tool added (close, print a summary). */
    private static void runHooks(List<Runnable> hooks, PrintStream capture) {
        for (Runnable hook : hooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                capture.println(Messages.text("error", Examples.describe(e)));
            }
        }
    }

    private static int exitCodeOf(Throwable thrown, PrintStream capture) {
        capture.println(Messages.text("error", Examples.describe(thrown))); // what the tool's JVM would have ended with
        return 1;
    }

    /** Thrown instead of ending the JVM: unwinds the tool's main. */
    private static final class ToolExited extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ToolExited(int code, String message) {
            super("exit " + code + (message == null ? "" : ": " + message), null, false, false);
        }
    }

    /** The tool's output, cut into lines (UTF-8) as they are printed. */
    private static final class Lines extends OutputStream {
        private final Consumer<String> onLine;
        private final List<String> all = new ArrayList<>();
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private boolean muted;

        Lines(Consumer<String> onLine) {
            this.onLine = onLine;
        }

        @Override
        public synchronized void write(int b) {
            if (muted) {
                return;
            }
            if (b == '\n') {
                emit();
            } else {
                current.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        private void emit() {
            String line = current.toString(StandardCharsets.UTF_8);
            current.reset();
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            all.add(line);
            onLine.accept(line);
        }

        /** The tool has exited: what its threads print from now on is not its output any more. */
        synchronized void mute() {
            muted = true;
        }

        /** Its JVM's shutdown hooks run now: what they print is the tool's again. */
        synchronized void unmute() {
            muted = false;
        }

        synchronized void end() {
            if (current.size() > 0) {
                emit();
            }
        }

        synchronized List<String> all() {
            return List.copyOf(all);
        }
    }
}
