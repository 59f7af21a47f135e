package com.example.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to a real Kafka broker. Test methods (and constructors, {@code @BeforeAll}...)
 * receive a {@link TestKafka} parameter. One broker serves the whole test JVM, chosen by
 * {@code -Dkafka.broker=local|testcontainers|external} (see {@link TestBrokers}); a class that needs a cluster
 * says {@code @KafkaTest(brokers = 3)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KafkaBrokerExtension.class)
public @interface KafkaTest {

    /**
     * How many brokers the class needs. 1 (default): the JVM's broker of {@code -Dkafka.broker}. More: a
     * {@link com.example.local.LocalKafkaCluster} of that many brokers and three controllers in this JVM (any
     * mode: its tests stop and start nodes), one per shape per JVM; {@link TestKafka#cluster()} reaches it.
     */
    int brokers() default 1;

    /**
     * The broker this class needs whatever {@code -Dkafka.broker} says: {@link TestBrokers#SECURED} or
     * {@link TestBrokers#ZOOKEEPER}, started in this JVM beside the default one (one per mode per JVM). A claim
     * class runs again on such a broker as a subclass with only this annotation:
     * {@code @KafkaTest(mode = TestBrokers.SECURED) class SecuredKeyProducerTest extends KeyProducerTest { }}.
     * Empty (default): the JVM's broker of {@code -Dkafka.broker}.
     */
    String mode() default "";
}
