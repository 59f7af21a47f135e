package com.example;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;

/** Consumer configs the tests lay over the listings' own. */
final class TestConfigs {

    private TestConfigs() {
    }

    /**
     * Read what the test produced before the consumer joined ({@code earliest}), and notice rebalances quickly:
     * the broker's minimum session timeout is 6 s ({@code group.min.session.timeout.ms}); heartbeats every 300 ms
     * tell a member within a fraction of a second that another one joined.
     */
    static Map<String, Object> fast(Object... more) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        configs.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 6000);
        configs.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 300);
        for (int i = 0; i + 1 < more.length; i += 2) {
            configs.put((String) more[i], more[i + 1]);
        }
        return configs;
    }
}
