package com.example.tour;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.common.Messages;
import com.example.common.Messages.Lang;
import com.example.common.ReaderCommand;
import com.example.local.LocalKafkaBroker;
import com.example.testing.ClaimResult;
import com.example.testing.Observations;
import com.example.tour.StepResult.Status;

/**
 * Everything the tour prints, in the reader's language ({@code --lang}, Korean by default): the banner, each step's
 * header, what was seen, its outcome, the list and the summary. The words come from book-common's
 * {@code messages_ko.properties} / {@code messages_en.properties} (keys {@code tour.*}); the headings are Korean in
 * both, as in the book.
 */
final class TourPrinter implements Observations.Narrator {

    private static final String RULE = "=".repeat(100);
    private static final int LABEL_COLUMNS = 5;
    private static final int HEADING_COLUMNS = 44;

    private final PrintStream out;
    private static final Pattern NOTE = Pattern.compile("\\{(tour\\.note\\.[A-Za-z0-9]+)(?::([^}]*))?}");

    private final Lang lang;

    TourPrinter(PrintStream out, Lang lang) {
        this.out = out;
        this.lang = lang;
    }

    Lang lang() {
        return lang;
    }

    /** The tour's message {@code key} in the tour's language. */
    String text(String key, Object... args) {
        return Messages.text(lang, key, args);
    }

    /** Prints the message {@code key} as one line. */
    void line(String key, Object... args) {
        out.println(text(key, args));
        out.flush();
    }

    void banner(int steps, List<String> sections, boolean interactive) {
        out.println(RULE);
        out.println(text("tour.banner.title", LocalKafkaBroker.KAFKA_VERSION));
        out.println(text("tour.banner.steps", steps)
                + (sections.isEmpty() ? "" : text("tour.banner.sections", String.join(", ", sections)))
                + (interactive ? text("tour.banner.interactive") : ""));
        out.println(RULE);
    }

    void header(int number, int total, Step step, boolean showExercise) {
        out.println();
        out.printf("[%d/%d] %s %s%n", number, total, step.section(), step.heading());
        wrapped(text("tour.label.what"), step.about(lang));
        wrapped("  $", command(step.command()));
        if (showExercise) {
            step.exercise().ifPresent(exercise -> wrapped(text("tour.label.exercise"), text("tour.exercise",
                    exercise.title(lang), exercise.minutes(), exercise.stub(), exercise.command())));
        }
    }

    /**
     * The reader's command for this OS, its note in the tour's language: a step's command may end with
     * {@code {tour.note.<name>}} or {@code {tour.note.<name>:<argument>}}, e.g. "(twice, in two terminals)".
     */
    String command(String command) {
        Matcher note = NOTE.matcher(command);
        StringBuilder localized = new StringBuilder();
        while (note.find()) {
            String text = note.group(2) == null ? text(note.group(1)) : text(note.group(1), note.group(2));
            note.appendReplacement(localized, Matcher.quoteReplacement(text));
        }
        note.appendTail(localized);
        return ReaderCommand.forThisOs(localized.toString());
    }

    private void wrapped(String label, String text) {
        String pad = " ".repeat(2 + LABEL_COLUMNS);
        boolean first = true;
        for (String line : text.split("\n")) {
            out.println((first ? "  " + clip(label, LABEL_COLUMNS) : pad) + line);
            first = false;
        }
    }

    /** One observation of a claim ("what you should see"). */
    @Override
    public void seen(String line) {
        out.println("  " + clip(text("tour.label.seen"), LABEL_COLUMNS) + line);
    }

    /** One line of the example's own output (a tool's). */
    @Override
    public void output(String line) {
        out.println("     | " + line);
    }

    /** A claim held, failed (and why) or was skipped (and why). */
    void claim(ClaimResult claim) {
        String time = seconds(claim.elapsed());
        String sentence = claim.sentence(lang);
        if (claim.passed()) {
            out.println(text("tour.claim.passed", sentence, time));
        } else if (claim.skipped()) {
            out.println(text("tour.claim.skipped", sentence, claim.failure().orElseThrow().getMessage()));
        } else {
            out.println(text("tour.claim.failed", sentence, time));
            claim.why().filter(why -> !claim.seen().contains(why)).ifPresent(this::seen);
        }
        out.flush();
    }

    void prompt() {
        out.print(text("tour.prompt"));
        out.flush();
    }

    StepResult result(StepResult result) {
        String time = seconds(result.elapsed());
        out.println(switch (result.status()) {
            case PASSED -> text("tour.passed", time);
            case SKIPPED -> text("tour.skipped", result.message());
            case FAILED -> text("tour.failed", time, result.message());
        });
        out.flush();
        return result;
    }

    void list(List<Step> steps) {
        out.println(text("tour.list"));
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            out.printf("%3d. %-6s %s%n", i + 1, step.section(), step.heading());
            out.printf("%13s$ %s%n", "", command(step.command().split("\n")[0]));
        }
    }

    void summary(TourReport report) {
        out.println();
        out.println(RULE);
        out.println(text("tour.summary"));
        out.println(clip(text("tour.summary.section"), 8) + clip(text("tour.summary.heading"), HEADING_COLUMNS)
                + columns(text("tour.summary.columns").split(",")));
        bySection(report.results()).forEach((section, results) -> out.println(clip(section, 8)
                + clip(shortHeading(results.get(0).step()), HEADING_COLUMNS)
                + counts(results.size(), count(results, Status.PASSED), count(results, Status.FAILED),
                count(results, Status.SKIPPED), totalSeconds(results))));
        out.println(clip(text("tour.summary.total"), 8)
                + clip(text("tour.summary.sections", bySection(report.results()).size()), HEADING_COLUMNS)
                + counts(report.results().size(), report.count(Status.PASSED), report.count(Status.FAILED),
                report.count(Status.SKIPPED), report.wallTime().toMillis() / 1000.0));
        List<StepResult> notPassed = report.results().stream().filter(r -> r.status() != Status.PASSED).toList();
        if (!notPassed.isEmpty()) {
            out.println();
            notPassed.forEach(r -> out.printf("%s [%d] %s %s: %s%n", statusWord(r.status()), r.number(),
                    r.step().section(), r.step().heading(), r.message()));
        }
        out.println(RULE);
        out.println(verdict(report));
        out.flush();
    }

    private String verdict(TourReport report) {
        String wall = seconds(report.wallTime());
        if (report.exitCode() != 0) {
            return text("tour.summary.failed", report.count(Status.FAILED), wall, report.exitCode());
        }
        long skipped = report.count(Status.SKIPPED);
        return skipped == 0 ? text("tour.summary.passed", wall) : text("tour.summary.skipped", skipped, wall);
    }

    private String statusWord(Status status) {
        return text("tour.status." + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Map<String, List<StepResult>> bySection(List<StepResult> results) {
        Map<String, List<StepResult>> bySection = new LinkedHashMap<>();
        results.forEach(r -> bySection.computeIfAbsent(r.step().section(), s -> new ArrayList<>()).add(r));
        return bySection;
    }

    private static String shortHeading(Step step) {
        String heading = step.heading();
        int dash = heading.indexOf(" — ");
        return dash > 0 ? heading.substring(0, dash) : heading;
    }

    private static String columns(String[] names) {
        int[] widths = {6, 7, 7, 8, 9};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].trim();
            sb.append(" ".repeat(Math.max(1, widths[i] - columnsOf(name)))).append(name);
        }
        return sb.toString();
    }

    private static String counts(long steps, long passed, long failed, long skipped, double seconds) {
        return String.format(java.util.Locale.ROOT, "%6d %6d %6d %7d %7.1fs", steps, passed, failed, skipped, seconds);
    }

    private static long count(List<StepResult> results, Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    private static double totalSeconds(List<StepResult> results) {
        return results.stream().mapToLong(r -> r.elapsed().toMillis()).sum() / 1000.0;
    }

    static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** Cut or padded to exactly {@code width} terminal columns, counting Hangul as two. */
    static String clip(String text, int width) {
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

    private static int columnsOf(String text) {
        return text.chars().map(c -> isWide((char) c) ? 2 : 1).sum();
    }

    private static boolean isWide(char c) {
        return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
    }
}
