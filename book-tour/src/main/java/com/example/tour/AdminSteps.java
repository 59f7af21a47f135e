package com.example.tour;

import java.util.List;

import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;

import com.example.KafkaAdminClient;

/** 3.4.3 어드민 API (chapter3-admin's KafkaAdminClient). */
final class AdminSteps {

    private AdminSteps() {
    }

    static List<Step> steps() {
        return List.of(Step.of("3.4.3", "어드민 API — 브로커 정보 조회, 토픽 정보 조회",
                "adminClient",
                "./mvnw -q -pl chapter3-admin exec:java -Dexec.mainClass=com.example.KafkaAdminClient "
                        + "-Dexec.args=\"test --non-default\"",
                AdminSteps::adminClient));
    }

    private static void adminClient(StepRun run) throws Exception {
        String topic = run.unique("test");
        run.kafka().createTopicIfAbsent(topic, 3);
        List<KafkaAdminClient.BrokerConfigs> brokers = KafkaAdminClient.brokerInfo(run.settings(), true);
        for (KafkaAdminClient.BrokerConfigs broker : brokers) {
            run.observe("admin.adminClient.1", broker.node(),
                    broker.entries().size(), broker.value("log.dirs").orElse("?"),
                    broker.value("num.partitions").orElse("(default)"));
        }
        run.check(!brokers.isEmpty(), "admin.adminClient.1");
        run.check(brokers.stream().allMatch(b -> b.value("log.dirs").isPresent()
                        || b.value("log.dir").isPresent() || !b.entries().isEmpty()),
                "admin.adminClient.2");
        TopicDescription description = KafkaAdminClient.topicInfo(run.settings(), topic);
        for (TopicPartitionInfo p : description.partitions()) {
            run.observe("admin.adminClient.2", description.name(), p.partition(),
                    p.leader().idString(), p.replicas().stream().map(n -> n.id()).toList(),
                    p.isr().stream().map(n -> n.id()).toList());
        }
        run.check(description.partitions().size() == 3, "admin.adminClient.3", topic,
                description.partitions().size());
    }
}
