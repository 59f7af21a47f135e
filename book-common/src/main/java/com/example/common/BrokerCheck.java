package com.example.common;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.MismatchedEndpointTypeException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/**
 * Fail fast instead of the client's default 60 s block: ask the cluster for its nodes (a Kafka request, so a
 * port that accepts TCP but is not Kafka is caught too) with a short deadline and, when no broker answers,
 * throw a {@link BrokerUnreachableException} whose one-line message tells the reader what to do. The one check
 * behind the examples, the chapter-2 tools ({@link ToolLauncher}), the walkthroughs and the launchers.
 */
public final class BrokerCheck {

    /** How long we wait for a broker before giving the hint. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    /**
     * {@code -Dbroker.check.timeout.seconds=N} (1-60) replaces {@link #DEFAULT_TIMEOUT}: for a machine so busy
     * that a running broker takes longer to answer (the tests' child JVMs on a loaded 2-core machine did).
     * Nothing listening is still said at once: that part is a plain TCP connect.
     */
    public static final String TIMEOUT_PROPERTY = "broker.check.timeout.seconds";
    /**
     * The same for every JVM a script or a test starts (children inherit the environment, not system properties):
     * the test harness sets it for its child JVMs and scripts, so a loaded machine does not fail them.
     */
    public static final String TIMEOUT_ENV = "BROKER_CHECK_TIMEOUT_SECONDS";

    /** What the default hint recommends for pointing elsewhere, in the reader's language. */
    public static String pointElsewhere() {
        return Messages.text("broker.point-elsewhere");
    }

    /**
     * The admin client's metadata manager logs a WARN with a stack trace per retry when the port is a controller
     * (or a broker where a controller was asked for); the check turns that into its one line, so that logger
     * says only errors. (slf4j-simple reads this when the logger is first made: the check comes first.)
     */
    private static final String METADATA_LOGGER =
            "org.slf4j.simpleLogger.log.org.apache.kafka.clients.admin.internals.AdminMetadataManager";

    /**
     * The network client logs a refused login or a failed TLS handshake at ERROR, with the cause the check then
     * says in its one line (naming the setting to fix): that logger says nothing unless the reader asks for it.
     */
    private static final String NETWORK_LOGGER =
            "org.slf4j.simpleLogger.log.org.apache.kafka.clients.NetworkClient";

    static {
        if (System.getProperty(METADATA_LOGGER) == null) {
            System.setProperty(METADATA_LOGGER, "error");
        }
        if (System.getProperty(NETWORK_LOGGER) == null) {
            System.setProperty(NETWORK_LOGGER, "off");
        }
    }

    private BrokerCheck() {
    }

    /**
     * {@link #DEFAULT_TIMEOUT}, or what {@code -Dbroker.check.timeout.seconds} says, else the environment variable
     * {@code BROKER_CHECK_TIMEOUT_SECONDS} (a bad value: one line naming it).
     */
    public static Duration defaultTimeout() {
        return timeout(System.getProperty(TIMEOUT_PROPERTY), System.getenv(TIMEOUT_ENV));
    }

    /** The property wins over the environment variable; an empty one counts as unset. */
    static Duration timeout(String property, String env) {
        if (property != null && !property.isBlank()) {
            return seconds(property, "-D" + TIMEOUT_PROPERTY);
        }
        return env == null || env.isBlank() ? DEFAULT_TIMEOUT : seconds(env, TIMEOUT_ENV);
    }

    private static Duration seconds(String value, String setting) {
        try {
            int seconds = Integer.parseInt(value.trim());
            if (seconds >= 1 && seconds <= 60) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Messages.badInput("broker.check.timeout.bad", setting, value);
    }

    /** Checks {@code settings} with {@link #defaultTimeout()}. */
    public static Collection<Node> requireReachable(KafkaSettings settings) {
        return requireReachable(settings, defaultTimeout());
    }

    /** Returns the cluster's nodes, or throws {@link BrokerUnreachableException} within about {@code timeout}. */
    public static Collection<Node> requireReachable(KafkaSettings settings, Duration timeout) {
        return requireReachable(settings, timeout, pointElsewhere());
    }

    /** {@code settings}' address with its client settings (TLS, SASL), recommending {@code pointElsewhere}. */
    public static Collection<Node> requireReachable(KafkaSettings settings, Duration timeout, String pointElsewhere) {
        return requireReachable(settings.bootstrapServers(), settings.client(), timeout, false, pointElsewhere);
    }

    /**
     * The check for any address: {@code controllers} true asks through {@code bootstrap.controllers} (the tools'
     * {@code --bootstrap-controller}); {@code pointElsewhere} is the setting the hint recommends
     * ({@code --bootstrap-server host:port}, {@code -DA.bootstrap.servers=host:port}, ...).
     */
    public static Collection<Node> requireReachable(String servers, Duration timeout, boolean controllers,
                                                    String pointElsewhere) {
        return requireReachable(servers, Map.of(), timeout, controllers, pointElsewhere);
    }

    /**
     * The check with the client settings a secured cluster needs ({@code client}: the reader's client config
     * file): a refused login, a failed TLS handshake and a plain-text client at a TLS port are each one line.
     */
    public static Collection<Node> requireReachable(String servers, Map<String, String> client, Duration timeout,
                                                    boolean controllers, String pointElsewhere) {
        // First a plain TCP connect: when nothing listens we say so at once, without an Admin client that would
        // log a WARN per reconnect attempt above the one line the reader needs.
        String noListener = noListener(servers, timeout);
        if (noListener != null) {
            throw unreachable(servers, noListener, pointElsewhere, null);
        }
        // A client without TLS at a TLS port reads the TLS alert as a message size of ~350 MB and dies of
        // OutOfMemoryError (KAFKA-4090): ask the port itself first.
        TlsProbe.Answer answer = TlsProbe.probe(servers, timeout);
        if (!usesTls(client) && answer == TlsProbe.Answer.TLS) {
            throw new BrokerUnreachableException(Messages.text("security.port-is-tls", servers), null);
        }
        if (usesTls(client) && answer == TlsProbe.Answer.PLAIN_KAFKA) {
            throw new BrokerUnreachableException(Messages.text("security.port-is-plain", servers,
                    client.get(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG)), null);
        }
        int millis = (int) Math.max(500, timeout.toMillis());
        Admin admin;
        try {
            admin = Admin.create(checkProperties(servers, client, controllers, millis));
        } catch (KafkaException e) {
            if (SecurityFailures.isStoreProblem(e)) {
                throw new BrokerUnreachableException(SecurityFailures.storeProblem(servers, e), e);
            }
            // e.g. "No resolvable bootstrap urls given in bootstrap.servers" for my-kafka without a hosts entry
            throw unreachable(servers, Root.message(e), pointElsewhere, e);
        }
        try {
            return admin.describeCluster().nodes().get(millis + 500L, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!controllers && e.getCause() instanceof UnsupportedVersionException) {
                throw new BrokerUnreachableException(controllerHint(servers, pointElsewhere), e);
            }
            if (controllers && e.getCause() instanceof MismatchedEndpointTypeException) {
                throw new BrokerUnreachableException(Messages.text("broker.is-not-controller", servers,
                        pointElsewhere), e);
            }
            if (e.getCause() instanceof AuthenticationException refused) {
                throw new BrokerUnreachableException(SecurityFailures.refused(servers, refused), e);
            }
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unreachable(servers, noKafkaAnswer(millis, client), pointElsewhere, e);
            }
            throw unreachable(servers, Root.message(e), pointElsewhere, e);
        } catch (TimeoutException e) {
            throw unreachable(servers, noKafkaAnswer(millis, client), pointElsewhere, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(servers, Messages.text("interrupted"), pointElsewhere, e);
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    private static boolean usesTls(Map<String, String> client) {
        String protocol = client.getOrDefault(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
        return protocol.toUpperCase(java.util.Locale.ROOT).endsWith("SSL");
    }

    private static Properties checkProperties(String servers, Map<String, String> client, boolean controllers,
                                              int millis) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(controllers ? AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG
                : CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, servers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        props.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, millis);
        props.put(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, Math.min(millis, 1000));
        props.put(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, Math.min(millis, 1000));
        props.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, "broker-check");
        return props;
    }

    /**
     * Null when some bootstrap address accepts a TCP connection; otherwise why none did (unknown host, refused).
     * Every IP of a host name is tried (localhost may resolve to ::1 first while the broker listens on 127.0.0.1).
     */
    static String noListener(String bootstrapServers, Duration timeout) {
        String why = Messages.text("broker.nothing-listens");
        int millis = (int) Math.min(Math.max(200, timeout.toMillis()), 3000);
        for (BootstrapAddresses.Address address : BootstrapAddresses.parse(bootstrapServers, "bootstrap.servers")) {
            InetAddress[] ips;
            try {
                ips = InetAddress.getAllByName(address.host());
            } catch (UnknownHostException e) {
                why = Messages.text("broker.unknown-host", address.host());
                continue;
            }
            for (InetAddress ip : ips) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(ip, address.port()), millis);
                    return null;
                } catch (IOException e) {
                    why = Messages.text("broker.nothing-listens.because", e.getMessage());
                }
            }
        }
        return why;
    }

    /** The one-line hint printed when no broker answers. */
    public static String hint(String bootstrapServers, String cause) {
        return hint(bootstrapServers, cause, pointElsewhere());
    }

    /** The one-line hint, recommending {@code pointElsewhere} as the way to give another address. */
    public static String hint(String bootstrapServers, String cause, String pointElsewhere) {
        String hosts = bootstrapServers.contains("my-kafka") ? Messages.text("broker.my-kafka") : "";
        return Messages.text("broker.unreachable", bootstrapServers, cause, pointElsewhere, hosts);
    }

    private static String noKafkaAnswer(int millis, Map<String, String> client) {
        String answer = Messages.text("broker.no-kafka-answer", (millis + 500) / 1000.0);
        // a plain-text client at a TLS or SASL port gets no answer either: say what would fix that
        return client.containsKey(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG) ? answer
                : answer + " — " + Messages.text("broker.maybe-secured");
    }

    /** A KRaft controller listener answers Kafka but has no METADATA API for clients. */
    static String controllerHint(String servers, String pointElsewhere) {
        return Messages.text("broker.is-controller", servers, pointElsewhere);
    }

    private static BrokerUnreachableException unreachable(String servers, String cause, String pointElsewhere,
                                                           Throwable e) {
        return new BrokerUnreachableException(hint(servers, cause, pointElsewhere), e);
    }

}
