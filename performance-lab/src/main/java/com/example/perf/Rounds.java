package com.example.perf;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The labs' headline: Kafka's own tool (ProducerPerformance, ConsumerPerformance) against the book's examples,
 * measured back to back round after round. Kept: the best records/s of each, and per example the ratio to the
 * tool in each round, so that the median of those ratios does not depend on one lucky round.
 */
final class Rounds {

    private final String tool;
    private double bestTool;
    private final Map<String, Double> best = new LinkedHashMap<>();
    private final Map<String, List<Double>> ratios = new LinkedHashMap<>();

    Rounds(String tool) {
        this.tool = tool;
    }

    /** One round: the tool's records/s and each example's, measured back to back. */
    void add(double toolRecordsPerSecond, Map<String, Double> examples) {
        bestTool = Math.max(bestTool, toolRecordsPerSecond);
        examples.forEach((name, recordsPerSecond) -> {
            best.merge(name, recordsPerSecond, Math::max);
            ratios.computeIfAbsent(name, n -> new ArrayList<>()).add(recordsPerSecond / toolRecordsPerSecond);
        });
    }

    double bestTool() {
        return bestTool;
    }

    double best(String example) {
        return best.getOrDefault(example, 0.0);
    }

    double medianRatio(String example) {
        return median(ratios.getOrDefault(example, List.of()));
    }

    /** The median of the values (the mean of the middle two for an even count); NaN for none. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int size = sorted.size();
        return size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    }

    /** The headline table: the tool, then each example with best vs best, the median ratio and its note. */
    void print(PrintStream out, Map<String, String> notes) {
        int width = 2 + best.keySet().stream().mapToInt(String::length).max().orElse(0);
        String name = "%-" + width + "s";
        out.printf(Locale.ROOT, "  " + name + "best records/s   best vs best   median of the rounds' ratios%n", "");
        out.printf(Locale.ROOT, "  " + name + "%,14.0f%n", tool, bestTool);
        best.forEach((example, recordsPerSecond) -> out.printf(Locale.ROOT,
                "  " + name + "%,14.0f   %10.2fx   %10.2fx   %s%n", example, recordsPerSecond,
                recordsPerSecond / bestTool, medianRatio(example), notes.getOrDefault(example, "")));
    }
}
