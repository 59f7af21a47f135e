package com.example;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.common.Examples;
import com.example.common.KafkaSettings;
import com.example.common.StopSignal;
import com.example.common.Messages;

/**
 * 3.6 카프카 커넥트 — 커넥트를 실행하는 방법: 단일 모드 커넥트 (standalone mode). What
 * {@code bin/connect-standalone.sh config/connect-standalone.properties config/single-file-source.properties}
 * does, in this JVM, until Ctrl+C:
 */
public class ConnectStandaloneMain {

    private static final Logger logger = LoggerFactory.getLogger(ConnectStandaloneMain.class);

    /** How often the worker looks for a FAILED connector or task. */
    static final Duration TASK_CHECK_INTERVAL = Duration.ofSeconds(1);

    static final List<String> DEFAULT_ARGS = List.of("config/connect-standalone.properties",
            "config/single-file-source.properties", "config/single-file-sink.properties");

    public static void main(String[] args) {
        List<String> files = args.length > 0 ? Arrays.asList(args) : DEFAULT_ARGS;
        Examples.mainUntilStopped(ConnectWorker.kafkaFor(files.get(0)), (settings, stop) -> run(settings, files, stop));
    }

    /** Runs a standalone worker: {@code files} = worker .properties, then one .properties per connector. */
    public static void run(KafkaSettings settings, List<String> files, StopSignal stop) throws InterruptedException {
        if (files.size() < 2) {
            throw Messages.badInput("connect.standalone.usage");
        }
        Map<String, String> workerProps = ConnectWorker.loadProperties(files.get(0));
        List<Map<String, String>> connectors = files.subList(1, files.size()).stream()
                .map(ConnectWorker::loadProperties).toList();
        try (ConnectWorker worker = ConnectWorker.startStandalone(settings, workerProps, connectors)) {
            logger.info("Standalone Connect worker running with connectors {}; REST API at {} — Ctrl+C to stop",
                    worker.herder().connectors(), worker.restUrl());
            while (!stop.await(TASK_CHECK_INTERVAL)) {
                // until Ctrl+C; a task that dies ends the worker with its cause, not a "running" beside a dead task
                Optional<String> failure = worker.firstFailure();
                if (failure.isPresent()) {
                    throw new IllegalStateException(failure.get()
                            + " — fix the cause (the connector's .properties, the file) and start the worker again");
                }
            }
        }
    }
}
