package com.example.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one parser of {@code bootstrap.servers} values, wherever they come from ({@code -Dbootstrap.servers},
 * {@code BOOTSTRAP_SERVERS}, a tool's {@code --bootstrap-server}, a worker file): a comma-separated list of
 * {@code host:port}, host a name, an IPv4 address or a bracketed IPv6 address, port 1–65535. Anything else is
 * refused with one line that names where the value came from, so a typo (or a value meant to run commands)
 * never reaches a client, a socket or a shell.
 */
public final class BootstrapAddresses {

    /** A host name (letters, digits, '-', '_', dots between labels) or an IPv4 address. */
    private static final Pattern HOST_NAME =
            Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62}))*\\.?");
    /** A bracketed IPv6 address, e.g. [::1] or [fe80::1%eth0]. */
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]+(?:%[A-Za-z0-9_.-]+)?]");

    private BootstrapAddresses() {
    }

    /** One {@code host:port} of a bootstrap list; {@code host} without IPv6 brackets. */
    public record Address(String host, int port) {
        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /**
     * The addresses of {@code value}, or an {@link IllegalArgumentException} whose message names {@code source}
     * (e.g. {@code -Dbootstrap.servers}) and says what a valid value looks like.
     */
    public static List<Address> parse(String value, String source) {
        if (value == null || value.isBlank()) {
            throw Messages.badInput("address.empty", source,
                    source.startsWith("-D") ? Messages.text("address.empty.default") : "");
        }
        List<Address> addresses = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            addresses.add(parseOne(part.trim(), value, source));
        }
        return addresses;
    }

    /** {@code value} checked by {@link #parse} and trimmed: what is safe to hand to a Kafka client. */
    public static String requireValid(String value, String source) {
        parse(value, source);
        return String.join(",", value.trim().split("\\s*,\\s*"));
    }

    private static Address parseOne(String address, String whole, String source) {
        int colon = address.lastIndexOf(':');
        String host = colon > 0 ? address.substring(0, colon) : "";
        String port = colon > 0 ? address.substring(colon + 1) : "";
        boolean ipv6 = IPV6.matcher(host).matches();
        if (!ipv6 && !HOST_NAME.matcher(host).matches() || !port.matches("[0-9]{1,5}")) {
            throw Messages.badInput("address.malformed", source, printable(whole));
        }
        int number = Integer.parseInt(port);
        if (number < 1 || number > 65535) {
            throw Messages.badInput("address.port-range", source, printable(whole), number);
        }
        return new Address(ipv6 ? host.substring(1, host.length() - 1) : host, number);
    }

    /** The value as the reader typed it, with control characters made visible, at most 80 characters. */
    static String printable(String value) {
        StringBuilder out = new StringBuilder("'");
        value.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(value.length() > 80 ? "...'" : "'").toString();
    }
}
