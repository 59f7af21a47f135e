#!/usr/bin/env bash
# 2.2.6 kafka-delete-records.sh — delete the records of partition 0 of topic test below offset 50.
# The book assumes test already holds records 0..99; this script first creates test (1 partition) and
# sends the values 0..99 (so each record's value equals its offset), writes delete-topic.json, deletes,
# and reads the first remaining record: 50.
#
#   BOOTSTRAP_SERVERS=localhost:9092 walkthrough/2.2.6-kafka-delete-records.sh
#
# Running it again sends 100 more records (offsets 100..199); deleting below 50 again changes nothing
# and prints low_watermark: 50 again.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

topic=test$TOPIC_SUFFIX
work_dir=$(mktemp -d)
trap 'rm -rf "$work_dir"' EXIT

section "준비 — topic $topic with one partition and the records 0..99"
run bin/kafka-topics.sh --create --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic" --partitions 1 \
  --if-not-exists
run_seq_piped 0 99 bin/kafka-console-producer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic"

section "delete-topic.json — partition 0 of $topic, delete everything below offset 50"
cat > "$work_dir/delete-topic.json" <<JSON
{"partitions": [{"topic": "$topic", "partition": 0, "offset": 50}], "version": 1}
JSON
show cat delete-topic.json
cat "$work_dir/delete-topic.json"

section "kafka-delete-records.sh — low_watermark (the partition's first offset) becomes 50"
show bin/kafka-delete-records.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --offset-json-file delete-topic.json
bin/kafka-delete-records.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --offset-json-file "$work_dir/delete-topic.json"

section "확인 — the first record left in partition 0 is 50"
run bin/kafka-console-consumer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic" --partition 0 \
  --from-beginning --max-messages 1
