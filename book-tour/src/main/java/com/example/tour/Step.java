package com.example.tour;

import java.util.Optional;

import com.example.common.Exercises;
import com.example.common.Exercises.Exercise;
import com.example.common.Messages;
import com.example.common.Messages.Lang;

/**
 * One stop of the tour: a book section, what is about to happen, the command a reader would type for it, and
 * the code that runs the chapter module's example and checks that what the book promises was observed.
 *
 * @param section the book's section number, e.g. {@code 3.4.1} (what {@code --section} selects)
 * @param heading the Korean heading, e.g. {@code 프로듀서 API — 메시지 키를 가진 데이터를 전송하는 프로듀서}
 * @param about   what is about to happen and what the book promises, in each language
 * @param command the command a reader types for the same example
 * @param needs   what the step needs besides a broker
 * @param body    runs the example and verifies the result (throws {@link StepFailure} when not)
 * @param id      {@code <section>.<step id>}, e.g. {@code 3.4.1.keyValue}: its message key and its exercise
 */
public record Step(String section, String heading, About about, String command, Needs needs, Body body, String id) {

    /** What a step needs to run at all; when missing, the step is skipped with the reason. */
    public enum Needs {
        /** One broker (every step). */
        BROKER,
        /** Two clusters (MirrorMaker 2): a second local broker, or {@code --second-cluster} with {@code --external}. */
        TWO_CLUSTERS,
        /** A cluster of three brokers the tour may stop and start (3.1's failures): started by the tour on first use. */
        CLUSTER
    }

    /** The step's code. */
    @FunctionalInterface
    public interface Body {
        void run(StepRun run) throws Exception;
    }

    /** What a step is about, in the reader's language. */
    @FunctionalInterface
    public interface About {
        String in(Lang lang);
    }

    /**
     * A step whose text is book-common's message {@code tour.<section>.<id>} (messages_ko.properties,
     * messages_en.properties).
     */
    public static Step of(String section, String heading, String id, String command, Needs needs, Body body) {
        String key = "tour." + section + "." + id;
        return new Step(section, heading, lang -> Messages.text(lang, key), command, needs, body, section + "." + id);
    }

    /** {@link #of(String, String, String, String, Needs, Body)} for a step that needs one broker. */
    public static Step of(String section, String heading, String id, String command, Body body) {
        return of(section, heading, id, command, Needs.BROKER, body);
    }

    /** What the step is about, in {@code lang}. */
    public String about(Lang lang) {
        return about.in(lang);
    }

    /** The exercise that has the student write this step's listing (shown with {@code --pause}), if any. */
    public Optional<Exercise> exercise() {
        return Exercises.forTourStep(id);
    }

    /** The chapter number: {@code 3} of {@code 3.4.1}. */
    public String chapter() {
        int dot = section.indexOf('.');
        return dot < 0 ? section : section.substring(0, dot);
    }
}
