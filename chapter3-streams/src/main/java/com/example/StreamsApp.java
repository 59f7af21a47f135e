package com.example;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.StopSignal;

/**
 * What the book's listings leave out after {@code streams.start()}: a running {@link KafkaStreams} that
 */
public final class StreamsApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamsApp.class);

    /** How long {@link #close()} waits for the stream threads; below {@link Examples#SHUTDOWN_GRACE}. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final String applicationId;
    private final KafkaStreams streams;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    private StreamsApp(Topology topology, Properties props) {
        this.applicationId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        this.streams = new KafkaStreams(topology, props);
        streams.setStateListener((newState, oldState) -> {
            log.info("{}: {} -> {}", applicationId, oldState, newState);
            if (newState == KafkaStreams.State.ERROR || newState == KafkaStreams.State.NOT_RUNNING) {
                ended.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(exception -> {
            failure.compareAndSet(null, exception);
            log.error("{}: stopping after an error: {}", applicationId, Examples.describe(exception));
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    /** Creates the {@link KafkaStreams} client for {@code topology} and starts it. */
    public static StreamsApp start(Topology topology, Properties props) {
        StreamsApp app = new StreamsApp(topology, props);
        log.info("{}: starting\n{}", app.applicationId, topology.describe());
        app.streams.start();
        return app;
    }

    /** The Kafka Streams client, e.g. for interactive queries ({@link KafkaStreams#store}). */
    public KafkaStreams streams() {
        return streams;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** {@code RUNNING}: every task is assigned and processing. */
    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    /** The error that shut the application down, if any. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    /**
     * Blocks until {@code stop} is requested (Ctrl+C) or the application stops by itself; in the latter case
     * rethrows the error that stopped it.
     */
    public void awaitStop(StopSignal stop) throws InterruptedException {
        stop.onStop(ended::countDown);
        ended.await();
        Throwable error = failure.get();
        if (error != null && !stop.isStopped()) {
            throw new StreamsException("Kafka Streams application '" + applicationId + "' stopped: "
                    + Examples.describe(error), error);
        }
    }

    /** Closes the client, waiting at most {@link #CLOSE_TIMEOUT}. Safe to call more than once. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            boolean done = streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                    .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
            log.info("{}: closed{}", applicationId, done ? "" : " (timed out after " + CLOSE_TIMEOUT + ")");
        }
    }
}
