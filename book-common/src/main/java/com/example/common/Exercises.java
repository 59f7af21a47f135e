package com.example.common;

import java.util.List;
import java.util.Optional;

/**
 * The exercises, one place: for each listing worth writing by hand, the stub a student fills in
 * ({@code src/main/java/com/example/exercise/} of its chapter module), the grader that runs the listing's own
 * claim tests against the stub, and the listing's test (the same claims, bound to the solution).
 *
 * <p>Texts (title, hint, each claim) are the messages {@code exercise.<id>.*} in
 * {@code messages_ko.properties} and {@code messages_en.properties}. The grader is run with
 * {@code ./mvnw -q -pl <module> test-compile exec:java@grade -Dexec.args=<id>} (see test-harness's
 * {@code Grading}); the tour's {@code --pause} shows the exercise next to its step.
 */
public final class Exercises {

    /**
     * One exercise.
     *
     * @param id            what a student types: {@code -Dexec.args=key-producer}
     * @param section       the book's section, e.g. {@code 3.4.1}
     * @param module        the chapter module holding stub, grader and solution
     * @param stub          the class the student edits
     * @param grader        the claims bound to the stub (a JUnit class; not run by surefire)
     * @param solutionTest  the same claims bound to the listing (the listing's own test)
     * @param tourStep      the tour step that shows the listing: {@code <section>.<step id>}
     * @param minutes       about how long a student needs
     */
    public record Exercise(String id, String section, String module, String stub, String grader,
                           String solutionTest, String tourStep, int minutes) {

        /** The exercise's title in the reader's language. */
        public String title() {
            return Messages.text("exercise." + id + ".title");
        }

        /** The exercise's title in {@code lang}. */
        public String title(Messages.Lang lang) {
            return Messages.text(lang, "exercise." + id + ".title");
        }

        /** The command that grades it, from the project's root, as the reader types it on this OS. */
        public String command() {
            return ReaderCommand.forThisOs(
                    "./mvnw -q -pl " + module + " test-compile exec:java@grade -Dexec.args=" + id);
        }
    }

    private static final String PRODUCER = "chapter3-producer";
    private static final String CONSUMER = "chapter3-consumer";
    private static final String STREAMS = "chapter3-streams";
    private static final String CONNECT = "chapter3-connect";

    /** Every exercise, in the book's order. */
    public static final List<Exercise> ALL = List.of(
            of("key-producer", "3.4.1", PRODUCER, "ProducerWithKeyValue", "KeyProducer", "keyValue", 10),
            of("custom-partitioner", "3.4.1", PRODUCER, "CustomPartitioner", "CustomPartitioner",
                    "customPartitioner", 15),
            of("sync-callback", "3.4.1", PRODUCER, "ProducerWithSyncCallback", "SyncCallback", "syncCallback", 10),
            of("sync-commit", "3.4.2", CONSUMER, "ConsumerWithSyncCommit", "SyncCommit", "syncCommit", 10),
            of("record-commit", "3.4.2", CONSUMER, "ConsumerWithSyncOffsetCommit", "RecordCommit",
                    "syncOffsetCommit", 15),
            of("rebalance-listener", "3.4.2", CONSUMER, "RebalanceListener", "RebalanceListener",
                    "rebalanceListener", 20),
            of("safe-shutdown", "3.4.2", CONSUMER, "ConsumerWithSafeShutdown", "SafeShutdown", "safeShutdown", 15),
            of("kstream-join-ktable", "3.5.1", STREAMS, "KStreamJoinKTable", "KStreamJoinKTable", "joinKTable", 15),
            of("processor-filter", "3.5.2", STREAMS, "FilterProcessor", "FilterProcessor", "processor", 10),
            of("file-source-task", "3.6", CONNECT, "SingleFileSourceTask", "FileSourceTask", "standalone", 25));

    private Exercises() {
    }

    /**
     * The catalogue's naming rule: the stub is {@code com.example.exercise.<Listing>}, the grader
     * {@code com.example.<Claims>Grader}, the listing's test {@code com.example.<Claims>Test}.
     */
    private static Exercise of(String id, String section, String module, String listing, String claims,
                               String tourStep, int minutes) {
        return new Exercise(id, section, module, "com.example.exercise." + listing, "com.example." + claims + "Grader",
                "com.example." + claims + "Test", section + "." + tourStep, minutes);
    }

    /** The exercise called {@code id}. */
    public static Optional<Exercise> byId(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The exercises of one chapter module. */
    public static List<Exercise> ofModule(String module) {
        return ALL.stream().filter(e -> e.module().equals(module)).toList();
    }

    /** The exercise shown next to the tour step {@code <section>.<step id>}, if any. */
    public static Optional<Exercise> forTourStep(String tourStep) {
        return ALL.stream().filter(e -> e.tourStep().equals(tourStep)).findFirst();
    }
}
