package com.example.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import com.example.common.BrokerCheck;
import com.example.common.BrokerUnreachableException;
import com.example.common.ClientConfig;
import com.example.common.ClusterView;
import com.example.common.KafkaSettings;

/**
 * Issue #29: {@code local-kafka --secure --brokers 3} — three brokers and three controllers sharing one CA and one
 * set of users; the reader's client config file works on every broker, also while one of them is down, and a
 * client without it is refused.
 */
class SecureLocalKafkaClusterTest {

    @Test
    void theReaderReplicatesAcrossASecuredClusterAndPlainTextIsRefused() throws Exception {
        try (LocalKafkaCluster cluster = LocalKafkaCluster.start(3, 0, Map.of(), true)) {
            ClientConfig reader = ClientConfig.read(cluster.clientConfigFile(LocalSecurity.READER).orElseThrow()
                    .toString(), "test");
            KafkaSettings settings = new KafkaSettings(cluster.bootstrapServers(), reader.clientSettings());
            try (ClusterView view = new ClusterView(settings)) {
                view.createTopic(new NewTopic("secured-replicated", 1, (short) 3));
                view.send("secured-replicated", "Pangyo", "23");
                cluster.stopNode(2);
                view.send("secured-replicated", "Busan", "24");
                assertThat(view.read("secured-replicated", 2, Duration.ofSeconds(20))).hasSize(2);
            }
            assertThatThrownBy(() -> BrokerCheck.requireReachable(new KafkaSettings(cluster.bootstrapServers()),
                    Duration.ofSeconds(3))).isInstanceOf(BrokerUnreachableException.class)
                    .hasMessageContaining("expects TLS");
        }
    }
}
