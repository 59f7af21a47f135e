package com.example.perf;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import com.example.common.Messages;

/** The lab's rows as an aligned text table, a CSV file and a small SVG bar chart of records/s. */
public final class ResultTable {

    static final List<String> CSV_HEADER = List.of("lab", "option", "variant", "records", "record_size",
            "seconds", "records_per_sec", "mb_per_sec", "p50_ms", "p99_ms", "note");

    private final List<Measurement> rows = new ArrayList<>();

    public void add(Measurement m) {
        rows.add(m);
    }

    public List<Measurement> rows() {
        return List.copyOf(rows);
    }

    /** Prints the rows as an aligned table, numbers right-aligned. */
    public void print(PrintStream out) {
        String[] header = {"option", "variant", "records", "records/s", "MB/s", "p50 ms", "p99 ms", "note"};
        List<String[]> cells = new ArrayList<>();
        cells.add(header);
        for (Measurement m : rows) {
            cells.add(new String[] {m.option(), m.variant(), Long.toString(m.records()),
                    String.format(Locale.ROOT, "%,.0f", m.recordsPerSecond()),
                    String.format(Locale.ROOT, "%.2f", m.mbPerSecond()), ms(m.p50Ms()), ms(m.p99Ms()), m.note()});
        }
        int[] widths = new int[header.length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        boolean first = true;
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean numeric = i >= 2 && i <= 6;
                String format = "%" + (numeric ? "" : "-") + widths[i] + "s";
                line.append(i == 0 ? "" : "  ").append(String.format(format, row[i]));
            }
            out.println(line.toString().stripTrailing());
            if (first) {
                int total = 0;
                for (int w : widths) {
                    total += w + 2;
                }
                out.println("-".repeat(total - 2));
                first = false;
            }
        }
    }

    /** Writes the rows as CSV (header line first, '.' as decimal point). */
    public Path writeCsv(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", CSV_HEADER));
        for (Measurement m : rows) {
            lines.add(String.join(",", m.lab(), csv(m.option()), csv(m.variant()), Long.toString(m.records()),
                    Integer.toString(m.recordSize()), num(m.seconds(), 3), num(m.recordsPerSecond(), 1),
                    num(m.mbPerSecond(), 3), num(m.p50Ms(), 3), num(m.p99Ms(), 3), csv(m.note())));
        }
        return write(file, lines);
    }

    /** A horizontal bar chart of records/s per row (no library: a few SVG rectangles). */
    public Path writeSvg(Path file, String title) {
        double max = rows.stream().mapToDouble(Measurement::recordsPerSecond).max().orElse(1);
        int rowHeight = 22;
        int labelWidth = 330;
        int barWidth = 420;
        int height = 40 + rows.size() * rowHeight;
        List<String> lines = new ArrayList<>();
        lines.add("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (labelWidth + barWidth + 120)
                + "\" height=\"" + height + "\" font-family=\"monospace\" font-size=\"12\">");
        lines.add("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        lines.add("<text x=\"8\" y=\"20\" font-size=\"14\">" + xml(title) + "</text>");
        int y = 36;
        for (Measurement m : rows) {
            int w = (int) Math.max(1, Math.round(barWidth * m.recordsPerSecond() / Math.max(1, max)));
            lines.add("<text x=\"8\" y=\"" + (y + 14) + "\">" + xml(m.option() + " " + m.variant()) + "</text>");
            lines.add("<rect x=\"" + labelWidth + "\" y=\"" + (y + 3) + "\" width=\"" + w + "\" height=\""
                    + (rowHeight - 6) + "\" fill=\"#4a78b5\"/>");
            lines.add("<text x=\"" + (labelWidth + w + 6) + "\" y=\"" + (y + 14) + "\">"
                    + String.format(Locale.ROOT, "%,.0f/s", m.recordsPerSecond()) + "</text>");
            y += rowHeight;
        }
        lines.add("</svg>");
        return write(file, lines);
    }

    private static Path write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw Messages.failure(e, "perf.table-unwritable", file, e.getMessage());
        }
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String num(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String csv(String value) {
        if (value.contains(",") || value.contains("\"")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Options as a note shows them: {@code key=value} pairs in their order, separated by spaces. */
    static String describe(Map<String, ?> configs) {
        StringBuilder sb = new StringBuilder();
        configs.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }

    /** {@code key, value, key, value ...} as an unmodifiable map in that order (as {@link #describe} prints it). */
    static Map<String, Object> orderedOptions(Object... keyValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
