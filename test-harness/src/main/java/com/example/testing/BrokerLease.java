package com.example.testing;

import java.util.ArrayList;
import java.util.List;

import com.example.testing.KafkaBrokerExtension.Holder;

/**
 * For a runner of several test runs in one JVM (the tour): the brokers the claims start while the lease is open —
 * the JVM's broker, a {@code @KafkaTest(brokers = 3)} cluster, the secured broker — outlive each run and close with
 * the lease, so every step of the tour finds the same broker, as every class of a module's {@code verify} does.
 */
public final class BrokerLease implements AutoCloseable {

    private final List<Holder> kept = new ArrayList<>();

    BrokerLease() {
    }

    /** Opens the JVM's one lease. */
    public static BrokerLease open() {
        return Holder.openLease();
    }

    /**
     * The JVM's broker ({@code -Dkafka.broker}'s: local by default, or {@code external}), started now; a skip
     * (TestAbortedException) or a {@link TestBrokerUnavailableException} says why there is none.
     */
    public TestKafka broker() {
        return Holder.defaultBroker().get();
    }

    /**
     * Starts a {@code @KafkaTest(brokers = N)} cluster in the background now, so that the claims that need it find it
     * ready (the tour, when a 3.1 failure step is ahead).
     */
    public void prepareCluster(int brokers) {
        Thread starter = new Thread(() -> Holder.cluster(brokers), "prepare-cluster-" + brokers);
        starter.setDaemon(true);
        starter.start();
    }

    /** The {@code @KafkaTest(brokers = N)} cluster, started now if it is not yet. */
    public TestKafka cluster(int brokers) {
        return Holder.cluster(brokers).get();
    }

    synchronized void keep(Holder holder) {
        kept.add(holder);
    }

    /** Closes the clusters kept so far (three brokers and three controllers: memory the rest of a tour can use). */
    public synchronized void releaseClusters() {
        kept.stream().filter(Holder::isCluster).forEach(Holder::close);
        kept.removeIf(Holder::isCluster);
    }

    @Override
    public synchronized void close() {
        Holder.closeLease();
        kept.forEach(Holder::close);
        kept.clear();
    }
}
