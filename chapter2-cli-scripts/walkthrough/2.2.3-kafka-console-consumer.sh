#!/usr/bin/env bash
# 2.2.3 kafka-console-consumer.sh — read hello.kafka from the beginning; with keys and group hello-group;
# --max-messages; --partition. Needs the 11 records of 2.2.2.
#
#   BOOTSTRAP_SERVERS=localhost:9092 walkthrough/2.2.3-kafka-console-consumer.sh
#
# The book's consumers run until Ctrl+C. A script needs them to stop, so:
#   - the first two read the 11 records 2.2.2 produced (--max-messages 11);
#   - --partition stops after CONSUMER_TIMEOUT_MS without a new record (--timeout-ms; the tool then logs
#     "Error processing message, terminating consumer process: TimeoutException" — that is its normal exit).
# --partition 0 instead of the book's 2: key1 always hashes to partition 0 of 4, so partition 0 is never
# empty; keyless records land on whichever partition the sticky partitioner picked.
# Kafka 4.3.1 still accepts --property but warns: use --formatter-property (same meaning).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

topic=hello.kafka$TOPIC_SUFFIX
group=hello-group$TOPIC_SUFFIX
produced=11   # what 2.2.2 sent: 8 values without keys + 3 with keys

section "처음부터 읽기 — --from-beginning (values only)"
run bin/kafka-console-consumer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic" --from-beginning \
  --max-messages "$produced"

section "키와 값 함께 읽기, 컨슈머 그룹 — print.key=true, key.separator=-, --group $group"
run bin/kafka-console-consumer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic" \
  --property print.key=true --property key.separator="-" --group "$group" --from-beginning \
  --max-messages "$produced"

section "--max-messages — stop after one record"
run bin/kafka-console-consumer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic" --max-messages 1 \
  --from-beginning

section "--partition — only the records of partition 0"
run bin/kafka-console-consumer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic" --partition 0 \
  --from-beginning --timeout-ms "$CONSUMER_TIMEOUT_MS"
