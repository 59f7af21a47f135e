package com.example;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.internals.Topic;

import com.example.common.Examples;
import com.example.common.KafkaSettings;

/**
 * 3.2 토픽과 파티션 — 토픽 이름 제약 조건 and 의미 있는 토픽 이름 작명 방법.
 */
public class TopicNameValidator {

    /** Longest legal topic name (Kafka's limit). */
    public static final int MAX_NAME_LENGTH = 249;

    /** kafka-topics.sh's warning for names with '.' or '_'. */
    public static final String COLLISION_WARNING = "Due to limitations in metric names, topics with a period ('.') "
            + "or underscore ('_') could collide. To avoid issues it is best to use either, but not both.";

    /** The book's naming templates, each with its example. */
    public static final List<String> CONVENTIONS = List.of(
            "<환경>.<팀-명>.<애플리케이션-명>.<메시지-타입>      e.g. prd.marketing-team.sms-platform.json",
            "<프로젝트-명>.<서비스-명>.<환경>.<이벤트-명>        e.g. commerce.payment.prd.notification",
            "<환경>.<서비스-명>.<JIRA-번호>.<메시지-타입>        e.g. dev.email-sender.jira-1234.email-vo-custom",
            "<카프카-클러스터-명>.<환경>.<서비스-명>.<메시지-타입> e.g. aws-kafka.live.marketing-platform.json");

    /** What {@link #main} checks when no names are given. */
    public static final List<String> DEMO_NAMES = List.of(
            "test", "hello.kafka", "prd.marketing-team.sms-platform.json", "commerce.payment.prd.notification",
            "", ".", "..", "t".repeat(MAX_NAME_LENGTH + 1), "hello kafka", "토픽", "order/v1",
            "helloKafka", "hello_kafka.v1", "__consumer_offsets", "__cluster_metadata");

    /**
     * The verdict on one name.
     *
     * @param problem  why Kafka refuses the name, or {@code null} if it accepts it
     * @param warnings legal, but likely to hurt
     * @param advice   the book's naming conventions the name does not follow
     */
    public record Verdict(String name, String problem, List<String> warnings, List<String> advice) {

        /** Whether Kafka would create a topic with this name (given the existing topics). */
        public boolean legal() {
            return problem == null;
        }
    }

    public static void main(String[] args) {
        List<String> names = args.length > 0 ? Arrays.asList(args) : DEMO_NAMES;
        Examples.main(args, settings -> check(settings, names, System.out));
    }

    /** Checks {@code names} against Kafka's rules and the topics that exist on the broker; prints a report. */
    public static List<Verdict> check(KafkaSettings settings, List<String> names, PrintStream out)
            throws InterruptedException {
        Set<String> existing;
        try (Admin admin = Admin.create(settings.admin())) {
            existing = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof KafkaException k ? k : new KafkaException(e.getCause());
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (String name : names) {
            Verdict verdict = check(name, existing);
            verdicts.add(verdict);
            print(verdict, out);
        }
        out.println();
        out.println("Naming conventions from the book (3.2) — pick one for the whole team; "
                + "a topic cannot be renamed, only re-created:");
        CONVENTIONS.forEach(c -> out.println("  " + c));
        return verdicts;
    }

    /** The verdict on {@code name} when the topics {@code existingTopics} already exist. */
    public static Verdict check(String name, Collection<String> existingTopics) {
        String[] problem = {null};
        Topic.validate(name, "Topic name", message -> problem[0] = message);
        List<String> warnings = new ArrayList<>();
        List<String> advice = new ArrayList<>();
        if (problem[0] == null && Topic.CLUSTER_METADATA_TOPIC_NAME.equals(name)) {
            // a legal name, but the KRaft metadata log's: the controller refuses it (InvalidRequestException)
            problem[0] = "Creation of internal topic " + name + " is prohibited (KRaft's metadata log)";
        }
        if (problem[0] == null) {
            if (Topic.hasCollisionChars(name)) {
                existingTopics.stream()
                        .filter(existing -> !existing.equals(name) && Topic.hasCollision(name, existing))
                        .findFirst()
                        .ifPresent(existing -> problem[0] =
                                "Topic '" + name + "' collides with existing topic: " + existing);
                if (name.contains(".") && name.contains("_")) {
                    warnings.add(COLLISION_WARNING);
                }
            }
            if (Topic.isInternal(name)) {
                warnings.add("'" + name + "' is one of Kafka's internal topics: the broker creates it when needed "
                        + "with the right settings; do not create or write it yourself");
            } else if (name.startsWith("__")) {
                advice.add("names starting with '__' look like Kafka's internal topics (__consumer_offsets)");
            }
            if (existingTopics.contains(name)) {
                warnings.add("'" + name + "' already exists");
            }
            advice.addAll(conventionAdvice(name));
        }
        return new Verdict(name, problem[0], List.copyOf(warnings), List.copyOf(advice));
    }

    private static List<String> conventionAdvice(String name) {
        List<String> advice = new ArrayList<>();
        if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            advice.add("use lower case: names are case-sensitive (Test and test are two topics); "
                    + "join words with '-' (kebab-case) instead of camelCase");
        }
        if (name.contains("_") && !Topic.isInternal(name)) {
            advice.add("prefer '-' inside a segment and '.' between segments, never both '.' and '_'");
        }
        if (name.split("\\.", -1).length < 3 && !Topic.isInternal(name)) {
            advice.add("say what the topic is for with a template, e.g. <환경>.<팀-명>.<애플리케이션-명>.<메시지-타입> "
                    + "-> prd.marketing-team.sms-platform.json");
        }
        return advice;
    }

    private static void print(Verdict verdict, PrintStream out) {
        String shown = verdict.name().length() > 40
                ? verdict.name().substring(0, 20) + "…(" + verdict.name().length() + " chars)"
                : verdict.name();
        if (verdict.legal()) {
            out.println("'" + shown + "': legal");
        } else {
            out.println("'" + shown + "': ILLEGAL — " + verdict.problem().replace(verdict.name(), shown));
        }
        verdict.warnings().forEach(w -> out.println("    warning: " + w));
        verdict.advice().forEach(a -> out.println("    advice:  " + a));
    }
}
