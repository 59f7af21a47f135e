package com.example.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opentest4j.TestAbortedException;

import com.example.common.ClientConfig;
import com.example.common.Examples;
import com.example.local.LocalKafkaBroker;
import com.example.common.LocalPorts;
import com.example.common.view.ClusterPage;
import com.example.testing.BrokerLease;
import com.example.testing.TestBrokerUnavailableException;
import com.example.testing.TestBrokers;
import com.example.testing.TestKafka;

/** The tour's broker is the test harness's: a local Kafka on 9092 (when free), or the reader's with --external. */
final class TourBrokers {

    private static final List<Integer> STARTED_PORTS = new ArrayList<>();
    private static boolean preferredPortTaken;

    /** There is no broker to tour: the harness's one line says why. */
    static final class NoBroker extends RuntimeException {
        NoBroker(String message) {
            super(message);
        }
    }

    private TourBrokers() {
    }

    /** Tells the harness which broker the claims get, and how long a claim may run. */
    static void configure(TourOptions options) {
        System.setProperty("junit.jupiter.execution.timeout.default", options.stepTimeout().toSeconds() + " s");
        if (options.external()) {
            System.setProperty(TestBrokers.MODE_PROPERTY, TestBrokers.EXTERNAL);
            return;
        }
        System.setProperty(TestBrokers.MODE_PROPERTY, TestBrokers.LOCAL);
        preferredPortTaken = options.port() == TourOptions.PREFERRED_PORT && !LocalPorts.isFree(9092);
        int port = options.port() == TourOptions.PREFERRED_PORT ? (preferredPortTaken ? 0 : 9092) : options.port();
        System.setProperty(TestBrokers.PORT_PROPERTY, String.valueOf(port));
    }

    /** Starts the tour's broker (or checks the external one) and says where it is. */
    static TestKafka start(BrokerLease brokers, TourPrinter printer) {
        long begin = System.nanoTime();
        TestKafka kafka;
        try {
            kafka = brokers.broker();
        } catch (TestAbortedException e) {
            throw new NoBroker(e.getMessage());
        } catch (TestBrokerUnavailableException e) {
            throw new NoBroker(e.reason());
        }
        Optional<LocalKafkaBroker> local = kafka.localBroker();
        if (local.isEmpty()) {
            ClientConfig.fromEnvironment().ifPresent(config -> Examples.announce(config, kafka.settings()));
            printer.line("tour.external", kafka.settings().bootstrapServers());
            return kafka;
        }
        STARTED_PORTS.add(local.get().port());
        STARTED_PORTS.add(local.get().controllerPort());
        if (preferredPortTaken) {
            printer.line("tour.port-taken");
        }
        printer.line("tour.broker.started", LocalKafkaBroker.KAFKA_VERSION, kafka.settings().bootstrapServers(),
                (System.nanoTime() - begin) / 1e9);
        return kafka;
    }

    /**
     * {@code --view}: the picture of {@code kafka} (the tour's broker, or 3.1's cluster), live, at an address printed
     * now; nothing without {@code --view}.
     */
    static Optional<ClusterPage> view(TourOptions options, TestKafka kafka, TourPrinter printer) {
        if (!options.view()) {
            return Optional.empty();
        }
        ClusterPage page = ClusterPage.start(kafka.settings(), 0, options.lang());
        printer.line("view.ready", page.address());
        return Optional.of(page);
    }

    /** The ports of the brokers the tour started, to check they are free again. */
    static List<Integer> startedPorts() {
        return List.copyOf(STARTED_PORTS);
    }
}
