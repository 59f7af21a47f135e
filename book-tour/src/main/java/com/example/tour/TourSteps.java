package com.example.tour;

import java.util.ArrayList;
import java.util.List;

/** Every step of the tour, in the book's order: chapter 2, then 3.1 → 3.7. */
public final class TourSteps {

    private TourSteps() {
    }

    public static List<Step> all() {
        List<Step> steps = new ArrayList<>();
        steps.addAll(Chapter2Steps.steps());
        steps.addAll(ConceptSteps.steps());
        steps.addAll(ProducerSteps.steps());
        steps.addAll(ConsumerSteps.steps());
        steps.addAll(AdminSteps.steps());
        steps.addAll(StreamsSteps.steps());
        steps.addAll(ConnectSteps.steps());
        steps.addAll(MirrorMakerSteps.steps());
        return List.copyOf(steps);
    }
}
