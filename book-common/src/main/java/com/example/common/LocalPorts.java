package com.example.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Ports on 127.0.0.1, the only address anything of this project listens on: a free one for a broker, a worker
 * or a test, and the one-line refusal when a chosen one is taken. JDK only, so every launcher can use it.
 */
public final class LocalPorts {

    /**
     * Where {@link #free()} looks: below every OS's ephemeral range (Linux 32768-60999, Windows and macOS
     * 49152-65535), from which outgoing connections take their local port.
     */
    static final int FIRST = 20000;
    static final int LAST = 32767;

    private LocalPorts() {
    }

    /** Every port {@link #free()} handed out in this JVM: never twice, since its owner may stop and start again. */
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A port free on 127.0.0.1 right now, picked at random in {@value #FIRST}-{@value #LAST}. Not an ephemeral port
     * (what {@code new ServerSocket(0)} gives): a broker that is stopped and started again reuses its port, and in
     * the meantime any client's outgoing connection could be handed that ephemeral port ("Address already in use"
     * on restart). Falls back to an ephemeral port if the whole range seems taken.
     */
    public static int free() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = random.nextInt(FIRST, LAST + 1);
            if (HANDED_OUT.contains(port)) {
                continue; // a stopped broker of this JVM comes back on it (a restart), even though it is free now
            }
            // the JDK's default address reuse per OS (on Windows not SO_REUSEADDR, which could bind over a listener)
            try (ServerSocket socket = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
                HANDED_OUT.add(port);
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** Whether nothing listens on {@code port} of 127.0.0.1. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Refuses, in one line, a taken port: {@code port N (what) is already in use on 127.0.0.1: hint}.
     *
     * @throws IllegalStateException when something listens there
     */
    public static void requireFree(int port, String what, String hint) {
        if (!isFree(port)) {
            throw Messages.failure("port.in-use", port, what, hint);
        }
    }
}
