package com.example.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.example.common.Exercises;
import com.example.common.Exercises.Exercise;
import com.example.common.Messages;
import com.example.common.Messages.Lang;
import com.example.testing.ExerciseReport.Target;

/**
 * {@link Grading}'s command line: {@code [exercise-id ...] [--lang ko|en] [--solution]}. No id: every exercise
 * whose grader is on this module's classpath.
 */
record GradingArgs(List<Exercise> exercises, Lang lang, Target target) {

    static GradingArgs parse(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        Lang chosen = Messages.takeLang(rest);
        Target target = Target.STUDENT;
        List<String> ids = new ArrayList<>();
        for (String arg : rest) {
            if (arg.equals("--solution")) {
                target = Target.SOLUTION;
            } else {
                ids.add(arg.trim().toLowerCase(Locale.ROOT));
            }
        }
        List<Exercise> here = onClasspath();
        List<Exercise> wanted = ids.isEmpty() ? here : ids.stream().map(id -> find(id, here, chosen)).toList();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException(Messages.text(chosen, "grade.none-here"));
        }
        return new GradingArgs(wanted, chosen, target);
    }

    /** The exercise {@code id} of this module, or one line saying where it is or which there are. */
    private static Exercise find(String id, List<Exercise> here, Lang lang) {
        Exercise exercise = Exercises.byId(id).orElseThrow(() -> new IllegalArgumentException(
                Messages.text(lang, "grade.unknown", id, ids(Exercises.ALL))));
        if (!here.contains(exercise)) {
            throw new IllegalArgumentException(Messages.text(lang, "grade.other-module", id, exercise.module(),
                    exercise.command()));
        }
        return exercise;
    }

    private static String ids(List<Exercise> exercises) {
        return exercises.stream().map(Exercise::id).collect(Collectors.joining(", "));
    }

    /** The exercises of this classpath: those whose grader is here. */
    static List<Exercise> onClasspath() {
        return Exercises.ALL.stream().filter(e -> loadable(e.grader())).toList();
    }

    static boolean loadable(String className) {
        try {
            Class.forName(className, false, GradingArgs.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
