package com.example.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stopping a process this project started together with everything it started in turn (a walkthrough's shell
 * runs tool JVMs, a launcher runs a broker JVM): first asked to stop, then killed after a grace period. On Unix
 * the ask is SIGTERM, so the children's shutdown hooks stop brokers cleanly; on Windows the JDK can only
 * terminate, which Kafka survives (its logs recover on the next start). JDK only.
 */
public final class ProcessTree {

    private ProcessTree() {
    }

    /** Asks the tree to stop, waits up to {@code grace}, kills what is left; true when all ended in time. */
    public static boolean stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = treeOf(root);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        boolean clean = true;
        for (ProcessHandle handle : tree) {
            if (!awaitExit(handle, deadline)) {
                handle.destroyForcibly();
                clean = false;
            }
        }
        awaitExit(root, System.nanoTime() + TimeUnit.SECONDS.toNanos(5));
        return clean;
    }

    /** Kills the tree at once ({@code kill -9}) and waits up to {@code wait} for the root to be gone. */
    public static void kill(ProcessHandle root, Duration wait) {
        treeOf(root).forEach(ProcessHandle::destroyForcibly);
        awaitExit(root, System.nanoTime() + wait.toNanos());
    }

    private static List<ProcessHandle> treeOf(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        return tree;
    }

    private static boolean awaitExit(ProcessHandle handle, long deadlineNanos) {
        try {
            handle.onExit().get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        } catch (Exception stillRunning) {
            return !handle.isAlive();
        }
    }
}
