package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.InvalidRequestException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.TestKafka;

/** 3.2 토픽 이름 제약 조건: the validator says what the broker says. */
@KafkaTest
class TopicNameValidatorTest {

    @Test
    void agreesWithTheBrokersVerdictOnTheSameNames(TestKafka kafka) throws Exception {
        String base = TestKafka.unique("names"); // e.g. names-3-1a2b3c4d: legal, unique, no '.' or '_'
        List<String> legal = List.of(
                base,
                base + ".hello.kafka",
                "prd." + base + ".sms-platform.json",
                base + "_snake",
                base + "-Upper-Case",
                base + "x".repeat(TopicNameValidator.MAX_NAME_LENGTH - base.length()),   // exactly 249
                base + ".collide");
        List<String> illegal = List.of(
                "",
                ".",
                "..",
                base + "x".repeat(TopicNameValidator.MAX_NAME_LENGTH + 1 - base.length()), // 250
                base + " space",
                base + "/slash",
                base + ":colon",
                base + "토픽",
                base + "*",
                base + "_collide"); // collides with base.collide, created just before

        List<String> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (String name : concat(legal, illegal)) {
            Set<String> existing = kafka.admin().listTopics().names().get();
            TopicNameValidator.Verdict verdict = TopicNameValidator.check(name, existing);
            boolean brokerAccepted = create(kafka, name);
            assertThat(verdict.legal())
                    .as("validator vs broker on '%s' (validator: %s)", name, verdict.problem())
                    .isEqualTo(brokerAccepted);
            (brokerAccepted ? accepted : rejected).add(name);
        }
        assertThat(accepted).containsExactlyElementsOf(legal);
        observed("topic-names.accepted", accepted.size(), accepted.stream().map(n -> n.length() > 40 ? n.substring(0, 40) + "…" : n).toList());
        observed("topic-names.rejected", rejected.size(), rejected.stream().map(n -> n.length() > 40 ? n.substring(0, 40) + "…" : n).toList());
        assertThat(rejected).containsExactlyElementsOf(illegal);
    }

    @Test
    void kraftsMetadataLogNameIsLegalButRefused(TestKafka kafka) throws Exception {
        String name = "__cluster_metadata";
        TopicNameValidator.Verdict verdict =
                TopicNameValidator.check(name, kafka.admin().listTopics().names().get());

        assertThat(verdict.legal()).isFalse();
        assertThat(verdict.problem()).contains("prohibited");
        assertThatThrownBy(() -> kafka.admin().createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get())
                .hasCauseInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Creation of internal topic __cluster_metadata is prohibited");
    }

    @Test
    void explainsEachRuleInKafkasWords() {
        observed("topic-names.problem", "hello kafka", TopicNameValidator.check("hello kafka", Set.of()).problem());
        assertThat(TopicNameValidator.check("", Set.of()).problem()).contains("empty string is not allowed");
        assertThat(TopicNameValidator.check(".", Set.of()).problem()).contains("'.' is not allowed");
        assertThat(TopicNameValidator.check("..", Set.of()).problem()).contains("'..' is not allowed");
        assertThat(TopicNameValidator.check("t".repeat(250), Set.of()).problem())
                .contains("longer than the max allowed length 249");
        assertThat(TopicNameValidator.check("hello kafka", Set.of()).problem())
                .contains("characters other than ASCII alphanumerics, '.', '_' and '-'");
        assertThat(TopicNameValidator.check("hello_kafka", Set.of("hello.kafka")).problem())
                .contains("collides with existing topic: hello.kafka");
        assertThat(TopicNameValidator.check("hello_kafka.v1", Set.of()).warnings())
                .contains(TopicNameValidator.COLLISION_WARNING);
    }

    @Test
    void adviseTheBooksNamingConventions() {
        TopicNameValidator.Verdict good = TopicNameValidator.check("prd.marketing-team.sms-platform.json", Set.of());
        assertThat(good.legal()).isTrue();
        assertThat(good.warnings()).isEmpty();
        assertThat(good.advice()).isEmpty();

        TopicNameValidator.Verdict camel = TopicNameValidator.check("helloKafka", Set.of());
        observed("topic-names.advice", "helloKafka", camel.advice());
        assertThat(camel.legal()).isTrue();
        assertThat(camel.advice()).anySatisfy(a -> assertThat(a).contains("lower case"))
                .anySatisfy(a -> assertThat(a).contains("<환경>.<팀-명>.<애플리케이션-명>.<메시지-타입>"));
    }

    @Test
    void theReadersReportListsVerdictsAndConventions(TestKafka kafka) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        List<TopicNameValidator.Verdict> verdicts = TopicNameValidator.check(kafka.settings(),
                TopicNameValidator.DEMO_NAMES, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(verdicts).hasSameSizeAs(TopicNameValidator.DEMO_NAMES);
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("'hello.kafka': legal", "'..': ILLEGAL", "'hello kafka': ILLEGAL",
                "warning: " + TopicNameValidator.COLLISION_WARNING, "prd.marketing-team.sms-platform.json",
                "…(250 chars)': ILLEGAL — Topic name is invalid: the length of 'tttttttttttttttttttt…(250 chars)'");
    }

    private static boolean create(TestKafka kafka, String name) throws InterruptedException {
        try {
            kafka.admin().createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
            return true;
        } catch (ExecutionException e) {
            assertThat(e.getCause()).as("broker's answer for '%s'", name).isInstanceOf(InvalidTopicException.class);
            return false;
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
