package com.example.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.common.Messages.Lang;
import com.example.tour.StepResult.Status;

/** The tour speaks the reader's language: Korean by default, English with --lang en, the same steps in both. */
class TourPrinterTest {

    private static final Step PRODUCER = TourCatalog.all().stream()
            .filter(step -> step.section().equals("3.4.1")).findFirst().orElseThrow();

    @Test
    void koreanIsTheDefaultAndEnglishIsOneOptionAway() {
        assertThat(TourOptions.parse("--lang", "ko").lang()).isEqualTo(Lang.KO);
        assertThat(TourOptions.parse("--lang=EN").lang()).isEqualTo(Lang.EN);
        assertThatThrownBy(() -> TourOptions.parse("--lang", "jp")).hasMessageContaining("--lang")
                .hasMessageContaining("ko").hasMessageContaining("en");
    }

    @Test
    void aStepIsNarratedInKoreanWithTheKoreanHeadingAndTheSameCommand() {
        String korean = print(Lang.KO, printer -> printer.header(1, 44, PRODUCER, false));
        String english = print(Lang.EN, printer -> printer.header(1, 44, PRODUCER, false));

        assertThat(korean).contains("[1/44] 3.4.1 프로듀서 API — 카프카 프로듀서 프로젝트 생성", "  내용 SimpleProducer가",
                "키 없이", com.example.common.ReaderCommand.forThisOs(PRODUCER.command()));
        assertThat(english).contains("[1/44] 3.4.1 프로듀서 API — 카프카 프로듀서 프로젝트 생성",
                "  what SimpleProducer sends one record", com.example.common.ReaderCommand.forThisOs(PRODUCER.command()));
    }

    /** Issue #31: the note after a reader's command is in the tour's language, never a placeholder or English. */
    @Test
    void everyCommandsNoteComesInTheToursLanguage() {
        TourPrinter korean = new TourPrinter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Lang.KO);
        TourPrinter english = new TourPrinter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Lang.EN);
        for (Step step : TourCatalog.all()) {
            assertThat(korean.command(step.command())).as(step.id()).doesNotContain("{tour.note", "twice", "then Ctrl",
                    "or chapter2", "cluster A at", "Kafka ready");
            assertThat(english.command(step.command())).as(step.id()).doesNotContain("{tour.note");
        }
        Step rebalance = TourCatalog.all().stream().filter(step -> step.command().contains("RebalanceListener"))
                .findFirst().orElseThrow();
        assertThat(korean.command(rebalance.command())).endsWith("(터미널 두 개에서 두 번)");
        assertThat(english.command(rebalance.command())).endsWith("(twice, in two terminals)");
    }

    /** Issue #20: an instructor pausing at a step sees the exercise that has students write its listing. */
    @Test
    void withPauseAStepShowsItsExerciseAndTheCommandThatGradesIt() {
        Step keyProducer = TourCatalog.all().stream()
                .filter(step -> (step.section() + "." + step.id()).equals("3.4.1.keyValue"))
                .findFirst().orElseThrow();

        String paused = print(Lang.KO, printer -> printer.header(2, 44, keyProducer, true));
        String notPaused = print(Lang.KO, printer -> printer.header(2, 44, keyProducer, false));

        assertThat(paused).contains("  연습 메시지 키를 가진 데이터를 전송하는 프로듀서 (약 10분)",
                "com.example.exercise.ProducerWithKeyValue",
                com.example.common.ReaderCommand.forThisOs(
                        "./mvnw -q -pl chapter3-producer test-compile exec:java@grade \"-Dexec.args=key-producer\""));
        assertThat(notPaused).doesNotContain("exec:java@grade");
        assertThat(TourCatalog.all().stream().flatMap(step -> step.exercise().stream()).map(e -> e.id()))
                .as("every exercise is shown at one step").hasSameElementsAs(
                        com.example.common.Exercises.ALL.stream().map(e -> e.id()).toList());
    }

    @Test
    void outcomesAndTheSummaryAreInTheReadersLanguageAndTheColumnsLineUpInBoth() {
        TourReport report = new TourReport(List.of(
                new StepResult(1, PRODUCER, Status.PASSED, "", List.of(), Duration.ofMillis(1200)),
                new StepResult(2, PRODUCER, Status.SKIPPED, "no bash", List.of(), Duration.ZERO)),
                0, Duration.ofMillis(5000), List.of());

        String korean = print(Lang.KO, printer -> printer.summary(report));
        String english = print(Lang.EN, printer -> printer.summary(report));

        assertThat(korean).contains("요약", "건너뜀 [2] 3.4.1", "실패한 단계는 없습니다. 1 단계는 건너뛰었습니다",
                "전체 5.0 s");
        assertThat(english).contains("Summary", "SKIPPED [2] 3.4.1", "No step failed; 1 skipped", "wall time 5.0 s");
        for (String summary : List.of(korean, english)) {
            List<Integer> ends = summary.lines().filter(line -> line.matches("^(3\\.4\\.1|합계|total|섹션|section).*"))
                    .map(TourPrinterTest::displayColumns).toList();
            assertThat(ends).as(summary).hasSize(3).containsOnly(ends.get(0));
        }
        assertThat(print(Lang.KO, printer -> printer.result(report.results().get(0)))).contains("통과 (1.2 s)");
        assertThat(print(Lang.EN, printer -> printer.result(report.results().get(0)))).contains("PASSED in 1.2 s");
    }

    private static int displayColumns(String line) {
        return line.chars().map(c -> c >= 0xAC00 && c <= 0xD7A3 ? 2 : 1).sum();
    }

    private static String print(Lang lang, java.util.function.Consumer<TourPrinter> printing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        printing.accept(new TourPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), lang));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
