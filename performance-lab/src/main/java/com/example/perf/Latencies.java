package com.example.perf;

import java.util.Arrays;

/** Per-record latencies in microseconds and their percentiles (the way ProducerPerformance picks them). */
final class Latencies {

    private final int[] micros;

    Latencies(int count) {
        this.micros = new int[count];
    }

    void record(int index, long nanos) {
        micros[index] = (int) Math.min(Integer.MAX_VALUE, nanos / 1_000);
    }

    /** The {@code fraction} percentile (0.5, 0.99) in milliseconds. */
    double percentileMs(double fraction) {
        int[] sorted = micros.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, fraction * sorted.length);
        return sorted[index] / 1000.0;
    }
}
