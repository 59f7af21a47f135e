package com.example.zookeeper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The book's files are used as they are; only the machine-specific settings are replaced. */
class BookConfigTest {

    private static final Path CONFIG_DIR = BookConfig.defaultConfigDir();

    @Test
    void theBookStyleFilesAreFoundFromThisModule() {
        assertThat(CONFIG_DIR).endsWith(Paths.get("chapter2-cli-scripts", "config"));
        assertThat(CONFIG_DIR.resolve(BookConfig.ZOOKEEPER_FILE)).isRegularFile();
        assertThat(CONFIG_DIR.resolve(BookConfig.SERVER_FILE)).isRegularFile();
    }

    @Test
    void brokerSettingsKeepTheBookAndOverrideOnlyPortsDirsHostAndZooKeeper() {
        Properties book = BookConfig.load(CONFIG_DIR.resolve(BookConfig.SERVER_FILE));
        Path logs = Paths.get("/tmp/x/kafka-logs");

        Properties local = BookConfig.broker(book, 19092, "localhost", "127.0.0.1:12181", logs, Map.of());

        assertThat(local.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
        assertThat(local.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://localhost:19092");
        assertThat(local.getProperty("log.dirs")).isEqualTo(logs.toString());
        assertThat(local.getProperty("zookeeper.connect")).isEqualTo("127.0.0.1:12181");
        for (String key : book.stringPropertyNames()) {
            if (!key.matches("listeners|advertised\\.listeners|log\\.dirs|zookeeper\\.connect")) {
                assertThat(local.getProperty(key)).as(key).isEqualTo(book.getProperty(key).trim());
            }
        }
        assertThat(local.getProperty("broker.id")).isEqualTo("0"); // the book's
    }

    @Test
    void aKraftServerPropertiesLosesItsKraftOnlySettings() {
        Properties kraft = new Properties();
        kraft.setProperty("process.roles", "broker,controller");
        kraft.setProperty("node.id", "1");
        kraft.setProperty("controller.quorum.voters", "1@localhost:9093");
        kraft.setProperty("controller.listener.names", "CONTROLLER");
        kraft.setProperty("inter.broker.listener.name", "PLAINTEXT");
        kraft.setProperty("num.partitions", "3");

        Properties local = BookConfig.broker(kraft, 0, "localhost", "127.0.0.1:2181", Paths.get("/tmp/l"),
                Map.of("group.initial.rebalance.delay.ms", "0"));

        assertThat(local).doesNotContainKeys("process.roles", "node.id", "controller.quorum.voters",
                "controller.listener.names");
        assertThat(local.getProperty("broker.id")).isEqualTo("1");
        assertThat(local.getProperty("num.partitions")).isEqualTo("3");
        assertThat(local.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(local.getProperty("group.initial.rebalance.delay.ms")).isEqualTo("0");
    }

    @Test
    void zookeeperSettingsKeepTheBookAndMoveOnlyTheDataDir() {
        Properties book = BookConfig.load(CONFIG_DIR.resolve(BookConfig.ZOOKEEPER_FILE));
        Path data = Paths.get("/tmp/x/zookeeper");

        Properties local = BookConfig.zookeeper(book, data);

        assertThat(BookConfig.zookeeperPort(book)).isEqualTo(2181);
        assertThat(local.getProperty("dataDir")).isEqualTo(data.toString());
        assertThat(local).doesNotContainKey("clientPort");
        assertThat(local.getProperty("maxClientCnxns")).isEqualTo(book.getProperty("maxClientCnxns"));
    }

    @Test
    void aMissingFileSaysWhatToDo() {
        Path missing = Paths.get("no-such-dir", BookConfig.SERVER_FILE);
        assertThat(Files.exists(missing)).isFalse();
        assertThatThrownBy(() -> BookConfig.load(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--config-dir");
    }
}
