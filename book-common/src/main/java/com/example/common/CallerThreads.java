package com.example.common;

import java.util.concurrent.Executor;

/**
 * An {@link Executor} for {@code CompletableFuture.runAsync(..., executor)} that runs each task on a new daemon
 * thread carrying the caller's context class loader. The common pool's threads carry the system class loader,
 * and Kafka loads its plugins (metrics reporters, serializers) through the context class loader: under
 * {@code mvn exec:java} (which runs the example in a class loader of its own) on JDK 25, a broker started on a
 * common-pool thread died with "Class org.apache.kafka.common.metrics.JmxReporter cannot be found".
 */
public final class CallerThreads {

    private CallerThreads() {
    }

    /** Threads named {@code name-N}, with the context class loader of the thread calling this method. */
    public static Executor of(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return task -> {
            Thread thread = new Thread(task, name + "-" + System.nanoTime() % 100_000);
            thread.setContextClassLoader(loader);
            thread.setDaemon(true);
            thread.start();
        };
    }
}
