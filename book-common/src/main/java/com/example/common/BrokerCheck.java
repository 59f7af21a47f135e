package com.example.common;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;

/**
 * Fail fast instead of the client's default 60 s block: ask the cluster for its nodes with a short deadline
 * and, when nobody answers, throw a {@link BrokerUnreachableException} whose message tells the reader what
 * to do.
 */
public final class BrokerCheck {

    /** How long we wait for a broker before giving the hint. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    private BrokerCheck() {
    }

    /** Checks {@code settings} with {@link #DEFAULT_TIMEOUT}. */
    public static Collection<Node> requireReachable(KafkaSettings settings) {
        return requireReachable(settings, DEFAULT_TIMEOUT);
    }

    /**
     * Returns the cluster's nodes, or throws {@link BrokerUnreachableException} within about {@code timeout}.
     */
    public static Collection<Node> requireReachable(KafkaSettings settings, Duration timeout) {
        // First a plain TCP connect: when nothing listens we say so at once, without an Admin client that would
        // log a WARN per reconnect attempt above the one line the reader needs.
        String noListener = noListener(settings.bootstrapServers(), timeout);
        if (noListener != null) {
            throw new BrokerUnreachableException(hint(settings.bootstrapServers(), noListener), null);
        }
        Properties props = settings.admin();
        int millis = (int) Math.max(500, timeout.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        props.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, millis);
        props.put(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, Math.min(millis, 1000));
        props.put(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, Math.min(millis, 1000));
        props.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, "broker-check");
        Admin admin;
        try {
            admin = Admin.create(props);
        } catch (KafkaException e) {
            // e.g. "No resolvable bootstrap urls given in bootstrap.servers" for my-kafka without a hosts entry
            throw new BrokerUnreachableException(hint(settings.bootstrapServers(), rootMessage(e)), e);
        }
        try {
            return admin.describeCluster().nodes().get(millis + 500L, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new BrokerUnreachableException(hint(settings.bootstrapServers(), rootMessage(e)), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnreachableException(hint(settings.bootstrapServers(), "interrupted"), e);
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    /**
     * Null when some bootstrap address accepts a TCP connection; otherwise why none did (unknown host, refused).
     * Every IP of a host name is tried (localhost may resolve to ::1 first while the broker listens on 127.0.0.1).
     */
    static String noListener(String bootstrapServers, Duration timeout) {
        String why = "nothing listens there";
        int millis = (int) Math.min(Math.max(200, timeout.toMillis()), 3000);
        for (String server : bootstrapServers.split(",")) {
            String address = server.trim();
            int colon = address.lastIndexOf(':');
            if (colon <= 0) {
                return "'" + address + "' is not host:port";
            }
            String host = address.substring(0, colon).replace("[", "").replace("]", "");
            int port;
            try {
                port = Integer.parseInt(address.substring(colon + 1));
            } catch (NumberFormatException e) {
                return "'" + address + "' is not host:port";
            }
            InetAddress[] ips;
            try {
                ips = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                why = "unknown host " + host;
                continue;
            }
            for (InetAddress ip : ips) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(ip, port), millis);
                    return null;
                } catch (IOException e) {
                    why = "nothing listens there (" + e.getMessage() + ")";
                }
            }
        }
        return why;
    }

    /** The one-line hint printed when no broker answers. */
    public static String hint(String bootstrapServers, String cause) {
        String hosts = bootstrapServers.contains("my-kafka")
                ? " For the book's my-kafka, add '127.0.0.1 my-kafka' (or your broker's IP) to /etc/hosts."
                : "";
        return "No Kafka broker answered at " + bootstrapServers + " (" + cause + "). "
                + "Start one with './mvnw -q -pl local-kafka exec:exec' or 'docker compose up -d', "
                + "or point elsewhere with -Dbootstrap.servers=host:port (or BOOTSTRAP_SERVERS)." + hosts;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
