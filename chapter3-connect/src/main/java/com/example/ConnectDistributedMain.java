package com.example;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;

/**
 * 3.6 카프카 커넥트 — 커넥트를 실행하는 방법: 분산 모드 커넥트 (distributed mode). What
 * {@code bin/connect-distributed.sh config/connect-distributed.properties} does, in this JVM, until Ctrl+C:
 */
public class ConnectDistributedMain {

    private static final Logger logger = LoggerFactory.getLogger(ConnectDistributedMain.class);

    static final String DEFAULT_WORKER_PROPERTIES = "config/connect-distributed.properties";

    public static void main(String[] args) {
        String file = args.length > 0 ? args[0] : DEFAULT_WORKER_PROPERTIES;
        Examples.mainUntilStopped(ConnectWorker.kafkaFor(file), (settings, stop) -> run(settings, file, stop));
    }

    /** Runs a distributed worker configured by the .properties {@code file}. */
    public static void run(KafkaSettings settings, String file, StopSignal stop) throws InterruptedException {
        Map<String, String> workerProps = ConnectWorker.loadProperties(file);
        try (ConnectWorker worker = ConnectWorker.startDistributed(settings, workerProps)) {
            logger.info("Distributed Connect worker of group {} running; REST API at {} — Ctrl+C to stop",
                    workerProps.get("group.id"), worker.restUrl());
            Optional<String> reported = Optional.empty();
            while (!stop.await(Duration.ofSeconds(1))) {
                // until Ctrl+C; a FAILED task is said once, in one line (another worker of the group may restart it)
                Optional<String> failure = worker.firstFailure();
                if (failure.isPresent() && !failure.equals(reported)) {
                    logger.error("{} — fix the cause and restart it: curl -X POST {}connectors/<name>/restart"
                            + "?includeTasks=true", failure.get(), worker.restUrl());
                }
                reported = failure;
            }
        }
    }
}
