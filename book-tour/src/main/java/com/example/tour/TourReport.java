package com.example.tour;

import java.time.Duration;
import java.util.List;

/**
 * What a tour run did: every step's result, the exit status, how long it took, and the brokers it started (so a
 * test can check that their ports are free again afterwards).
 */
public record TourReport(List<StepResult> results, int exitCode, Duration wallTime, List<Integer> startedPorts) {

    public TourReport {
        results = List.copyOf(results);
        startedPorts = List.copyOf(startedPorts);
    }

    public long count(StepResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
