package com.example.perf;

/**
 * The book's examples log per record (ProducerCallback at INFO) and per stop ("Consumer stopped"): measured
 * hundreds of thousands of times, that would measure the terminal, not Kafka. The labs set those loggers to WARN
 * before the examples create them, so the table is not buried.
 */
final class ExampleLogs {

    private static final String[] EXAMPLES = {"ProducerCallback", "SimpleConsumer", "ConsumerWithSyncCommit",
            "ConsumerWithSyncOffsetCommit"};

    private ExampleLogs() {
    }

    static void quiet() {
        for (String example : EXAMPLES) {
            System.setProperty("org.slf4j.simpleLogger.log.com.example." + example, "warn");
        }
    }
}
