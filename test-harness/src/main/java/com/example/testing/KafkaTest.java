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
 * {@code -Dkafka.broker=local|testcontainers|external} (see {@link TestBrokers}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KafkaBrokerExtension.class)
public @interface KafkaTest {
}
