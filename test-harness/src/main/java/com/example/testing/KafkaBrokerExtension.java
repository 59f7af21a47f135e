package com.example.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * Starts one broker per test JVM (lazily, on the first {@link KafkaTest} class) — and one cluster per shape
 * for {@code @KafkaTest(brokers = N)} — and closes it when the JVM's tests are done. Injects {@link TestKafka} into test methods, constructors and lifecycle methods. When the
 * chosen broker cannot run here (testcontainers without Docker), every test is reported as skipped, with why.
 *
 * <p>One per JVM means one per JVM: a test that runs other test classes itself (an exercise's grader, through
 * {@link Grading}) lends them the broker it already has instead of starting a second one.
 */
public final class KafkaBrokerExtension implements BeforeAllCallback, ExecutionCondition, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Holder holder = holder(context);
        if (!(holder.failure instanceof TestAbortedException)) {
            holder.get(); // a broker that should start but did not: fail loudly
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Holder holder = holder(context);
        return holder.failure instanceof TestAbortedException skipped
                ? ConditionEvaluationResult.disabled(skipped.getMessage())
                : ConditionEvaluationResult.enabled("the test broker can run here");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestKafka.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context);
    }

    private static TestKafka shared(ExtensionContext context) {
        return holder(context).get();
    }

    private static Holder holder(ExtensionContext context) {
        Optional<KafkaTest> annotation = context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, KafkaTest.class));
        int brokers = annotation.map(KafkaTest::brokers).orElse(1);
        String mode = annotation.map(KafkaTest::mode).orElse("");
        String shape = (mode.isEmpty() ? "" : "mode=" + mode + ",") + "brokers=" + brokers;
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(shape, key -> Holder.startOrBorrow(key, brokers, mode), Holder.class);
    }

    /** The JVM's broker, or why it could not start (so every class gets the same answer quickly). */
    static final class Holder implements AutoCloseable {
        /** The holders that own a broker, by shape, while their test run lasts. */
        private static final Map<String, Holder> OWNERS = new ConcurrentHashMap<>();

        private final String shape;
        private final TestKafka kafka;
        private final RuntimeException failure;
        private final boolean owner;

        private Holder(String shape, TestKafka kafka, RuntimeException failure, boolean owner) {
            this.shape = shape;
            this.kafka = kafka;
            this.failure = failure;
            this.owner = owner;
        }

        /** The one open {@link BrokerLease}: the brokers it keeps outlive each test run. */
        private static volatile BrokerLease lease;

        /** One lock per shape: a cluster starting (a lease's {@code prepare}) holds back no one-broker claim. */
        private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

        /** The broker of an enclosing test run of this JVM, else a new one ({@code shape} is "brokers=N"). */
        static Holder startOrBorrow(String shape, int brokers, String mode) {
            synchronized (LOCKS.computeIfAbsent(shape, key -> new Object())) {
                Holder running = OWNERS.get(shape);
                if (running != null) {
                    return running.lent();
                }
                Holder started = start(shape, brokers, mode);
                OWNERS.putIfAbsent(shape, started);
                BrokerLease open = lease;
                if (open != null) {
                    open.keep(started);
                    return started.lent();
                }
                return started;
            }
        }

        /** A cluster of {@code brokers} as {@code @KafkaTest(brokers = N)} gets it. */
        static Holder cluster(int brokers) {
            return startOrBorrow("brokers=" + brokers, brokers, "");
        }

        static synchronized BrokerLease openLease() {
            if (lease != null) {
                throw new IllegalStateException("a broker lease is open already");
            }
            lease = new BrokerLease();
            return lease;
        }

        static synchronized void closeLease() {
            lease = null;
        }

        /** The JVM's default broker: {@code -Dkafka.broker}'s, one broker. */
        static Holder defaultBroker() {
            return startOrBorrow("brokers=1", 1, "");
        }

        private Holder lent() {
            return new Holder(shape, kafka, failure, false);
        }

        boolean isCluster() {
            return !shape.endsWith("brokers=1");
        }

        private static Holder start(String shape, int brokers, String mode) {
            try {
                TestBroker broker = brokers > 1 ? TestBrokers.startCluster(brokers)
                        : mode.isEmpty() ? TestBrokers.start(TestBrokers.configuredMode())
                        : TestBrokers.startFor(mode);
                return new Holder(shape, new TestKafka(broker), null, true);
            } catch (RuntimeException e) {
                return new Holder(shape, null, e, true);
            }
        }

        /** The broker, or the harness's exception saying why there is none (a skip, or a failure). */
        TestKafka get() {
            if (failure instanceof TestAbortedException aborted) {
                throw new TestAbortedException(aborted.getMessage());
            }
            if (failure != null) {
                throw new TestBrokerUnavailableException(failure);
            }
            return kafka;
        }

        @Override
        public void close() {
            if (!owner) {
                return; // lent by the enclosing run, which closes it
            }
            OWNERS.remove(shape, this);
            if (kafka != null) {
                kafka.close();
            }
        }
    }
}
