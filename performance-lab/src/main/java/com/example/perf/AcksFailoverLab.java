package com.example.perf;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;

import com.example.common.CallerThreads;
import com.example.common.ClusterNodes;
import com.example.common.ClusterView;
import com.example.common.KafkaSettings;
import com.example.common.Replicas;
import com.example.local.LocalKafkaCluster;

/**
 * 3.4.1 프로듀서 API — 주요 옵션: {@code acks} 0, 1 and all side by side on a real three-broker cluster — what
 * each costs (records/s) and what each keeps when the partition leader's broker crashes in the middle of the stream.
 *
 * <p>First the throughput: {@code before} records per acks value, best of {@value #ROUNDS} interleaved rounds
 * (records/s from the first send to the last callback). Then for each value, on a fresh topic (one partition, replication factor 3, {@code min.insync.replicas=2}):
 * <ol>
 *   <li>{@code before} records as fast as the producer goes (callback per record);</li>
 *   <li>the leader's broker <b>crashes</b>: this cluster runs with {@code controlled.shutdown.enable=false}, so
 *       the broker hands nothing over, and the controller notices only when its heartbeats stop
 *       ({@code broker.session.timeout.ms}, 3 s here); the producer keeps sending — a tenth of {@code before} at
 *       full speed while the broker goes down, then paced — until a new leader leads, then {@code after} more;</li>
 *   <li>the broker starts again and rejoins the ISR; the topic is read from the beginning:
 *       <b>lost</b> = acknowledged but not in the log, <b>duplicates</b> = in the log more than once.</li>
 * </ol>
 * What the book says each promises: {@code acks=0} the producer does not wait (fastest, a record sent to a dead
 * leader is gone without an error); {@code acks=1} the leader has it (a record the followers had not fetched
 * yet when the leader crashed can be lost); {@code acks=all} every ISR member has it (nothing acknowledged is
 * lost — with {@code min.insync.replicas=2} at least two copies).
 *
 * <pre>
 * ./mvnw -q -pl performance-lab exec:java -Dexec.mainClass=com.example.perf.AcksFailoverLab
 * </pre>
 */
public final class AcksFailoverLab {

    /** The cluster's brokers crash instead of handing over (see the class comment). */
    static final Map<String, String> CRASHING_BROKERS = Map.of("controlled.shutdown.enable", "false");
    static final List<String> ACKS = List.of("0", "1", "all");
    /** Records per millisecond while the partition has no leader: enough to show what each acks does with them. */
    private static final int OUTAGE_RECORDS_PER_MS = 2;
    /** Rounds of the throughput measurement; the best counts. */
    static final int ROUNDS = 3;
    private static final Duration FAILOVER_TIMEOUT = Duration.ofSeconds(30);

    /** One acks value's outcome. */
    public record Row(String acks, double recordsPerSecond, long sent, long acknowledged, long failed,
                      long newLeaderMillis, long inLog, long lost, long duplicates) {

        Row withRate(double rate) {
            return new Row(acks, rate, sent, acknowledged, failed, newLeaderMillis, inLog, lost, duplicates);
        }
    }

    private AcksFailoverLab() {
    }

    public static void main(String[] args) throws Exception {
        LabOptions options = PerformanceLab.optionsOrExit();
        LocalKafkaCluster.quietFailureNoise();
        try (LocalKafkaCluster cluster = LocalKafkaCluster.start(3, 0, CRASHING_BROKERS)) {
            System.out.printf("cluster: brokers %s at %s, controllers %s (brokers crash: no controlled shutdown)%n",
                    cluster.brokerIds(), cluster.bootstrapServers(), cluster.controllerIds());
            print(run(cluster.settings(), cluster, options.records() / 4, options.records() / 4, options.recordSize()),
                    System.out);
        }
    }

    /**
     * Every acks value in turn: its throughput (best of {@value #ROUNDS} rounds of {@code before} records, the acks
     * values interleaved so that none profits from warmer brokers), then its crash, {@code before} records before
     * and {@code after} once a new leader leads.
     */
    public static List<Row> run(KafkaSettings settings, ClusterNodes nodes, long before, long after, int recordSize)
            throws Exception {
        Map<String, Double> recordsPerSecond = throughput(settings, before, recordSize);
        List<Row> rows = new ArrayList<>();
        for (String acks : ACKS) {
            rows.add(crashDuring(settings, nodes, acks, before, after, recordSize).withRate(recordsPerSecond.get(acks)));
        }
        return rows;
    }

    /** Best records/s per acks value, from the send of the first record to the callback of the last. */
    static Map<String, Double> throughput(KafkaSettings settings, long records, int recordSize) throws Exception {
        Map<String, Double> best = new java.util.LinkedHashMap<>();
        try (ClusterView view = new ClusterView(settings)) {
            for (int round = 0; round < ROUNDS; round++) {
                for (String acks : ACKS) {
                    String topic = "acks-rate-" + (acks.equals("all") ? "all" : acks) + "-" + System.nanoTime();
                    createReplicated(view, topic);
                    try (KafkaProducer<String, String> producer = producer(settings, acks)) {
                        Stream stream = new Stream(producer, topic, recordSize);
                        stream.send(1); // metadata and connections before the clock
                        stream.awaitCallbacks();
                        long begin = System.nanoTime();
                        stream.send(records);
                        stream.awaitCallbacks();
                        best.merge(acks, records / ((System.nanoTime() - begin) / 1e9), Math::max);
                    }
                }
            }
        }
        return best;
    }

    private static KafkaProducer<String, String> producer(KafkaSettings settings, String acks) {
        return new KafkaProducer<>(KafkaSettings.with(settings.producer(), Map.of(ProducerConfig.ACKS_CONFIG, acks)));
    }

    static Row crashDuring(KafkaSettings settings, ClusterNodes nodes, String acks, long before, long after,
                           int recordSize) throws Exception {
        String topic = "acks-" + (acks.equals("all") ? "all" : acks) + "-" + System.nanoTime();
        try (ClusterView view = new ClusterView(settings);
             KafkaProducer<String, String> producer = producer(settings, acks)) {
            int leader = createReplicated(view, topic);
            Stream stream = new Stream(producer, topic, recordSize);
            stream.send(before);
            stream.awaitCallbacks();

            long crashedAt = System.nanoTime();
            java.util.concurrent.Executor threads = CallerThreads.of("acks-lab");
            CompletableFuture<Void> crash = CompletableFuture.runAsync(() -> nodes.stopNode(leader), threads);
            CompletableFuture<Replicas> newLeader = CompletableFuture.supplyAsync(() -> view.awaitReplicas(topic,
                    "a new leader of " + topic, FAILOVER_TIMEOUT, r -> r.hasLeader() && r.leader() != leader), threads);
            stream.send(before / 10); // at full speed while the leader goes down: records in flight
            while (!newLeader.isDone()) {
                stream.send(OUTAGE_RECORDS_PER_MS);
                Thread.sleep(1); // then paced: the outage lasts seconds, the buffer would fill up otherwise
            }
            long newLeaderMillis = (System.nanoTime() - crashedAt) / 1_000_000;
            newLeader.join();
            stream.send(after);
            stream.awaitCallbacks();
            crash.join();

            nodes.startNode(leader);
            view.awaitReplicas(topic, "broker " + leader + " back in the ISR of " + topic, FAILOVER_TIMEOUT,
                    r -> r.isr().size() == 3);
            return stream.count(acks, newLeaderMillis, settings);
        } finally {
            nodes.brokerIds().stream().filter(id -> !nodes.isRunning(id)).forEach(nodes::startNode);
        }
    }

    /** The records of one row: value = its number, zero-padded, then filler up to the record size. */
    private static final class Stream {
        private final KafkaProducer<String, String> producer;
        private final String topic;
        private final String filler;
        private final BitSet acknowledged = new BitSet();
        private final AtomicLong failed = new AtomicLong();
        private int next;

        Stream(KafkaProducer<String, String> producer, String topic, int recordSize) {
            this.producer = producer;
            this.topic = topic;
            this.filler = "x".repeat(Math.max(0, recordSize - 10));
        }

        void send(long count) {
            for (long i = 0; i < count; i++) {
                int number = next++;
                producer.send(new ProducerRecord<>(topic, String.format(Locale.ROOT, "%010d", number) + filler),
                        (metadata, error) -> {
                            if (error == null) {
                                synchronized (acknowledged) {
                                    acknowledged.set(number);
                                }
                            } else {
                                failed.incrementAndGet();
                            }
                        });
            }
        }

        /** flush() returns once every record sent so far is acknowledged or failed, its callback run. */
        void awaitCallbacks() {
            producer.flush();
        }

        Row count(String acks, long newLeaderMillis, KafkaSettings settings) {
            BitSet inLog = new BitSet();
            long records;
            try (ClusterView view = new ClusterView(settings)) {
                long end = ClusterView.total(view.endOffsets(topic));
                List<ConsumerRecord<String, String>> read = view.read(topic, (int) end, FAILOVER_TIMEOUT);
                records = read.size();
                read.forEach(r -> inLog.set(Integer.parseInt(r.value().substring(0, 10))));
            }
            BitSet lost;
            synchronized (acknowledged) {
                lost = (BitSet) acknowledged.clone();
            }
            lost.andNot(inLog);
            return new Row(acks, 0, next, acknowledged.cardinality(), failed.get(), newLeaderMillis,
                    inLog.cardinality(), lost.cardinality(), records - inLog.cardinality());
        }
    }

    private static int createReplicated(ClusterView view, String topic) {
        view.createTopic(new NewTopic(topic, Optional.of(1), Optional.of((short) 3))
                .configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2")));
        return view.awaitReplicas(topic, "an ISR of 3 for " + topic, FAILOVER_TIMEOUT,
                r -> r.hasLeader() && r.isr().size() == 3).leader();
    }

    static void print(List<Row> rows, PrintStream out) {
        out.println("acks 별 처리량과 리더 브로커 장애 시 유실 / throughput, and what survives the leader's crash");
        out.printf("%-5s %12s %9s %12s %8s %13s %9s %6s %10s%n", "acks", "records/s", "sent", "acknowledged",
                "failed", "new leader ms", "in log", "lost", "duplicates");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-5s %,12.0f %9d %12d %8d %13d %9d %6d %10d%n", r.acks(), r.recordsPerSecond(),
                    r.sent(), r.acknowledged(), r.failed(), r.newLeaderMillis(), r.inLog(), r.lost(), r.duplicates());
        }
    }
}
