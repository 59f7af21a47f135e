package com.example;

import com.example.testing.GraderHonestyTests;

/** Issue #20: each exercise's grader fails its untouched stub and is the listing's own claims. */
class ExercisesTest extends GraderHonestyTests {

    ExercisesTest() {
        super("chapter3-streams");
    }
}
