package com.example.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import com.example.common.Messages;
import com.example.common.Root;

/**
 * What {@code local-kafka --secure} adds to a broker, the way a company cluster, Confluent Cloud or Amazon MSK is
 * secured: clients connect with SASL_SSL (TLS, then a SCRAM-SHA-512 login), the broker's own traffic stays on
 * loopback listeners that need a login too, and Kafka's {@code StandardAuthorizer} lets each user do only what its
 * ACLs say. Two users: {@code admin} (a super user) and {@code reader}, whose ACLs allow what the book's examples
 * do and nothing more (no ACL or user changes, no broker settings).
 *
 * <p>Made once per data directory, in {@code <data>/security}: a CA and the broker's certificate
 * ({@link LocalCertificates}), random passwords ({@code secrets.properties}), and one ready client config file per
 * user ({@code client-admin.properties}, {@code client-reader.properties}) — all readable by their owner only.
 */
public final class LocalSecurity {

    public static final String MECHANISM = "SCRAM-SHA-512";
    public static final String ADMIN = "admin";
    public static final String READER = "reader";

    private static final String SECRETS = "secrets.properties";
    private static final String SCRAM_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";
    private static final String PLAIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule";

    private final Path dir;
    private final Properties secrets;

    private LocalSecurity(Path dir, Properties secrets) {
        this.dir = dir;
        this.secrets = secrets;
    }

    /** The security files of the broker whose data is in {@code dataDir}: made on the first start, read after. */
    static LocalSecurity in(Path dataDir, String hostName) {
        Path dir = dataDir.resolve("security");
        Path secretsFile = dir.resolve(SECRETS);
        try {
            if (Files.isRegularFile(secretsFile)) {
                Properties secrets = new Properties();
                try (Reader reader = Files.newBufferedReader(secretsFile, StandardCharsets.UTF_8)) {
                    secrets.load(reader);
                }
                return new LocalSecurity(dir, secrets);
            }
            Files.createDirectories(dir);
            Properties secrets = new Properties();
            for (String name : List.of(ADMIN, READER, "store")) {
                secrets.setProperty(name + ".password", randomPassword());
            }
            LocalCertificates.create(dir, hostNames(hostName), secrets.getProperty("store.password").toCharArray());
            LocalSecurity security = new LocalSecurity(dir, secrets);
            write(secretsFile, secrets, "local-kafka --secure: the passwords of this broker's users and TLS stores");
            for (String user : List.of(ADMIN, READER)) {
                Properties client = new Properties();
                client.putAll(security.client(user));
                write(security.clientConfigFile(user), client, "local-kafka --secure: user " + user
                        + " (use with -Dkafka.client.config=<this file>, or --command-config for Kafka's tools)");
            }
            return security;
        } catch (IOException e) {
            throw Messages.failure(e, "local.secure.cannot-write", dir, e.getMessage());
        }
    }

    /** The names the broker's certificate holds: {@code localhost}, and the advertised host if it is another. */
    private static List<String> hostNames(String hostName) {
        List<String> names = new ArrayList<>(List.of("localhost"));
        if (!names.contains(hostName)) {
            names.add(hostName);
        }
        return names;
    }

    /** The client config file of {@code user}: {@code security.protocol}, SASL login and the truststore. */
    public Path clientConfigFile(String user) {
        return dir.resolve("client-" + user + ".properties");
    }

    /** What a client of {@code user} needs besides {@code bootstrap.servers}. */
    public Map<String, String> client(String user) {
        Map<String, String> client = new LinkedHashMap<>();
        client.put("security.protocol", "SASL_SSL");
        client.put("sasl.mechanism", MECHANISM);
        client.put("sasl.jaas.config", login(SCRAM_MODULE, user, password(user)));
        client.put("ssl.truststore.location", dir.resolve(LocalCertificates.TRUSTSTORE).toString());
        client.put("ssl.truststore.type", "PEM");
        return client;
    }

    /**
     * The broker's settings beyond its listeners: TLS on the client listener, SCRAM logins there and on the
     * loopback broker listener, PLAIN on the loopback controller listener (KRaft controllers cannot use SCRAM: its
     * credentials live in the metadata they serve), the authorizer and its one super user.
     */
    Map<String, String> brokerProperties(String clientListener, String brokerListener) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("ssl.keystore.location", dir.resolve(LocalCertificates.KEYSTORE).toString());
        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.keystore.password", secrets.getProperty("store.password"));
        p.put("ssl.key.password", secrets.getProperty("store.password"));
        p.put("sasl.enabled.mechanisms", MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        for (String listener : List.of(clientListener, brokerListener)) {
            p.put("listener.name." + listener.toLowerCase() + ".scram-sha-512.sasl.jaas.config",
                    login(SCRAM_MODULE, ADMIN, password(ADMIN)));
        }
        p.putAll(controllerProperties());
        return p;
    }

    /**
     * A controller's settings (and a broker's, to reach the controllers): PLAIN logins on the loopback controller
     * listener, the authorizer and its one super user.
     */
    Map<String, String> controllerProperties() {
        String admin = password(ADMIN);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config", PLAIN_MODULE + " required username=\"" + ADMIN
                + "\" password=\"" + admin + "\" user_" + ADMIN + "=\"" + admin + "\";");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + ADMIN);
        return p;
    }

    /** {@code kafka-storage format}'s arguments that store both users' SCRAM credentials in the first metadata. */
    List<String> formatArguments() {
        List<String> args = new ArrayList<>();
        for (String user : List.of(ADMIN, READER)) {
            args.add("--add-scram");
            args.add(MECHANISM + "=[name=" + user + ",password=" + password(user) + "]");
        }
        return args;
    }

    /**
     * The reader's ACLs: topics (create, write, read, describe, delete records, change partitions and settings),
     * consumer groups (join, describe, reset, delete) and describing the cluster — what chapters 2 and 3 do.
     */
    static List<AclBinding> readerAcls() {
        List<AclBinding> acls = new ArrayList<>();
        allow(acls, ResourceType.TOPIC, "*", AclOperation.CREATE, AclOperation.WRITE, AclOperation.READ,
                AclOperation.DESCRIBE, AclOperation.DELETE, AclOperation.ALTER, AclOperation.DESCRIBE_CONFIGS,
                AclOperation.ALTER_CONFIGS);
        allow(acls, ResourceType.GROUP, "*", AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DELETE);
        allow(acls, ResourceType.CLUSTER, "kafka-cluster", AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS,
                AclOperation.CREATE);
        return acls;
    }

    /** Gives the reader its ACLs (again: the same bindings change nothing). */
    static void grantReader(Admin admin) {
        try {
            admin.createAcls(readerAcls()).all().get();
        } catch (ExecutionException e) {
            throw Messages.failure(e.getCause(), "local.secure.acls", Root.message(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Messages.failure(e, "local.secure.acls", Messages.text("interrupted"));
        }
    }

    private static void allow(List<AclBinding> acls, ResourceType type, String name, AclOperation... operations) {
        for (AclOperation operation : operations) {
            acls.add(new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                    new AccessControlEntry("User:" + READER, "*", operation, AclPermissionType.ALLOW)));
        }
    }

    private String password(String user) {
        return secrets.getProperty(user + ".password");
    }

    private static String login(String module, String user, String password) {
        return module + " required username=\"" + user + "\" password=\"" + password + "\";";
    }

    /** 18 random bytes, URL-safe Base64: no character that needs quoting in a JAAS line or a properties file. */
    static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A properties file only its owner can read: it holds passwords. */
    static void write(Path file, Properties properties, String comment) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, comment);
        }
        ownerOnly(file);
    }

    /** Readable and writable by its owner only, where the file system says who may read (not on Windows). */
    static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: a file under the user's profile is the user's
        }
    }
}
