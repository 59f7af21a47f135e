package com.example;

import com.example.testing.KafkaTest;
import com.example.testing.TestBrokers;

/** {@link ConnectStandaloneTest}'s claims again, on the secured broker ({@code local-kafka --secure}: SASL_SSL, SCRAM-SHA-512 logins, ACLs), as its reader user with the reader's client config file (issue #29). */
@KafkaTest(mode = TestBrokers.SECURED)
class SecuredConnectStandaloneTest extends ConnectStandaloneTest {
}
