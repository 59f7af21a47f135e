package com.example.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.TopicPartition;

/**
 * Reads the LAG column of {@code kafka-consumer-groups.sh --describe}: one map per table printed (the
 * walkthrough of 2.2.4 describes the group three times), partition → LAG. A row whose LAG is {@code -} (the group
 * has committed nothing for that partition) is left out, so "every partition has LAG 0" cannot pass by a partition
 * nobody read. Used by the chapter 2 walkthrough test and the tour: one parser, one meaning of {@code -}.
 */
public final class GroupLagTables {

    private static final Pattern TABLE_HEADER = Pattern.compile("\\n\\s*GROUP\\s+TOPIC\\s+PARTITION\\s+CURRENT-OFFSET");

    private GroupLagTables() {
    }

    /** Every --describe table of {@code group} in {@code output}, in the order printed: partition → LAG. */
    public static List<Map<TopicPartition, Long>> parse(String output, String group, String topic) {
        Pattern row = Pattern.compile(Pattern.quote(group) + "\\s+" + Pattern.quote(topic)
                + "\\s+(\\d+)\\s+(\\d+|-)\\s+(\\d+)\\s+(\\d+|-)\\s+");
        return TABLE_HEADER.splitAsStream("\n" + output).skip(1).map(table -> {
            Map<TopicPartition, Long> lags = new LinkedHashMap<>();
            table.lines().map(row::matcher).filter(Matcher::lookingAt).filter(m -> !m.group(4).equals("-"))
                    .forEach(m -> lags.put(new TopicPartition(topic, Integer.parseInt(m.group(1))),
                            Long.parseLong(m.group(4))));
            return lags;
        }).toList();
    }
}
