package com.example.testing;

/**
 * The test broker {@code -Dkafka.broker} names could not start (a bad mode, no broker at {@code -Dbootstrap.servers},
 * a container that failed): every {@link KafkaTest} of the JVM fails with it, and a grade says only this, since it is
 * no fault of the code under test.
 */
public final class TestBrokerUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    TestBrokerUnavailableException(RuntimeException cause) {
        super("the test broker could not start: " + cause.getMessage(), cause);
    }

    /** The reason in the harness's (or the broker check's) own words, without this wrapper's prefix. */
    public String reason() {
        return getCause().getMessage();
    }
}
