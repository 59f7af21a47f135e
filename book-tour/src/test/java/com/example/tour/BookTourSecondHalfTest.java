package com.example.tour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second half of the tour as CI runs it (3.4 to 3.7: the client APIs, Streams, Connect, MirrorMaker 2 with its
 * cluster B), in a test JVM of its own beside BookTourTest's first half.
 */
class BookTourSecondHalfTest {

    @BeforeAll
    static void quietLogs() {
        BookTour.configureLogging(false);
    }

    @Test
    void theSecondHalfRunsNonInteractivelyAndEveryStepDoesWhatTheBookSays() {
        TourRuns.Run run = TourRuns.tour(TourOptions.defaults().withSections(
                TourRuns.SECOND_HALF.toArray(String[]::new)));

        TourRuns.assertEveryStepDidWhatTheBookSays(run, TourRuns.SECOND_HALF);
        assertThat(run.output()).contains("] 3.4.1", "] 3.7.1")
                .contains("murmur2(key) % 3, as the default partitioner");
    }
}
