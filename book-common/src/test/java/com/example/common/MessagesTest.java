package com.example.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.example.common.Messages.Lang;

/** One place per language: Korean by default, English on request, the same messages in both. */
class MessagesTest {

    /** A String.format conversion: %s, %d, %.1f, %n, %% ... */
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z%]");

    @AfterEach
    void backToTheTestsLanguage() {
        System.setProperty(Messages.LANG_PROPERTY, "en"); // what the build sets for every test JVM
    }

    @Test
    void koreanUnlessBookLangOrBookLangEnvSaysEnglish() {
        assertThat(Messages.choose(null, null)).isEqualTo(Lang.KO);
        assertThat(Messages.choose("", " ")).isEqualTo(Lang.KO);
        assertThat(Messages.choose(null, "en")).isEqualTo(Lang.EN);
        assertThat(Messages.choose("ko", "en")).as("the property wins").isEqualTo(Lang.KO);
        assertThat(Messages.choose("EN", null)).isEqualTo(Lang.EN);
    }

    @Test
    void anUnknownLanguageIsOneLineNamingTheSetting() {
        assertThatThrownBy(() -> Messages.choose("fr", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dbook.lang must be ko (한국어) or en (English), got 'fr'");
        assertThatThrownBy(() -> Messages.choose(null, "jp")).hasMessageStartingWith("BOOK_LANG must be ko");
    }

    @Test
    void bothLanguagesHaveTheSameMessagesWithTheSamePlaceholders() {
        ResourceBundle ko = Messages.bundle(Lang.KO);
        ResourceBundle en = Messages.bundle(Lang.EN);
        assertThat(Collections.list(ko.getKeys())).containsExactlyInAnyOrderElementsOf(Collections.list(en.getKeys()));
        for (String key : Collections.list(en.getKeys())) {
            // the same conversions in the same order: both languages are formatted with the same arguments
            assertThat(placeholders(ko.getString(key))).as(key).isEqualTo(placeholders(en.getString(key)));
            assertThat(ko.getString(key)).as(key + " is Korean").containsPattern("[가-힣]");
        }
    }

    @Test
    void theNoBrokerHintInBothLanguages() {
        System.setProperty(Messages.LANG_PROPERTY, "ko");
        assertThat(BrokerCheck.hint("my-kafka:9092", Messages.text("broker.nothing-listens")))
                .startsWith("my-kafka:9092 에서 응답하는 카프카 브로커가 없습니다 (그 주소에서 기다리는 프로세스가 없습니다).")
                .contains("./mvnw -q -pl local-kafka exec:java", "-Dbootstrap.servers=host:port (또는 환경 변수 "
                        + "BOOTSTRAP_SERVERS)", "hosts 파일",
                        "C:\\Windows\\System32\\drivers\\etc\\hosts");
        assertThat(Messages.text("error", "x")).isEqualTo("오류: x");

        System.setProperty(Messages.LANG_PROPERTY, "en");
        assertThat(BrokerCheck.hint("localhost:9092", Messages.text("broker.nothing-listens")))
                .isEqualTo("No Kafka broker answered at localhost:9092 (nothing listens there). Start one with "
                        + "'./mvnw -q -pl local-kafka exec:java' or 'docker compose up -d', or point elsewhere with "
                        + "-Dbootstrap.servers=host:port (or BOOTSTRAP_SERVERS).");
        assertThat(Messages.text("error", "x")).isEqualTo("error: x");
    }

    /**
     * The value's conversions by the argument each one takes ({@code 1:%s}, {@code 2:%d} ...), without %n and %%
     * (they take no argument): Korean may put the arguments in another order ({@code %2$s ... %1$s}), but each
     * argument is converted the same way in both languages.
     */
    private static List<String> placeholders(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        java.util.Set<String> conversions = new java.util.TreeSet<>();
        int next = 1;
        while (m.find()) {
            if (!m.group().equals("%n") && !m.group().equals("%%")) {
                int index = m.group(1) != null ? Integer.parseInt(m.group(1).replace("$", "")) : next++;
                conversions.add(index + ":" + m.group().replaceFirst("^%\\d+\\$", "%"));
            }
        }
        return new ArrayList<>(conversions);
    }

    /** Every message formats in both languages with arguments of its kinds (no mixed-up or missing argument). */
    @Test
    void everyMessageFormatsInBothLanguages() {
        for (Lang lang : Lang.values()) {
            ResourceBundle bundle = Messages.bundle(lang);
            for (String key : Collections.list(bundle.getKeys())) {
                Object[] args = placeholders(bundle.getString(key)).stream()
                        .map(p -> p.endsWith("d") ? (Object) 1 : p.endsWith("f") ? (Object) 1.0 : "x").toArray();
                assertThat(Messages.text(lang, key, args)).as(lang + " " + key).doesNotContain("%s", "%d");
            }
        }
    }
}
