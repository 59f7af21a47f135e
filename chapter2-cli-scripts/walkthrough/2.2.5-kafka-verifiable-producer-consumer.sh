#!/usr/bin/env bash
# 2.2.5 kafka-verifiable-producer, consumer.sh — send 10 numbered records to verify-test, then read them
# with group test-group. Both tools print one JSON event per line.
#
#   BOOTSTRAP_SERVERS=localhost:9092 walkthrough/2.2.5-kafka-verifiable-producer-consumer.sh
#
# The book's consumer runs until Ctrl+C; here it stops after the 10 records (--max-messages 10).
# verify-test is created by the producer's first send (the broker's auto.create.topics.enable=true, as in
# the book), which logs one harmless UNKNOWN_TOPIC_OR_PARTITION warning.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

topic=verify-test$TOPIC_SUFFIX
group=test-group$TOPIC_SUFFIX

section "kafka-verifiable-producer.sh — 10 records; last line: tool_data sent 10, acked 10"
run bin/kafka-verifiable-producer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --max-messages 10 --topic "$topic"

section "kafka-verifiable-consumer.sh — group $group; records_consumed count 10, offsets_committed"
run bin/kafka-verifiable-consumer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic" \
  --group-id "$group" --max-messages 10
