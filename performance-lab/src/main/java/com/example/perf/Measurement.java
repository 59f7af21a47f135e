package com.example.perf;

/**
 * One row of a lab table.
 *
 * @param lab          {@code producer} or {@code consumer}
 * @param option       the option being varied ({@code acks}, {@code linger.ms}, ...) or the comparison name
 * @param variant      the value or the program ({@code acks=0}, {@code ProducerPerformance}, ...)
 * @param records      records sent or read
 * @param recordSize   value bytes per record
 * @param seconds      wall time of the measurement
 * @param p50Ms        median latency in ms (producer: send() to callback; NaN when not measured)
 * @param p99Ms        99th percentile latency in ms (NaN when not measured)
 * @param note         anything worth knowing next to the numbers
 */
public record Measurement(String lab, String option, String variant, long records, int recordSize,
                          double seconds, double p50Ms, double p99Ms, String note) {

    /** MB here is 2^20 bytes, as in Kafka's perf tools. */
    public static final double MB = 1024.0 * 1024.0;

    public double recordsPerSecond() {
        return seconds <= 0 ? 0 : records / seconds;
    }

    /** Value bytes per second in MB (2^20), like ProducerPerformance's MB/sec. */
    public double mbPerSecond() {
        return seconds <= 0 ? 0 : records * (double) recordSize / MB / seconds;
    }

    public Measurement withNote(String newNote) {
        return new Measurement(lab, option, variant, records, recordSize, seconds, p50Ms, p99Ms, newNote);
    }
}
