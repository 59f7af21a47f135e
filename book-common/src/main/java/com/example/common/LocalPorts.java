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

    private LocalPorts() {
    }

    /** A port free on 127.0.0.1 right now. */
    public static int free() {
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
            throw new IllegalStateException("port " + port + " (" + what + ") is already in use on 127.0.0.1: "
                    + hint);
        }
    }
}
