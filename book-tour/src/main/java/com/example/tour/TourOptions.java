package com.example.tour;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.example.common.Messages;
import com.example.common.Messages.Lang;

/** The tour's command line: {@link #USAGE}. */
public record TourOptions(List<String> sections, boolean pause, boolean ci, boolean list, boolean external,
                          int port, Duration stepTimeout, boolean verbose, Lang lang, boolean view) {

    /** Port meaning "9092 if it is free, else any free port". */
    public static final int PREFERRED_PORT = -1;

    public static final String USAGE = String.join("\n",
            "usage: ./mvnw -q -pl book-tour exec:java [-Dexec.args=\"OPTIONS\"]",
            "  --section S[,S...]    only these chapters/sections: 2, 2.2.3, 3, 3.4.2, 3.5, 3.7 ...",
            "  --pause               press Enter before each step (instructor demo)",
            "  --ci                  non-interactive (never waits for input)",
            "  --list                print the steps and exit",
            "  --external            tour the broker at -Dbootstrap.servers (or BOOTSTRAP_SERVERS) instead of",
            "                        starting one (3.1's failures and MirrorMaker's two clusters stay local)",
            "  --port N              the tour's broker port (default 9092 if free, else a free one; 0 = any)",
            "  --step-timeout S      seconds before a step is stopped and failed (default 90)",
            "  --verbose             show the examples' own log lines too",
            "  --view                the cluster, live in a browser (the page's address is printed)",
            "  --lang ko|en          한국어 (default) or English");

    public TourOptions {
        sections = List.copyOf(sections);
    }

    /** Everything, non-interactive, on a free port: what the tests use. */
    public static TourOptions defaults() {
        return new TourOptions(List.of(), false, true, false, false, 0, Duration.ofSeconds(90),
                false, Messages.current(), false);
    }

    public TourOptions withSections(String... wanted) {
        return new TourOptions(Arrays.asList(wanted), pause, ci, list, external, port, stepTimeout,
                verbose, lang, view);
    }

    /** Whether Enter is awaited before each step. */
    public boolean interactive() {
        return pause && !ci;
    }

    /** Parses the command line; bad input → IllegalArgumentException with the usage. */
    public static TourOptions parse(String... args) {
        List<String> sections = new ArrayList<>();
        boolean pause = false;
        boolean ci = false;
        boolean list = false;
        boolean external = false;
        int port = PREFERRED_PORT;
        Duration timeout = Duration.ofSeconds(90);
        boolean verbose = false;
        boolean view = false;
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            // exec:java splits -Dexec.args on white space; accept --opt=value too
            if (arg == null || arg.isBlank()) {
                continue;
            }
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                words.add(arg.substring(0, eq));
                words.add(arg.substring(eq + 1));
            } else {
                words.add(arg.trim());
            }
        }
        Lang lang = Messages.takeLang(words);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "--section", "--sections", "-s" -> {
                    for (String s : value(words, ++i, word).split(",")) {
                        String section = s.trim();
                        if (!section.matches("\\d+(\\.\\d+)*")) {
                            throw Messages.badInput("tour.section.bad", s, USAGE);
                        }
                        sections.add(section);
                    }
                }
                case "--pause" -> pause = true;
                case "--ci", "--non-interactive", "--batch" -> ci = true;
                case "--list" -> list = true;
                case "--external" -> external = true;
                case "--port" -> port = number(value(words, ++i, word), word, 0, 65535);
                case "--step-timeout" -> timeout = Duration.ofSeconds(number(value(words, ++i, word), word, 5, 3600));
                case "--verbose", "-v" -> verbose = true;
                case "--view" -> view = true;
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> throw Messages.badInput("tour.option.unknown", word, USAGE);
            }
        }
        return new TourOptions(sections, pause, ci, list, external, port, timeout, verbose, lang, view);
    }

    private static String value(List<String> words, int i, String option) {
        if (i >= words.size() || words.get(i).startsWith("--")) {
            throw Messages.badInput("tour.option.needs-value", option, USAGE);
        }
        return words.get(i);
    }

    private static int number(String value, String option, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number from " + min + " to " + max + " (got '"
                    + value + "')");
        }
    }

    /** Whether a step of section {@code section} (e.g. 3.4.2) is selected by {@link #sections()}. */
    public boolean selects(String section) {
        if (sections.isEmpty()) {
            return true;
        }
        return sections.stream().anyMatch(wanted -> section.equals(wanted) || section.startsWith(wanted + "."));
    }
}
