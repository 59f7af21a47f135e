package com.example;

import static com.example.testing.Observations.observed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.testing.KafkaTest;
import com.example.testing.Observations;
import com.example.testing.TestKafka;

/**
 * 2.1.5 로컬 컴퓨터에서 카프카와 통신 확인: the book's first check of a broker from the reader's machine,
 * {@code bin/kafka-broker-api-versions.sh --bootstrap-server HOST:PORT} (on Windows its {@code .cmd} twin).
 */
@KafkaTest
class BrokerApiVersionsTest {

    @Test
    void theBrokerAnswersWithItsNodeAndTheApiVersionsItServes(TestKafka kafka) {
        String address = kafka.settings().bootstrapServers();

        List<String> command = new ArrayList<>(List.of("bin/kafka-broker-api-versions.sh", "--bootstrap-server", address));
        kafka.clientConfigFile().ifPresent(file -> command.addAll(List.of("--command-config", file.toString())));
        ToolProcess.Result versions = ToolProcess.run(Duration.ofSeconds(60), Map.of(), command.toArray(String[]::new));

        versions.stdout().lines().limit(4).forEach(Observations::output);
        assertThat(versions.exitCode()).as(versions.toString()).isZero();
        assertThat(versions.stdout()).as(observed("api-versions.node", address))
                .containsPattern("\\(id: \\d+ rack: null")
                .contains("Produce(0):", "Fetch(1):");
    }
}
