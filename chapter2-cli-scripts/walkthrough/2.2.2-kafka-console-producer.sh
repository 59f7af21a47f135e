#!/usr/bin/env bash
# 2.2.2 kafka-console-producer.sh — records without keys, then with keys (parse.key, key.separator=:).
# The book types the lines after the > prompt and ends with Ctrl+C; here they come from a here-doc (the
# producer ends at the end of its input). Needs hello.kafka from 2.2.1.
#
#   BOOTSTRAP_SERVERS=localhost:9092 walkthrough/2.2.2-kafka-console-producer.sh
#
# Kafka 4.3.1 still accepts the book's --property but warns that it is deprecated in favour of
# --reader-property (same meaning). --broker-list is gone; --bootstrap-server is the only way.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

topic=hello.kafka$TOPIC_SUFFIX

section "메시지 키 없이 전송 — every line is a record value, the key is null"
run_with_input $'hello\nkafka\n0\n1\n2\n3\n4\n5' \
  bin/kafka-console-producer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic"

section "메시지 키와 값 전송 — parse.key=true, key.separator=: (key1:no1 → key key1, value no1)"
run_with_input $'key1:no1\nkey2:no2\nkey3:no3' \
  bin/kafka-console-producer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic" \
  --property "parse.key=true" --property "key.separator=:"
