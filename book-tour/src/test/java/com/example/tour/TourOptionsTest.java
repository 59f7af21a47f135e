package com.example.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.common.Messages;

/** The command line, the step catalog and --list: no broker needed. */
class TourOptionsTest {

    @Test
    void parsesEveryOptionTheReadmeShows() {
        TourOptions o = TourOptions.parse("--section", "3.4.2,2", "--pause", "--external", "--port=0", "--step-timeout", "30", "--verbose");

        assertThat(o.sections()).containsExactly("3.4.2", "2");
        assertThat(o.pause()).isTrue();
        assertThat(o.interactive()).isTrue();
        assertThat(o.external()).isTrue();
        assertThat(o.port()).isZero();
        assertThat(o.stepTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.verbose()).isTrue();
        assertThat(TourOptions.parse("--pause", "--ci").interactive()).as("--ci never waits").isFalse();
        assertThat(TourOptions.parse().port()).isEqualTo(TourOptions.PREFERRED_PORT);
    }

    @Test
    void aSectionSelectsItselfAndWhatIsBelowIt() {
        TourOptions o = TourOptions.parse("--section", "3.4,2.2.1");

        assertThat(o.selects("3.4.1")).isTrue();
        assertThat(o.selects("3.4.2")).isTrue();
        assertThat(o.selects("3.4")).isTrue();
        assertThat(o.selects("3.5.1")).isFalse();
        assertThat(o.selects("3.41")).isFalse();
        assertThat(o.selects("2.2.1")).isTrue();
        assertThat(o.selects("2.2.2")).isFalse();
        assertThat(TourOptions.parse().selects("3.7.1")).as("no --section: everything").isTrue();
    }

    @Test
    void badOptionsSayWhatIsWrongAndShowTheUsage() {
        assertThatThrownBy(() -> TourOptions.parse("--section", "three")).hasMessageContaining("2, 2.2.3, 3.4.2")
                .hasMessageContaining("usage:");
        assertThatThrownBy(() -> TourOptions.parse("--section")).hasMessageContaining("--section needs a value");
        assertThatThrownBy(() -> TourOptions.parse("--fast")).hasMessageContaining("unknown option '--fast'");
        assertThatThrownBy(() -> TourOptions.parse("--port", "99999")).hasMessageContaining("0 to 65535");
    }

    @Test
    void theCatalogFollowsTheBookAndEveryStepHasAKoreanHeadingAndACommand() {
        List<Step> steps = TourCatalog.all();

        assertThat(steps).extracting(Step::section).startsWith("2.1.4", "2.1.5", "2.2.1", "2.2.2", "2.2.3",
                "2.2.4", "2.2.5", "2.2.6", "3.1").endsWith("3.6", "3.6", "3.7", "3.7.1");
        assertThat(steps).extracting(Step::section).contains("3.2", "3.3", "3.4.1", "3.4.2", "3.4.3", "3.5.1",
                "3.5.2");
        assertThat(steps).allSatisfy(step -> {
            assertThat(step.heading()).as(step.section()).containsPattern("[가-힣]");
            assertThat(step.command()).as(step.section()).isNotBlank();
            assertThat(step.about(Messages.Lang.KO)).as(step.section()).containsPattern("[가-힣]");
            assertThat(step.about(Messages.Lang.EN)).as(step.section()).isNotBlank().doesNotContainPattern("[가-힣]");
        });
    }

    @Test
    void listPrintsTheStepsAndStartsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TourReport report = new BookTour(TourOptions.parse("--list"), new PrintStream(out, true,
                StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0])).runTour();

        assertThat(report.exitCode()).isZero();
        assertThat(report.startedPorts()).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3.4.2  컨슈머 API — 리밸런스 리스너를 가진 컨슈머",
                "com.example.ConsumerWithRebalanceListener", " 1. 2.1.4");
    }
}
