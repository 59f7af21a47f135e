package com.example.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.apache.kafka.common.resource.ResourceType;

import com.example.common.DataDirectories;
import com.example.common.Messages;

/**
 * 2.1 실습용 카프카 브로커 설치, locked down: the book opens a plain-text broker on EC2 to the reader's
 * computer.
 * This writes what the same broker needs to be safe on the internet, for Kafka 4.3.1's tarball on the instance:
 *
 * <ul>
 *   <li>{@code server.properties}: one KRaft node; clients on a SASL_SSL listener (a certificate that names the
 *       instance's public DNS name, then a PLAIN login inside TLS, as Confluent Cloud does); the broker's own and
 *       the controller's traffic on 127.0.0.1 only, with a login; {@code StandardAuthorizer}, the one super user
 *       {@code admin}. (Not SCRAM here: Kafka 4.3.1 takes a SCRAM password only on kafka-storage's or
 *       kafka-configs' command line — its {@code --add-config-file} refuses SCRAM credentials — and this project
 *       puts no password on a command line.)</li>
 *   <li>the broker's keystore and the clients' truststore (a CA made here, {@link LocalCertificates});</li>
 *   <li>{@code setup-on-ec2.sh}: formats the storage, starts the broker, gives the {@code reader} user its ACLs —
 *       every password read from a file of this folder, none on a command line;</li>
 *   <li>{@code client-reader.properties}: the reader's client config file for this computer.</li>
 * </ul>
 * The security group opens the one client port to the reader's address only: never ZooKeeper's 2181, the
 * controller port or Connect's 8083. Passwords are random and stay in files only their owner can read.
 */
public final class Ec2Lockdown {

    static final String ADMIN_FILE = "admin-internal.properties";
    static final String SETUP_SCRIPT = "setup-on-ec2.sh";

    private static final String PLAIN = "org.apache.kafka.common.security.plain.PlainLoginModule";

    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
            + "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1?\\d?\\d)";
    private static final Pattern IPV4 = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);

    private Ec2Lockdown() {
    }

    /**
     * Where and how: the instance's public DNS name and the reader's own IPv4 address (both required), the folder to
     * write here, the folder it is copied to on the instance, the address the client listener binds there, and the
     * three ports (clients, the broker's own traffic, the controller).
     */
    public record Options(String publicDns, String myIp, Path out, String remoteDir, String bind, int port,
                          int internalPort, int controllerPort) {

        public Options {
            if (publicDns == null || myIp == null) {
                throw Messages.badInput("ec2.required", publicDns == null ? "--public-dns" : "--my-ip");
            }
            if (!HOST.matcher(publicDns).matches()) {
                throw Messages.badInput("ec2.public-dns", publicDns);
            }
            if (!IPV4.matcher(myIp).matches()) {
                throw Messages.badInput("ec2.my-ip", myIp);
            }
            if (remoteDir == null || !remoteDir.matches("/[A-Za-z0-9._/-]+")) {
                throw Messages.badInput("ec2.remote-dir", remoteDir);
            }
        }

        /** {@code --public-dns H --my-ip A.B.C.D [--out DIR] [--remote-dir DIR]}; clients on 9092, as in the book. */
        public static Options parse(String... rawArgs) {
            Map<String, String> given = new LinkedHashMap<>();
            List<String> args = List.of(String.join(" ", rawArgs).trim().split("\\s+"));
            for (int i = 0; i + 1 < args.size(); i += 2) {
                if (!List.of("--public-dns", "--my-ip", "--out", "--remote-dir").contains(args.get(i))) {
                    throw Messages.badInput("option.unknown", args.get(i));
                }
                given.put(args.get(i), args.get(i + 1));
            }
            if (args.size() % 2 != 0 && !args.get(0).isEmpty()) {
                throw Messages.badInput("option.needs-a-value", args.get(args.size() - 1));
            }
            return new Options(given.get("--public-dns"), given.get("--my-ip"),
                    Paths.get(given.getOrDefault("--out", "ec2-broker")),
                    given.getOrDefault("--remote-dir", "/home/ec2-user/kafka-secure"),
                    // the EC2 instance's client listener, not one of ours: it must take the reader's connections
                    // from outside; the security group lets in only the reader's /32 (the other two: 127.0.0.1)
                    "0.0.0.0", 9092, 19092, 9093);
        }
    }

    public static void main(String[] args) {
        try {
            Options options = Options.parse(args);
            Path out = write(options);
            System.out.println(Messages.text("ec2.written", out.toAbsolutePath(), options.remoteDir(), SETUP_SCRIPT,
                    options.port(), options.myIp(), out.resolve("client-reader.properties").toAbsolutePath()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // bad input (exit 1), or a folder that cannot be written (exit 3): one line either way
            System.err.println(Messages.text("error", e.getMessage()));
            System.exit(e instanceof IllegalArgumentException ? 1 : 3);
        }
    }

    /** Writes the folder; refuses one that is not new, empty or made by this project. */
    public static Path write(Options o) {
        DataDirectories.claim(o.out());
        Properties secrets = new Properties();
        for (String name : List.of("admin", "reader", "store")) {
            secrets.setProperty(name, LocalSecurity.randomPassword());
        }
        LocalCertificates.create(o.out(), List.of(o.publicDns()), secrets.getProperty("store").toCharArray());
        store(o.out().resolve("server.properties"), server(o, secrets), "the locked-down broker, for " + o.remoteDir());
        store(o.out().resolve(ADMIN_FILE), adminClient(o, secrets), "on the instance only: the admin over loopback");
        store(o.out().resolve("client-reader.properties"), readerClient(o, secrets),
                "your computer: -Dkafka.client.config");
        writeScript(o.out().resolve(SETUP_SCRIPT), o);
        return o.out();
    }

    private static Properties server(Options o, Properties secrets) {
        String remote = o.remoteDir();
        String admin = secrets.getProperty("admin");
        String plain = PLAIN + " required username=\"admin\" password=\"" + admin + "\" user_admin=\"" + admin + "\"";
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + o.controllerPort());
        p.setProperty("listeners", "SASL_SSL://" + o.bind() + ":" + o.port() + ",INTERNAL://127.0.0.1:"
                + o.internalPort() + ",CONTROLLER://127.0.0.1:" + o.controllerPort());
        p.setProperty("advertised.listeners", "SASL_SSL://" + o.publicDns() + ":" + o.port()
                + ",INTERNAL://127.0.0.1:" + o.internalPort());
        p.setProperty("listener.security.protocol.map",
                "SASL_SSL:SASL_SSL,INTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        p.setProperty("inter.broker.listener.name", "INTERNAL");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.name.sasl_ssl.sasl.enabled.mechanisms", "PLAIN");
        p.setProperty("listener.name.sasl_ssl.plain.sasl.jaas.config", plain + " user_reader=\""
                + secrets.getProperty("reader") + "\";");
        for (String listener : List.of("internal", "controller")) {
            p.setProperty("listener.name." + listener + ".sasl.enabled.mechanisms", "PLAIN");
            p.setProperty("listener.name." + listener + ".plain.sasl.jaas.config", plain + ";");
        }
        p.setProperty("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.setProperty("sasl.mechanism.controller.protocol", "PLAIN");
        p.setProperty("ssl.keystore.location", remote + "/" + LocalCertificates.KEYSTORE);
        p.setProperty("ssl.keystore.type", "PKCS12");
        p.setProperty("ssl.keystore.password", secrets.getProperty("store"));
        p.setProperty("ssl.key.password", secrets.getProperty("store"));
        p.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.setProperty("super.users", "User:admin");
        p.setProperty("log.dirs", remote + "/data");
        p.setProperty("num.partitions", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        return p;
    }

    private static Properties adminClient(Options o, Properties secrets) {
        Properties p = new Properties();
        p.setProperty("bootstrap.servers", "127.0.0.1:" + o.internalPort());
        p.setProperty("security.protocol", "SASL_PLAINTEXT");
        p.setProperty("sasl.mechanism", "PLAIN");
        p.setProperty("sasl.jaas.config", PLAIN + " required username=\"admin\" password=\""
                + secrets.getProperty("admin") + "\";");
        return p;
    }

    private static Properties readerClient(Options o, Properties secrets) {
        Properties p = new Properties();
        p.setProperty("bootstrap.servers", o.publicDns() + ":" + o.port());
        p.setProperty("security.protocol", "SASL_SSL");
        p.setProperty("sasl.mechanism", "PLAIN");
        p.setProperty("sasl.jaas.config", PLAIN + " required username=\"reader\" password=\""
                + secrets.getProperty("reader") + "\";");
        p.setProperty("ssl.truststore.type", "PEM");
        p.setProperty("ssl.truststore.location", o.out().resolve(LocalCertificates.TRUSTSTORE).toAbsolutePath()
                .toString());
        return p;
    }

    /** The instance's steps: nothing of the reader's input in it, only this folder's file names. */
    private static void writeScript(Path file, Options o) {
        StringBuilder acls = new StringBuilder();
        Map<String, StringBuilder> operations = new LinkedHashMap<>();
        LocalSecurity.readerAcls().forEach(acl -> operations.computeIfAbsent(
                acl.pattern().resourceType() == ResourceType.CLUSTER ? "--cluster"
                        : "--" + acl.pattern().resourceType().name().toLowerCase(Locale.ROOT) + " '*'",
                resource -> new StringBuilder()).append(" --operation ").append(camel(acl.entry().operation().name())));
        operations.forEach((resource, ops) -> acls.append("\"$kafka/bin/kafka-acls.sh\" \"${admin[@]}\" --add ")
                .append("--allow-principal User:reader").append(ops).append(' ').append(resource).append('\n'));
        String script = "#!/usr/bin/env bash\n"
                + "# On the EC2 instance, with this folder copied to " + o.remoteDir() + " and Kafka 4.3.1 unpacked:\n"
                + "#   KAFKA_HOME=~/kafka_2.13-4.3.1 " + o.remoteDir() + "/" + SETUP_SCRIPT + "\n"
                + "# Formats the storage (once), starts the broker in the background, then gives the reader user its\n"
                + "# ACLs. Every password is in a file of this folder: none is on a command line.\n"
                + "set -euo pipefail\n"
                + "here=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"\n"
                + "kafka=\"${KAFKA_HOME:?set KAFKA_HOME to the unpacked Kafka 4.3.1}\"\n"
                + "admin=(--bootstrap-server 127.0.0.1:" + o.internalPort() + " --command-config \"$here/" + ADMIN_FILE
                + "\")\n"
                + "\"$kafka/bin/kafka-storage.sh\" format -t \"$(\"$kafka/bin/kafka-storage.sh\" random-uuid)\" "
                + "-c \"$here/server.properties\" --ignore-formatted\n"
                + "\"$kafka/bin/kafka-server-start.sh\" -daemon \"$here/server.properties\"\n"
                + "for _ in $(seq 1 60); do\n"
                + "  \"$kafka/bin/kafka-broker-api-versions.sh\" \"${admin[@]}\" > /dev/null 2>&1 && break\n"
                + "  sleep 1\n"
                + "done\n"
                + acls
                + "echo \"ready: clients with client-reader.properties at the client port; nothing else is open\"\n";
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException windows) {
                // the folder under the user's profile is the user's
            }
        } catch (IOException e) {
            throw Messages.failure(e, "local.secure.cannot-write", file, e.getMessage());
        }
    }

    private static void store(Path file, Properties properties, String comment) {
        try {
            LocalSecurity.write(file, properties, "ec2-broker: " + comment);
        } catch (IOException e) {
            throw Messages.failure(e, "local.secure.cannot-write", file, e.getMessage());
        }
    }

    /** {@code DESCRIBE_CONFIGS} as kafka-acls.sh writes it: {@code DescribeConfigs}. */
    static String camel(String constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

}
