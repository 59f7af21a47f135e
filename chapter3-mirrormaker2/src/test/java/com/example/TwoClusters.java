package com.example;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Clusters A and B for the MirrorMaker tests: two real Kafka 4.3.1 brokers ({@link com.example.local.LocalKafkaBroker})
 * on free ports in the test JVM, started once for the JVM and closed when its tests are done. A test class annotated
 * {@link Test} receives them as a {@code TwoClusters} parameter.
 */
final class TwoClusters implements AutoCloseable {

    final Cluster a;
    final Cluster b;

    private TwoClusters() {
        Cluster first = new Cluster("A");
        try {
            this.b = new Cluster("B");
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
        this.a = first;
    }

    @Override
    public void close() {
        a.close();
        b.close();
    }

    /** Marks a test class that runs against clusters A and B. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(Extension.class)
    @interface Test {
    }

    /** Starts the two clusters on first use and keeps them for the JVM (JUnit closes them at the end). */
    static final class Extension implements ParameterResolver {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TwoClusters.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TwoClusters.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(TwoClusters.class, key -> new TwoClusters(), TwoClusters.class);
        }
    }
}
