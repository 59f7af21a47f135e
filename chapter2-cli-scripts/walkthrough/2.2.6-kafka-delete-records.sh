#!/usr/bin/env bash
# 2.2.6 kafka-delete-records.sh — 오래된 레코드 삭제
# The book's commands of this section in order, each printed as a terminal shows it ($ bin/kafka-*.sh ...) and run
# with Kafka 4.3.1's own tool class. The commands live in one place, src/main/java/com/example/Walkthroughs.java,
# for this script, its Windows twin walkthrough\2.2.6-kafka-delete-records.cmd,
# `./mvnw -q -pl chapter2-cli-scripts exec:java -Dexec.args=2.2.6` and the book tour.
#
#   BOOTSTRAP_SERVERS=localhost:9092 walkthrough/2.2.6-kafka-delete-records.sh
#
# Environment: BOOTSTRAP_SERVERS (default localhost:9092), TOPIC_SUFFIX (appended to every topic and group name),
# CONSUMER_TIMEOUT_MS (how long a console consumer without --max-messages waits for a record; default 3000).
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/../bin/kafka-run-class.sh" com.example.Walkthrough 2.2.6
