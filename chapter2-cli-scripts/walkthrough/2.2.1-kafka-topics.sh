#!/usr/bin/env bash
# 2.2.1 kafka-topics.sh — the book's commands in order: 토픽 생성, 토픽 리스트 조회, 토픽 상세 조회, 토픽 옵션 수정.
#
#   BOOTSTRAP_SERVERS=localhost:9092 walkthrough/2.2.1-kafka-topics.sh
#
# Differences from the book (Kafka 2.5 → 4.3.1), see README.md:
#   - --zookeeper my-kafka:2181 is gone from every tool; --bootstrap-server is the only way.
#   - --if-not-exists is added to the two creates so a second run does not stop at "already exists".
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

topic=hello.kafka$TOPIC_SUFFIX
topic2=hello.kafka2$TOPIC_SUFFIX

section "토픽 생성 — a topic with the broker's defaults (num.partitions=1)"
run bin/kafka-topics.sh --create --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic" --if-not-exists

section "토픽 생성 — 3 partitions, replication factor 1, retention.ms=172800000 (2 days)"
run bin/kafka-topics.sh --create --bootstrap-server "$BOOTSTRAP_SERVERS" \
  --partitions 3 --replication-factor 1 --config retention.ms=172800000 --topic "$topic2" --if-not-exists

section "토픽 리스트 조회"
run bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --list

section "토픽 상세 조회"
run bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --describe --topic "$topic2"

section "토픽 옵션 수정 — partitions 1 → 4 with kafka-topics.sh (a partition count can grow, never shrink)"
run_rerunnable "Topic already has 4 partition(s)" \
  bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic" --alter --partitions 4
run bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$topic" --describe

section "토픽 옵션 수정 — retention.ms=86400000 (1 day) with kafka-configs.sh"
run bin/kafka-configs.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --entity-type topics --entity-name "$topic" \
  --alter --add-config retention.ms=86400000
run bin/kafka-configs.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --entity-type topics --entity-name "$topic" \
  --describe
