package com.example.common;

import java.io.IOException;
import java.io.DataInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Does a Kafka port expect TLS? A plain-text Kafka request (ApiVersions v0, the first request every client sends)
 * gets a Kafka answer from a plain-text or SASL_PLAINTEXT listener, but a TLS alert record from an SSL or SASL_SSL
 * one: its first byte is 0x15 (alert) or 0x16 (handshake). Kafka's own client reads those bytes as a message size
 * and runs out of memory (KAFKA-4090), so the broker check asks this first. And the other way round: a TLS client
 * at a plain-text port only times out, so the check says which it is.
 */
final class TlsProbe {

    /** size 10 | api key 18 (ApiVersions) | version 0 | correlation id 1 | client id null. */
    private static final byte[] API_VERSIONS_V0 = {0, 0, 0, 10, 0, 18, 0, 0, 0, 0, 0, 1, -1, -1};
    private static final int TLS_ALERT = 0x15;
    private static final int TLS_HANDSHAKE = 0x16;

    private TlsProbe() {
    }

    /** What the first address of {@code servers} that accepts a connection answered. */
    enum Answer { TLS, PLAIN_KAFKA, UNKNOWN }


    /** TLS, a plain-text Kafka answer (size, then our correlation id 1), or neither within the timeout. */
    static Answer probe(String servers, Duration timeout) {
        int millis = (int) Math.min(Math.max(200, timeout.toMillis()), 1000);
        for (BootstrapAddresses.Address address : BootstrapAddresses.parse(servers, "bootstrap.servers")) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.host(), address.port()), millis);
                socket.setSoTimeout(millis);
                socket.getOutputStream().write(API_VERSIONS_V0);
                socket.getOutputStream().flush();
                DataInputStream in = new DataInputStream(socket.getInputStream());
                int first = in.read();
                if (first == TLS_ALERT || first == TLS_HANDSHAKE) {
                    return Answer.TLS;
                }
                byte[] rest = new byte[7]; // the size's other 3 bytes and the correlation id
                in.readFully(rest);
                int correlationId = ((rest[3] & 0xff) << 24) | ((rest[4] & 0xff) << 16) | ((rest[5] & 0xff) << 8)
                        | (rest[6] & 0xff);
                return first >= 0 && correlationId == 1 ? Answer.PLAIN_KAFKA : Answer.UNKNOWN;
            } catch (IOException e) {
                // not this address (or no answer in time): the Kafka request of the check says what is wrong
            }
        }
        return Answer.UNKNOWN;
    }
}
