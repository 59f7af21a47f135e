package com.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One command of the book's chapter 2: a {@code bin/} tool with its arguments, as the reader types it, and what the
 * reader types into it (the console producer's lines), shown the way a terminal shows it.
 *
 * @param tool          the tool as the book names it, e.g. {@code kafka-topics.sh}
 * @param args          its arguments, exactly as the tool gets them
 * @param input         what is typed into it (null: nothing)
 * @param shown         the command line as printed, e.g. {@code $ bin/kafka-topics.sh --list ...}, with the input
 * @param rerunMessage  output that means "already done" on a second run (the failure is then reported, not fatal)
 */
public record ToolCommand(String tool, List<String> args, String input, String shown, String rerunMessage) {

    public ToolCommand {
        args = List.copyOf(args);
    }

    /** {@code bin/<tool> args...}, nothing typed in. */
    public static ToolCommand of(String tool, String... args) {
        return new ToolCommand(tool, List.of(args), null, prompt(tool, List.of(args)), null);
    }

    /** The same command with these lines typed in (shown as a here-document, as the book's terminal reads). */
    public ToolCommand typing(String... lines) {
        String text = String.join("\n", lines);
        return new ToolCommand(tool, args, text + "\n", prompt(tool, args) + " <<'EOF'\n" + text + "\nEOF",
                rerunMessage);
    }

    /** The same command reading the numbers {@code first..last}, one a line: {@code seq first last | bin/...}. */
    public ToolCommand readingNumbers(int first, int last) {
        String numbers = IntStream.rangeClosed(first, last).mapToObj(Integer::toString)
                .collect(Collectors.joining("\n", "", "\n"));
        return new ToolCommand(tool, args, numbers, "$ seq " + first + " " + last + " | " + prompt(tool, args)
                .substring(2), rerunMessage);
    }

    /** The same command shown with {@code shownArgs} (e.g. a file's name instead of its temporary path). */
    public ToolCommand shownAs(String... shownArgs) {
        return new ToolCommand(tool, args, input, prompt(tool, List.of(shownArgs)), rerunMessage);
    }

    /** The same command, whose failure with {@code message} in its output means it was done on an earlier run. */
    public ToolCommand rerunnableIf(String message) {
        return new ToolCommand(tool, args, input, shown, message);
    }

    /**
     * The same command against a secured cluster: Kafka's {@code --command-config} option (every 4.x tool has it)
     * names the reader's client config file, right after the tool's name where the reader would type it.
     */
    public ToolCommand withClientConfig(String file) {
        List<String> secured = new ArrayList<>(List.of("--command-config", file));
        secured.addAll(args);
        String toolName = "$ bin/" + tool;
        int at = shown.indexOf(toolName);
        String shownSecured = at < 0 ? shown : shown.substring(0, at + toolName.length()) + " --command-config "
                + (file.matches("[A-Za-z0-9_./:=,@%+\\\\-]+") ? file : "'" + file + "'")
                + shown.substring(at + toolName.length());
        return new ToolCommand(tool, secured, input, shownSecured, rerunMessage);
    }

    /** The topic this command creates, when it is a {@code kafka-topics.sh --create}. */
    public Optional<String> createdTopic() {
        int topic = args.indexOf("--topic");
        return tool.equals("kafka-topics.sh") && args.contains("--create") && topic >= 0 && topic + 1 < args.size()
                ? Optional.of(args.get(topic + 1)) : Optional.empty();
    }

    private static String prompt(String tool, List<String> args) {
        List<String> words = new ArrayList<>();
        words.add("$ bin/" + tool);
        args.forEach(arg -> words.add(arg.matches("[A-Za-z0-9_./:=,@%+-]+") ? arg : "'" + arg + "'"));
        return String.join(" ", words);
    }
}
