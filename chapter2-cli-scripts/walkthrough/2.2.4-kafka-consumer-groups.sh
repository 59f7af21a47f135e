#!/usr/bin/env bash
# 2.2.4 kafka-consumer-groups.sh — list the groups, describe hello-group (offsets and LAG), reset its
# offsets to the earliest and read everything again. Needs hello-group from 2.2.3.
#
#   BOOTSTRAP_SERVERS=localhost:9092 walkthrough/2.2.4-kafka-consumer-groups.sh
#
# --list also shows the console-consumer-<n> groups that 2.2.3's group-less consumers created (Kafka
# gives a consumer without --group a random group id). --reset-offsets needs --execute (without it, the
# tool only prints the plan, like --dry-run).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

topic=hello.kafka$TOPIC_SUFFIX
group=hello-group$TOPIC_SUFFIX

section "컨슈머 그룹 리스트 조회"
run bin/kafka-consumer-groups.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --list

section "컨슈머 그룹 상세 조회 — CURRENT-OFFSET, LOG-END-OFFSET, LAG per partition (LAG 0: all read)"
run bin/kafka-consumer-groups.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --group "$group" --describe

section "오프셋 리셋 — --to-earliest: the group will read the topic again from the start"
run bin/kafka-consumer-groups.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --group "$group" --topic "$topic" \
  --reset-offsets --to-earliest --execute
run bin/kafka-consumer-groups.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --group "$group" --describe

section "리셋된 오프셋부터 다시 읽기 — the same group reads every record again (stops after ${CONSUMER_TIMEOUT_MS} ms without a new one)"
run bin/kafka-console-consumer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic" --group "$group" \
  --timeout-ms "$CONSUMER_TIMEOUT_MS"
run bin/kafka-consumer-groups.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --group "$group" --describe
