package com.example.zookeeper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.example.zookeeper.ZooKeeperKafkaMain.Options;

class OptionsTest {

    @Test
    void defaultsAreTheBooksPorts() {
        Options o = Options.parse(new String[] {""}); // what exec:exec passes for an empty -Dzookeeper.kafka.args
        assertThat(o.port).isEqualTo(9092);
        assertThat(o.zookeeperPort).isEqualTo(-1); // = clientPort of zookeeper.properties (2181)
        assertThat(o.advertisedHost).isEqualTo("localhost");
        assertThat(o.zookeeperOnly || o.brokerOnly).isFalse();
    }

    @Test
    void optionsMayComeInOneArgument() {
        Options o = Options.parse(new String[] {"--broker-only --zookeeper-connect localhost:2181 --port 9093",
                "--override", "num.partitions=3"});
        assertThat(o.brokerOnly).isTrue();
        assertThat(o.zookeeperConnect).isEqualTo("localhost:2181");
        assertThat(o.port).isEqualTo(9093);
        assertThat(o.overrides).containsEntry("num.partitions", "3");
    }

    @Test
    void badInputIsOneClearMessage() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--port", "x"}))
                .hasMessage("--port needs a port 0-65535, got: x");
        assertThatThrownBy(() -> Options.parse(new String[] {"--zookeeper-only", "--broker-only"}))
                .hasMessageContaining("exclude each other");
        assertThatThrownBy(() -> Options.parse(new String[] {"--zookeeper-connect", "h:1"}))
                .hasMessageContaining("--broker-only");
        assertThatThrownBy(() -> Options.parse(new String[] {"--override", "novalue"}))
                .hasMessageContaining("KEY=VALUE");
        assertThatThrownBy(() -> Options.parse(new String[] {"--bogus"}))
                .hasMessage("unknown option: --bogus");
    }
}
