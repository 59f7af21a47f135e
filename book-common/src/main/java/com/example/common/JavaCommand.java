package com.example.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a child JVM: this JVM's own {@code java}, JVM options, a class path, a main class, arguments. */
public final class JavaCommand {

    private JavaCommand() {
    }

    /** {@code java <jvmOptions> -cp <classPath> <mainClass> <args>}, with the running JVM's {@code java}. */
    public static List<String> of(List<String> jvmOptions, String classPath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }
}
