package com.example;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.example.common.KafkaSettings;
import com.example.common.StopSignal;

/**
 * The shape every consumer listing's {@code run} has — {@code ConsumerWithSyncCommit::run} — so a claims class
 * runs the listing or the exercise's stub the same way.
 */
@FunctionalInterface
interface ConsumerLoop {
    void run(KafkaSettings settings, String topic, String groupId, StopSignal stop, Map<String, ?> overrides,
             Consumer<ConsumerRecord<String, String>> onRecord) throws Exception;
}
