package com.example.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.common.BrokerCheck;
import com.example.common.BrokerUnreachableException;
import com.example.common.ClientConfig;
import com.example.common.ClusterView;
import com.example.common.InProcessTool;
import com.example.common.KafkaSettings;
import com.example.common.LocalPorts;

/**
 * Issue #29: the book's EC2 broker, locked down. A broker started from the generated {@code server.properties},
 * set up by the generated script's own commands, lets in a client with the generated client config file — a
 * client of Kafka's own, {@code kafka-topics}, too — and refuses one without it; no password is in the script.
 */
class Ec2LockdownTest {

    private static final Map<String, String> TOOLS = Map.of("kafka-configs.sh", "kafka.admin.ConfigCommand",
            "kafka-acls.sh", "org.apache.kafka.tools.AclCommand");

    @TempDir
    Path temp;

    @Test
    void aBrokerFromTheGeneratedFilesAdmitsTheReadersFileAndNothingElse() throws Exception {
        // the generated server.properties names the instance's Linux paths, which this test points at its folder
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"),
                "the EC2 instance's files are Linux paths");
        Path out = temp.resolve("ec2-broker");
        Ec2Lockdown.Options options = new Ec2Lockdown.Options("localhost", "203.0.113.7", out,
                out.toAbsolutePath().toString(), "127.0.0.1", LocalPorts.free(), LocalPorts.free(), LocalPorts.free());
        Ec2Lockdown.write(options);

        Path script = out.resolve(Ec2Lockdown.SETUP_SCRIPT);
        String scriptText = Files.readString(script);
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        for (String secretFile : List.of(Ec2Lockdown.ADMIN_FILE, "server.properties", "client-reader.properties")) {
            if (posix) { // Windows: the folder under the user's profile is the user's
                assertThat(Files.getPosixFilePermissions(out.resolve(secretFile)))
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
        }
        assertThat(scriptText).doesNotContain(properties(out.resolve("server.properties"))
                .getProperty("ssl.keystore.password")).doesNotContain("password=").doesNotContain("203.0.113.7");
        if (!System.getProperty("os.name").startsWith("Windows")) { // the script is for the Linux instance
            assertThat(new ProcessBuilder("bash", "-n", script.toString()).start().waitFor()).isZero();
        }

        Properties server = properties(out.resolve("server.properties"));
        assertThat(server.getProperty("listeners")).doesNotContain("2181").doesNotContain("8083");
        try (PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            assertThat(StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                    out.resolve("server.properties").toString(), "--ignore-formatted"}, sink)).isZero();
        }
        KafkaRaftServer broker = new KafkaRaftServer(KafkaConfig.fromProps(server, false), Time.SYSTEM);
        broker.startup();
        try {
            runTheScriptsKafkaCommands(scriptText, out);
            ClientConfig readerFile = ClientConfig.read(out.resolve("client-reader.properties").toString(), "test");
            KafkaSettings reader = KafkaSettings.from(java.util.Optional.of(readerFile));
            assertThat(reader.bootstrapServers()).isEqualTo("localhost:" + options.port());
            try (ClusterView view = new ClusterView(reader)) {
                view.createTopic(new NewTopic("from-home", 1, (short) 1));
                view.send("from-home", "Pangyo", "23");
                assertThat(view.read("from-home", 1, Duration.ofSeconds(10))).hasSize(1);
            }
            // Kafka's own tool with the generated file, as the reader runs it from home
            InProcessTool.Result topics = InProcessTool.run("org.apache.kafka.tools.TopicCommand", List.of(
                    "--bootstrap-server", reader.bootstrapServers(), "--command-config",
                    out.resolve("client-reader.properties").toString(), "--list"), null, line -> { });
            assertThat(topics.exitCode()).isZero();
            assertThat(topics.lines()).contains("from-home");

            assertThatThrownBy(() -> BrokerCheck.requireReachable(new KafkaSettings(reader.bootstrapServers()),
                    Duration.ofSeconds(3))).isInstanceOf(BrokerUnreachableException.class)
                    .hasMessageContaining("expects TLS");
        } finally {
            broker.shutdown();
            broker.awaitShutdown();
        }
    }

    @Test
    void aBadPublicNameOrAddressIsOneLineNamingTheOption() {
        assertThatThrownBy(() -> Ec2Lockdown.Options.parse("--public-dns", "bad;name", "--my-ip", "1.2.3.4"))
                .hasMessageContaining("--public-dns").hasMessageContaining("bad;name");
        assertThatThrownBy(() -> Ec2Lockdown.Options.parse("--public-dns", "ec2.example.com", "--my-ip", "1.2.3"))
                .hasMessageContaining("--my-ip");
        assertThatThrownBy(() -> Ec2Lockdown.Options.parse("--public-dns", "ec2.example.com"))
                .hasMessageContaining("--my-ip");
        assertThatThrownBy(() -> Ec2Lockdown.Options.parse()).hasMessageContaining("--public-dns");
        assertThat(Ec2Lockdown.camel("DESCRIBE_CONFIGS")).isEqualTo("DescribeConfigs");
    }

    /** The script's kafka-configs / kafka-acls lines, run with Kafka's tool classes as the instance would. */
    private static void runTheScriptsKafkaCommands(String script, Path here) throws Exception {
        Matcher admin = Pattern.compile("admin=\\((.*)\\)").matcher(script);
        assertThat(admin.find()).isTrue();
        List<String> adminArgs = words(admin.group(1), here);
        int commands = 0;
        for (String line : script.lines().toList()) {
            Matcher tool = Pattern.compile(
                    "^\"\\$kafka/bin/(kafka-configs\\.sh|kafka-acls\\.sh)\" \"\\$\\{admin\\[@]}\" (.*)$").matcher(line);
            if (tool.matches()) {
                List<String> args = new ArrayList<>(adminArgs);
                args.addAll(words(tool.group(2), here));
                InProcessTool.Result result = InProcessTool.run(TOOLS.get(tool.group(1)), args, null, l -> { });
                assertThat(result.exitCode()).as(line + "\n" + result.lines()).isZero();
                commands++;
            }
        }
        assertThat(commands).isEqualTo(3); // the reader's ACLs: topics, groups, the cluster
    }

    /** The script's words: "$here/x" is this folder's x, '...' and "..." quote. */
    private static List<String> words(String text, Path here) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(text);
        while (word.find()) {
            String w = word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : word.group(3);
            words.add(w.replace("$here", here.toAbsolutePath().toString()));
        }
        return words;
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
