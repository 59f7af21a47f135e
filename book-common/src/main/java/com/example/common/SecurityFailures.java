package com.example.common;

import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;

/**
 * What a secured cluster's refusals mean, as one line in the reader's language that names the setting to fix:
 * a wrong user name or password, a certificate the client does not trust or that names another host, a store
 * file or password that is wrong, a missing ACL. Kafka's own exceptions say it in a stack trace, or not at all.
 */
final class SecurityFailures {

    private SecurityFailures() {
    }

    /** The broker (or the TLS handshake) refused the connection. */
    static String refused(String servers, AuthenticationException e) {
        String why = Root.message(e);
        if (e instanceof SslAuthenticationException) {
            String lower = why.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("subject alternative") || lower.contains("no name matching")) {
                return Messages.text("security.tls-host", servers, why);
            }
            if (lower.contains("pkix") || lower.contains("certification path")) {
                return Messages.text("security.tls-untrusted", servers, why);
            }
            return Messages.text("security.tls-failed", servers, why);
        }
        if (e instanceof SaslAuthenticationException) {
            return Messages.text("security.login-refused", servers, why);
        }
        return Messages.text("security.refused", servers, why);
    }

    /** A truststore or keystore that cannot be opened: the client fails before it connects. */
    static boolean isStoreProblem(KafkaException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String why = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (t instanceof GeneralSecurityException || t instanceof NoSuchFileException
                    || why.contains("keystore") || why.contains("truststore")) {
                return true;
            }
        }
        return false;
    }

    static String storeProblem(String servers, KafkaException e) {
        return Messages.text("security.store", servers, Root.message(e));
    }

    /** The user has no ACL for what the example asked. */
    static String notAllowed(AuthorizationException e) {
        return Messages.text("security.not-allowed", Root.message(e));
    }
}
