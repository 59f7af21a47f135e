package com.example.common;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Does a Kafka port expect TLS? A plain-text Kafka request (ApiVersions v0, the first request every client sends)
 * gets a Kafka answer from a plain-text or SASL_PLAINTEXT listener, but a TLS alert record from an SSL or SASL_SSL
 * one: its first byte is 0x15 (alert) or 0x16 (handshake). Kafka's own client reads those bytes as a message size
 * and runs out of memory (KAFKA-4090), so the broker check asks this first.
 */
final class TlsProbe {

    /** size 10 | api key 18 (ApiVersions) | version 0 | correlation id 1 | client id null. */
    private static final byte[] API_VERSIONS_V0 = {0, 0, 0, 10, 0, 18, 0, 0, 0, 0, 0, 1, -1, -1};
    private static final int TLS_ALERT = 0x15;
    private static final int TLS_HANDSHAKE = 0x16;

    private TlsProbe() {
    }

    /** True when the first address of {@code servers} that accepts a connection answers with TLS. */
    static boolean speaksTls(String servers, Duration timeout) {
        int millis = (int) Math.min(Math.max(200, timeout.toMillis()), 1000);
        for (BootstrapAddresses.Address address : BootstrapAddresses.parse(servers, "bootstrap.servers")) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.host(), address.port()), millis);
                socket.setSoTimeout(millis);
                socket.getOutputStream().write(API_VERSIONS_V0);
                socket.getOutputStream().flush();
                InputStream in = socket.getInputStream();
                int first = in.read();
                return first == TLS_ALERT || first == TLS_HANDSHAKE;
            } catch (IOException e) {
                // not this address (or no answer in time): the Kafka request of the check says what is wrong
            }
        }
        return false;
    }
}
