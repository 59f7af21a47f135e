package com.example.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.commons.support.AnnotationSupport;

import com.example.common.Messages;
import com.example.common.Messages.Lang;
import com.example.testing.KafkaTest;

/**
 * Each stop of the tour runs claims that exist — a chapter module's test class and methods, on the tour's broker —
 * and each claim says what it shows in one sentence per language (the grader's sentences too): no broker needed.
 */
class TourCatalogTest {

    @Test
    void everyStepRunsClaimsOfAChapterModuleThatExistAndTalkToKafka() throws Exception {
        for (Step step : TourCatalog.all()) {
            Class<?> claims = Class.forName(step.claims().className());
            boolean ownBrokers = step.section().equals("2.1.4") // the book's server.properties: its own broker
                    || step.needs() == Step.Needs.TWO_CLUSTERS; // MirrorMaker's clusters A and B
            assertThat(AnnotationSupport.isAnnotated(claims, KafkaTest.class) || ownBrokers)
                    .as(step.section() + " " + step.id() + ": a @KafkaTest class").isTrue();
            assertThat(claimMethods(step)).as(step.section() + " " + step.id()).isNotEmpty();
        }
    }

    @Test
    void everyClaimTheTourRunsSaysWhatItShowsInBothLanguagesAndNoStepAssertsAnythingItself() throws Exception {
        for (Step step : TourCatalog.all()) {
            for (Method claim : claimMethods(step)) {
                String key = "claim." + claim.getName();
                assertThat(Messages.text(Lang.KO, key)).as(key).containsPattern("[가-힣]");
                assertThat(Messages.text(Lang.EN, key)).as(key).isNotBlank().doesNotContainPattern("[가-힣]");
            }
        }
        for (String lang : List.of("ko", "en")) {
            Properties bundle = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream("messages_" + lang + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(bundle.stringPropertyNames()).as("the tour asserts nothing itself: no check or observation of its own")
                    .noneMatch(key -> key.startsWith("tour.check.") || key.startsWith("tour.seen."));
        }
    }

    /** The selected methods, else every test method of the class (inherited ones too). */
    private static List<Method> claimMethods(Step step) throws ClassNotFoundException {
        Class<?> type = Class.forName(step.claims().className());
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                boolean test = m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class);
                boolean selected = step.claims().methods().isEmpty() ? test : step.claims().methods().contains(m.getName());
                if (selected) {
                    methods.add(m);
                }
            }
        }
        assertThat(methods.size()).as(step.id() + ": every method named exists")
                .isGreaterThanOrEqualTo(step.claims().methods().size());
        return methods;
    }
}
