package com.example.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 2장: the one Java entry of every chapter-2 tool ({@code bin/kafka-run-class.sh}, and through it every
 * {@code bin/kafka-*.sh}): {@code ToolLauncher <Kafka tool class> [the tool's arguments...]}.
 *
 * <p>Before the tool starts, the address it was given ({@code --bootstrap-server host:port},
 * {@code --bootstrap-server=host:port}, {@code --broker-list}, {@code --bootstrap-controller}) is parsed strictly
 * and asked for a Kafka answer with {@link BrokerCheck}, so a typo, a port where nothing or something else
 * listens, or a controller port gets one line and exit code 2 within seconds instead of the tool's minute of
 * retries. Then Kafka's own tool class runs, in this JVM, with the arguments exactly as given. The address is
 * only ever handed to Kafka's client, never to a shell.
 *
 * <p>{@code KAFKA_BROKER_CHECK=off} skips the check (the tool then behaves exactly like Kafka's script).
 * {@code ToolLauncher --check --bootstrap-server host:port} only checks (the walkthroughs start with it).
 */
public final class ToolLauncher {

    /** Exit code when the tool's address is malformed. */
    public static final int EXIT_BAD_ADDRESS = Examples.EXIT_BAD_INPUT;

    private static final List<String> BROKER_OPTIONS = List.of("--bootstrap-server", "--broker-list");
    private static final String CHECK_ONLY = "--check";
    private static final String CONTROLLER_OPTION = "--bootstrap-controller";
    /** Where Kafka's tools read client settings (TLS, SASL): every 4.x tool has the first. */
    private static final List<String> CLIENT_CONFIG_OPTIONS =
            List.of("--command-config", "--producer.config", "--consumer.config");

    private ToolLauncher() {
    }

    /** An address option found on a tool's command line. */
    public record AddressOption(String option, String value) {
        boolean controller() {
            return CONTROLLER_OPTION.equals(option);
        }
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            System.err.println("usage: ToolLauncher <main class> [arguments...]");
            System.exit(Examples.EXIT_BAD_INPUT);
        }
        String[] toolArgs = Arrays.copyOfRange(args, 1, args.length);
        Duration timeout;
        try {
            timeout = BrokerCheck.defaultTimeout();
            toolArgs = withClientConfig(toolArgs, ClientConfig.fromEnvironment());
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            System.exit(Examples.EXIT_BAD_INPUT);
            return;
        }
        if (CHECK_ONLY.equals(args[0])) {
            System.exit(check(toolArgs, timeout));
        }
        if (!"off".equalsIgnoreCase(System.getenv("KAFKA_BROKER_CHECK"))) {
            int status = check(toolArgs, timeout);
            if (status != 0) {
                System.exit(status);
            }
        }
        runTool(args[0], toolArgs);
    }

    /**
     * Checks the address option of {@code toolArgs}, if any: 0 when it answers (or there is none), else prints one
     * line to standard error and returns {@link #EXIT_BAD_ADDRESS} or {@link Examples#EXIT_NO_BROKER}.
     */
    public static int check(String[] toolArgs, Duration timeout) {
        Optional<AddressOption> address;
        try {
            address = addressOption(toolArgs);
            address.ifPresent(a -> BootstrapAddresses.parse(a.value(), a.option()));
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            return EXIT_BAD_ADDRESS;
        }
        if (address.isEmpty()) {
            return 0;
        }
        Map<String, String> client;
        try {
            client = clientConfigOption(toolArgs).map(option -> ClientConfig.read(option.value(), option.option())
                    .clientSettings()).orElse(Map.of());
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            return Examples.EXIT_BAD_INPUT;
        }
        try {
            AddressOption a = address.get();
            String servers = BootstrapAddresses.requireValid(a.value(), a.option());
            BrokerCheck.requireReachable(servers, client, timeout, a.controller(), a.option() + " host:port");
            return 0;
        } catch (BrokerUnreachableException e) {
            System.err.println(e.getMessage());
            return Examples.EXIT_NO_BROKER;
        }
    }

    /**
     * The tool's arguments with the reader's client config file ({@code -Dkafka.client.config} /
     * {@code KAFKA_CLIENT_CONFIG}) passed on as {@code --command-config FILE}, unless the command line names one.
     */
    static String[] withClientConfig(String[] toolArgs, Optional<ClientConfig> file) {
        // only a client tool (one given a broker's address) takes it: not kafka-server-start, not kafka-storage
        if (file.isEmpty() || clientConfigOption(toolArgs).isPresent() || addressOption(toolArgs).isEmpty()) {
            return toolArgs;
        }
        String[] secured = new String[toolArgs.length + 2];
        secured[0] = CLIENT_CONFIG_OPTIONS.get(0);
        secured[1] = file.get().file().toString();
        System.arraycopy(toolArgs, 0, secured, 2, toolArgs.length);
        return secured;
    }

    /** The tool's client config file option ({@code --command-config}, or a producer's / consumer's own). */
    static Optional<AddressOption> clientConfigOption(String[] toolArgs) {
        for (int i = 0; i < toolArgs.length; i++) {
            for (String option : CLIENT_CONFIG_OPTIONS) {
                if (toolArgs[i].startsWith(option + "=")) {
                    return Optional.of(new AddressOption(option, toolArgs[i].substring(option.length() + 1)));
                }
                if (toolArgs[i].equals(option) && i + 1 < toolArgs.length) {
                    return Optional.of(new AddressOption(option, toolArgs[i + 1]));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first {@code --bootstrap-server}-like option and its value, in the {@code --option value} and the
     * {@code --option=value} forms, and as unambiguous abbreviations (Kafka's option parser accepts
     * {@code --bootstrap-s}); a missing value is refused.
     */
    public static Optional<AddressOption> addressOption(String[] toolArgs) {
        for (int i = 0; i < toolArgs.length; i++) {
            String arg = toolArgs[i];
            int eq = arg.indexOf('=');
            Optional<String> option = optionNamed(eq > 0 ? arg.substring(0, eq) : arg);
            if (option.isEmpty()) {
                continue;
            }
            if (eq > 0) {
                return Optional.of(new AddressOption(option.get(), arg.substring(eq + 1)));
            }
            if (i + 1 >= toolArgs.length || toolArgs[i + 1].startsWith("--")) {
                throw Messages.badInput("option.needs-value", option.get());
            }
            return Optional.of(new AddressOption(option.get(), toolArgs[i + 1]));
        }
        return Optional.empty();
    }

    private static Optional<String> optionNamed(String given) {
        if (!given.startsWith("--b") || given.length() < "--bo".length()) {
            return Optional.empty();
        }
        List<String> matches = Stream.concat(BROKER_OPTIONS.stream(), Stream.of(CONTROLLER_OPTION)).filter(name -> name.startsWith(given)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static void runTool(String mainClass, String[] toolArgs) throws Throwable {
        Method main;
        try {
            main = Class.forName(mainClass).getMethod("main", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            System.err.println(Messages.text("error", Messages.text("tool.noClass", mainClass, e)));
            System.exit(Examples.EXIT_BAD_INPUT);
            return;
        }
        try {
            main.invoke(null, (Object) toolArgs);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
