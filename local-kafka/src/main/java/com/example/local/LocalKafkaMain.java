package com.example.local;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.example.common.ForegroundJvm;
import com.example.common.Messages;
import com.example.common.view.ClusterPage;

/**
 * 2.1.4 주키퍼·카프카 브로커 실행 — without EC2: a real Kafka broker on this machine, one command.
 *
 * <pre>
 * ./mvnw -q -pl local-kafka exec:java                                   # localhost:9092, 400 MB heap like the book
 * ./mvnw -q -pl local-kafka exec:java -Dlocal.kafka.args="--port 9093 --fresh"
 * ./mvnw -q -pl local-kafka exec:java -Dlocal.kafka.args="--brokers 3"     # 3.1: a cluster, see LocalClusterConsole
 * </pre>
 *
 * {@code exec:java} runs {@link LocalKafkaLauncher}, which starts this class in a JVM of its own (the book's
 * 400 MB heap) tied to Maven's: stopping Maven stops the broker, and an error is this class's one line.
 *
 * Options: {@code --port N} (default 9092), {@code --controller-port N} (default port+1000),
 * {@code --data-dir DIR} (default {@code <tmp>/kafka-book/local-kafka-<port>}, kept across restarts),
 * {@code --fresh} (start from empty data: the data directory is deleted once the ports are known to be free,
 * and only if this project made it), {@code --advertised-host HOST} (default localhost; use
 * {@code my-kafka} to follow the book's hosts-file setup), {@code --brokers N} (a cluster of N brokers on ports
 * port..port+N-1 and three controllers, temporary data: {@link LocalClusterConsole}), {@code --view} (the book's
 * 3.1 picture of it, live, at http://127.0.0.1:8070/; {@code --view-port N} for another port).
 */
public final class LocalKafkaMain {

    private LocalKafkaMain() {
    }

    public static void main(String[] rawArgs) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(rawArgs);
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            System.err.println(Options.USAGE);
            System.exit(1);
            return;
        }
        if (options.help) {
            System.out.println(Options.USAGE);
            return;
        }
        if (options.stopWithParent) {
            ForegroundJvm.stopWithParent();
        }
        if (options.brokers > 1) {
            LocalClusterConsole.run(options.brokers, options.port, options.secure, options.viewPort);
            return;
        }
        LocalKafkaBroker broker = LocalKafkaBroker.builder()
                .port(options.port)
                .controllerPort(options.controllerPort)
                .dataDir(options.dataDir)
                .fresh(options.fresh)
                .advertisedHost(options.advertisedHost)
                .secure(options.secure)
                .build();
        long started = System.nanoTime();
        try {
            broker.start();
        } catch (RuntimeException e) {
            System.err.println(Messages.text("error", Messages.text("local.cannotStart", e.getMessage())));
            System.exit(1);
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Kafka at " + broker.bootstrapServers() + " ...");
            broker.stop();
            System.out.println("Kafka stopped; data kept in " + broker.dataDir() + " (use --fresh to wipe it).");
            stopped.countDown();
        }, "local-kafka-stop"));
        System.out.println("Kafka " + LocalKafkaBroker.KAFKA_VERSION + " ready at " + broker.bootstrapServers()
                + " in " + millis + " ms (data: " + broker.dataDir() + "). Press Ctrl+C to stop.");
        if (broker.isSecure()) {
            System.out.println(Messages.text("local.secure.files", broker.clientConfigFile(LocalSecurity.READER),
                    broker.clientConfigFile(LocalSecurity.ADMIN)));
        }
        try (ClusterPage page = View.open(broker.settings(), options.viewPort)) {
            stopped.await();
        }
    }

    static final class Options {
        static final String USAGE = "usage: LocalKafkaMain [--port N] [--controller-port N] [--data-dir DIR] "
                + "[--fresh] [--advertised-host HOST] [--brokers N] [--secure] [--view] [--view-port N] [--stop-with-parent]";

        int port = 9092;
        int brokers = 1;
        int controllerPort = -1;
        Path dataDir;
        boolean fresh;
        boolean secure;
        boolean stopWithParent;
        boolean help;
        /** {@code --view}: the cluster page's port ({@link ClusterPage#DEFAULT_PORT}, or {@code --view-port N}). */
        int viewPort = -1;
        String advertisedHost = "localhost";

        static Options parse(String[] rawArgs) {
            // exec:java passes -Dlocal.kafka.args as one argument: split everything on white space
            List<String> args = new ArrayList<>();
            for (String raw : rawArgs) {
                for (String part : raw.trim().split("\\s+")) {
                    if (!part.isEmpty()) {
                        args.add(part);
                    }
                }
            }
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--port" -> o.port = intValue(args, ++i, arg);
                    case "--controller-port" -> o.controllerPort = intValue(args, ++i, arg);
                    case "--data-dir" -> o.dataDir = Paths.get(value(args, ++i, arg));
                    case "--advertised-host" -> o.advertisedHost = value(args, ++i, arg);
                    case "--fresh" -> o.fresh = true;
                    case "--secure" -> o.secure = true;
                    case "--brokers" -> o.brokers = brokerCount(value(args, ++i, arg));
                    case "--stop-with-parent" -> o.stopWithParent = true;
                    case "--view" -> o.viewPort = o.viewPort < 0 ? ClusterPage.DEFAULT_PORT : o.viewPort;
                    case "--view-port" -> o.viewPort = intValue(args, ++i, arg);
                    case "--help", "-h" -> o.help = true;
                    default -> throw Messages.badInput("option.unknown", arg);
                }
            }
            if (o.controllerPort < 0) {
                o.controllerPort = o.port + 1000 <= 65535 ? o.port + 1000 : 0;
            }
            if (o.dataDir == null) {
                o.dataDir = Paths.get(System.getProperty("java.io.tmpdir"), "kafka-book", "local-kafka-" + o.port);
            }
            return o;
        }

        private static int brokerCount(String v) {
            if (!v.matches("[1-9]")) {
                throw Messages.badInput("local.brokers.bad", v);
            }
            return Integer.parseInt(v);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size() || args.get(i).startsWith("--")) { // "--brokers --fresh": the value is missing
                throw Messages.badInput("option.needs-a-value", option);
            }
            return args.get(i);
        }

        private static int intValue(List<String> args, int i, String option) {
            String v = value(args, i, option);
            try {
                int n = Integer.parseInt(v);
                if (n < 0 || n > 65535) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw Messages.badInput("option.needs-port", option, v);
            }
        }
    }
}
