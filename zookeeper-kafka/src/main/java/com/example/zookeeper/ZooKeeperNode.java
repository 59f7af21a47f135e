package com.example.zookeeper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Properties;

import org.apache.zookeeper.Version;
import org.apache.zookeeper.server.ServerCnxnFactory;
import org.apache.zookeeper.server.ServerConfig;
import org.apache.zookeeper.server.ZooKeeperServer;
import org.apache.zookeeper.server.quorum.QuorumPeerConfig;

import com.example.common.Messages;

/**
 * 2.1.4 주키퍼 실행 — a standalone ZooKeeper 3.8 server: ZooKeeper's own {@link ZooKeeperServer} and
 * connection factory, configured by ZooKeeper's own parser ({@link QuorumPeerConfig}) from the book's
 * zookeeper.properties; what {@code bin/zookeeper-server-start.sh config/zookeeper.properties} runs, minus the
 * AdminServer (Jetty on 8080), which a single-machine walkthrough does not need.
 */
public final class ZooKeeperNode implements AutoCloseable {

    private final ZooKeeperServer server;
    private final ServerCnxnFactory connections;

    private ZooKeeperNode(ZooKeeperServer server, ServerCnxnFactory connections) {
        this.server = server;
        this.connections = connections;
    }

    /**
     * Starts ZooKeeper on {@code 127.0.0.1:port} (0 = a free port).
     *
     * @param properties zookeeper.properties, e.g. from {@link BookConfig#zookeeper}
     */
    public static ZooKeeperNode start(Properties properties, int port) {
        ServerConfig config = new ServerConfig();
        try {
            QuorumPeerConfig parsed = new QuorumPeerConfig();
            parsed.parseProperties(properties);
            config.readFrom(parsed);
        } catch (IOException | QuorumPeerConfig.ConfigException e) {
            throw Messages.badInput(e, "zk.badZooKeeperProperties", e.getMessage());
        }
        ZooKeeperServer server = null;
        ServerCnxnFactory connections = null;
        try {
            server = new ZooKeeperServer(config.getDataDir(), config.getDataLogDir(), config.getTickTime());
            server.setMinSessionTimeout(config.getMinSessionTimeout());
            server.setMaxSessionTimeout(config.getMaxSessionTimeout());
            connections = ServerCnxnFactory.createFactory();
            connections.configure(new InetSocketAddress("127.0.0.1", port), config.getMaxClientCnxns(),
                    config.getClientPortListenBacklog(), false);
            connections.startup(server);
            return new ZooKeeperNode(server, connections);
        } catch (IOException | RuntimeException e) {
            if (connections != null) {
                connections.shutdown();
            }
            if (server != null) {
                server.shutdown();
            }
            throw Messages.failure(e, "zk.zooKeeperCannotStart", port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Messages.failure(e, "zk.interrupted");
        }
    }

    /** The client port actually bound. */
    public int port() {
        return connections.getLocalPort();
    }

    /** What a broker's {@code zookeeper.connect} (and the ZooKeeper shell's {@code -server}) takes. */
    public String connectString() {
        return "127.0.0.1:" + port();
    }

    /** ZooKeeper's version, e.g. {@code 3.8.4}. */
    public static String version() {
        String full = Version.getFullVersion();
        int end = full.indexOf('-');
        return end > 0 ? full.substring(0, end) : full;
    }

    @Override
    public void close() {
        connections.shutdown();
        server.shutdown();
    }
}
