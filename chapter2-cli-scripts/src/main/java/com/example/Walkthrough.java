package com.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.example.Walkthroughs.Part;
import com.example.Walkthroughs.Section;
import com.example.Walkthroughs.Settings;
import com.example.common.BrokerCheck;
import com.example.common.BrokerUnreachableException;
import com.example.common.ClientConfig;
import com.example.common.ClusterView;
import com.example.common.DataDirectories;
import com.example.common.Examples;
import com.example.common.InProcessTool;
import com.example.common.KafkaSettings;
import com.example.common.Messages;
import com.example.common.ToolJvm;

/**
 * 2.2 카프카 커맨드 라인 툴 — the book's commands of a section ({@link Walkthroughs}), one after the other, printed as
 * a terminal shows them ({@code ### heading}, {@code $ bin/kafka-topics.sh ...}, the tool's output). Each runs
 * Kafka 4.3.1's own tool class with exactly those arguments, in this JVM (book-common's {@link InProcessTool}), so
 * a walkthrough needs no shell and runs the same on Windows, macOS and Linux.
 *
 * <pre>
 * 1. start a broker:      ./mvnw -q -pl local-kafka exec:java
 * 2. run a walkthrough:   ./mvnw -q -pl chapter2-cli-scripts exec:java -Dexec.args="2.2.1"
 *                         (no argument: 2.2.1 to 2.2.6 in order; or walkthrough/2.2.1-kafka-topics.sh,
 *                          walkthrough\2.2.1-kafka-topics.cmd on Windows)
 * </pre>
 *
 * Environment: {@code BOOTSTRAP_SERVERS} (or {@code -Dbootstrap.servers}; default localhost:9092),
 * {@code TOPIC_SUFFIX} (appended to every topic and group name; default none: the book's names),
 * {@code CONSUMER_TIMEOUT_MS} (how long a console consumer without {@code --max-messages} waits for a record;
 * default 3000). Exit status: 0, or the first failing tool's.
 */
public final class Walkthrough {

    static final int DEFAULT_CONSUMER_TIMEOUT_MS = 3000;
    /** A tool in a JVM of its own that has not ended by then is stopped (and fails the walkthrough). */
    static final java.time.Duration TOOL_JVM_TIMEOUT = java.time.Duration.ofSeconds(60);

    private Walkthrough() {
    }

    public static void main(String[] args) {
        Path workDir = DataDirectories.createTemp("walkthrough-");
        int status;
        try {
            status = runSections(args, workDir);
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            status = Examples.EXIT_BAD_INPUT;
        } finally {
            DataDirectories.delete(workDir);
        }
        System.exit(status);
    }

    private static int runSections(String[] args, Path workDir) {
        Optional<ClientConfig> clientConfig = ClientConfig.fromEnvironment();
        KafkaSettings kafka = KafkaSettings.from(clientConfig);
        clientConfig.ifPresent(config -> Examples.announce(config, kafka));
        Settings settings = new Settings(kafka.bootstrapServers(), suffix(System.getenv("TOPIC_SUFFIX")),
                consumerTimeout(System.getenv("CONSUMER_TIMEOUT_MS")), workDir,
                clientConfig.map(config -> config.file().toString()).orElse(null));
        List<Section> sections = args.length == 0 ? Walkthroughs.all(settings)
                : java.util.Arrays.stream(args).map(id -> Walkthroughs.section(id.trim(), settings)).toList();
        try {
            BrokerCheck.requireReachable(kafka);
        } catch (BrokerUnreachableException e) {
            System.err.println(e.getMessage());
            return Examples.EXIT_NO_BROKER;
        }
        System.out.println(settings.suffix().isEmpty() ? Messages.text("walkthrough.broker", settings.bootstrapServers())
                : Messages.text("walkthrough.broker.suffix", settings.bootstrapServers(), settings.suffix()));
        for (Section section : sections) {
            InProcessTool.Result result = run(section, settings, System.out::println);
            if (result.exitCode() != 0) {
                return result.exitCode();
            }
        }
        return 0;
    }

    /**
     * Runs {@code section}'s commands in order, handing every line to {@code print} (headings, commands, the tools'
     * output); stops at the first command that fails (unless its output says it was done on an earlier run).
     * Returns the first failing command's exit code (else 0) and every line printed.
     */
    public static InProcessTool.Result run(Section section, Settings settings, Consumer<String> print) {
        List<String> lines = new ArrayList<>();
        Consumer<String> out = line -> {
            lines.add(line);
            print.accept(line);
        };
        for (Part part : section.parts()) {
            out.accept("");
            out.accept("### " + part.heading());
            if (part.file() != null) {
                write(settings.workDir().resolve(part.file().name()), part.file().content());
                out.accept("$ cat " + part.file().name());
                out.accept(part.file().content());
            }
            for (ToolCommand given : part.commands()) {
                ToolCommand command = settings.clientConfig() == null ? given
                        : given.withClientConfig(settings.clientConfig());
                command.shown().lines().forEach(out);
                InProcessTool.Result result = runTool(command, out);
                if (result.exitCode() != 0) {
                    if (command.rerunMessage() == null || !result.output().contains(command.rerunMessage())) {
                        return new InProcessTool.Result(result.exitCode(), lines);
                    }
                    out.accept(Messages.text("walkthrough.rerun", command.rerunMessage()));
                }
                command.createdTopic().ifPresent(topic -> awaitLeaders(settings, topic));
            }
        }
        return new InProcessTool.Result(0, lines);
    }

    /**
     * {@code --create} returns once the controller made the topic; the broker learns of it a moment later. The next
     * command of the book (--list, --describe, a producer) may ask the broker sooner than a reader typing it would:
     * wait until every partition has a leader.
     */
    private static void awaitLeaders(Settings settings, String topic) {
        try (ClusterView cluster = new ClusterView(settings.kafka())) {
            cluster.awaitLeaders(topic);
        }
    }

    /** In this JVM, or in a JVM of its own for the tools that end theirs ({@link KafkaTools#OWN_JVM}). */
    static InProcessTool.Result runTool(ToolCommand command, Consumer<String> out) {
        String mainClass = KafkaTools.mainClass(command.tool());
        return KafkaTools.OWN_JVM.contains(command.tool())
                ? ToolJvm.run(mainClass, command.args(), command.input(), out, TOOL_JVM_TIMEOUT)
                : InProcessTool.run(mainClass, command.args(), command.input(), out);
    }

    /** {@code TOPIC_SUFFIX}: characters a topic name may hold, or nothing. */
    static String suffix(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (!value.matches("[A-Za-z0-9._-]{1,100}")) {
            throw Messages.badInput("walkthrough.topic-suffix.bad", value);
        }
        return value;
    }

    /** {@code CONSUMER_TIMEOUT_MS}: 100 to 600000, default {@value #DEFAULT_CONSUMER_TIMEOUT_MS}. */
    static int consumerTimeout(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_CONSUMER_TIMEOUT_MS;
        }
        try {
            int ms = Integer.parseInt(value.trim());
            if (ms >= 100 && ms <= 600_000) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Messages.badInput("walkthrough.consumer-timeout.bad", value);
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
