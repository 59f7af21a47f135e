package com.example.common.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.KafkaSettings;
import com.example.common.Messages;
import com.example.common.Messages.Lang;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The book's 3.1 picture of a real cluster, live, in a browser: a read-only page on 127.0.0.1 that looks at the
 * cluster every {@link #LOOK_EVERY} through the Admin API ({@link ClusterPicture}) and sends each new picture to
 * the open pages as a server-sent event ({@code /events}); {@code /picture.json} is the latest one. When the cluster
 * does not answer, the picture says so ({@code "up": false}) and the page shows it, until it answers again.
 */
public final class ClusterPage implements AutoCloseable {

    /** How often the page server looks at the cluster: a change reaches the page within about this much more. */
    public static final Duration LOOK_EVERY = Duration.ofMillis(250);
    /** The page's default port ({@code --view} without a port). */
    public static final int DEFAULT_PORT = 8070;

    private static final Logger logger = LoggerFactory.getLogger(ClusterPage.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Admin admin;
    private final Lang lang;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final Set<Integer> knownBrokers = new TreeSet<>();
    private final ScheduledExecutorService looker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cluster-page-looker");
        thread.setDaemon(true);
        return thread;
    });
    private String sent = "";
    private volatile String latest = "{\"up\":false}";

    private ClusterPage(HttpServer server, Admin admin, Lang lang) {
        this.server = server;
        this.admin = admin;
        this.lang = lang;
    }

    /**
     * Serves the picture of the cluster at {@code settings} on {@code http://127.0.0.1:<port>/} ({@code 0}: a free
     * port), labels in {@code lang}; refuses a port in use in one line naming it.
     */
    public static ClusterPage start(KafkaSettings settings, int port, Lang lang) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (BindException e) {
            throw Messages.badInput(e, "view.port-taken", port);
        } catch (IOException e) {
            throw Messages.failure(e, "view.cannot-start", port, e.getMessage());
        }
        Properties props = settings.admin();
        // a look must not wait long on a broker that is stopping: short request timeouts, retried on another broker
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 800);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 300);
        props.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 1000);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        props.put(AdminClientConfig.METADATA_MAX_AGE_CONFIG, 1000);
        ClusterPage page = new ClusterPage(server, Admin.create(props), lang);
        server.createContext("/events", page::events);
        server.createContext("/picture.json", exchange -> page.send(exchange, "application/json", page.latest));
        server.createContext("/", page::page);
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "cluster-page-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        page.looker.scheduleWithFixedDelay(page::lookAtTheCluster, 0, LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return page;
    }

    /** {@code http://127.0.0.1:<port>/}. */
    public String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** One look; a picture unlike the last one goes to every open page. */
    private void lookAtTheCluster() {
        String now = look();
        latest = now;
        if (!now.equals(sent)) {
            broadcast(now);
            sent = now;
        }
    }

    private String look() {
        Map<String, Object> picture;
        try {
            picture = ClusterPicture.read(admin, knownBrokers);
        } catch (Exception e) {
            picture = new LinkedHashMap<>();
            picture.put("up", false);
            picture.put("why", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        try {
            return JSON.writeValueAsString(picture);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void broadcast(String picture) {
        byte[] event = ("data: " + picture + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream listener : listeners) {
            try {
                listener.write(event);
                listener.flush();
            } catch (IOException gone) {
                listeners.remove(listener); // the tab was closed
            }
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(("retry: 1000\ndata: " + latest + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    private void page(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/")) {
            send(exchange, 404, "text/plain", "not found");
            return;
        }
        String html;
        try (InputStream in = ClusterPage.class.getResourceAsStream("cluster-page.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        send(exchange, "text/html", html.replace("/*LABELS*/{}", JSON.writeValueAsString(labels(lang)))
                .replace("lang=\"ko\"", "lang=\"" + lang.name().toLowerCase(java.util.Locale.ROOT) + "\""));
    }

    /** The page's words, {@code view.*} of the project's messages, in {@code lang}. */
    static Map<String, String> labels(Lang lang) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("title", "controllers", "brokers", "quorum-leader", "leader", "follower",
                "out-of-isr", "up", "down", "partitions", "topic", "partition", "replicas", "isr", "hw", "lag",
                "groups", "state", "members", "assignment", "committed", "end", "cluster-gone", "page-gone", "events",
                "none", "broker-down", "broker-up", "leader-moved", "isr-changed", "rebalanced")) {
            labels.put(key, Messages.text(lang, "view." + key));
        }
        return labels;
    }

    private void send(HttpExchange exchange, String type, String body) throws IOException {
        send(exchange, 200, type, body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        looker.shutdownNow();
        server.stop(0);
        admin.close(Duration.ofSeconds(2));
        logger.debug("cluster page stopped");
    }
}
