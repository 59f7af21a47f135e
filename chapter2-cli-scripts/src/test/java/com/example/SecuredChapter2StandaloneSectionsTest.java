package com.example;

import com.example.testing.KafkaTest;
import com.example.testing.TestBrokers;

/**
 * {@link Chapter2StandaloneSectionsTest}'s claims again, on the secured broker ({@code local-kafka --secure}:
 * SASL_SSL, SCRAM-SHA-512 logins, ACLs), the tools given the reader's client config file with
 * {@code --command-config} — in this JVM (2.2.6) and in a JVM of their own (2.2.5) (issue #29).
 */
@KafkaTest(mode = TestBrokers.SECURED)
class SecuredChapter2StandaloneSectionsTest extends Chapter2StandaloneSectionsTest {
}
