#!/usr/bin/env bash
# 2.2.1 kafka-topics.sh — create, list, describe and alter topics.
# Runs Kafka 4.3.1's own org.apache.kafka.tools.TopicCommand through bin/kafka-run-class.sh; same arguments as Kafka's kafka-topics.sh.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka-run-class.sh" org.apache.kafka.tools.TopicCommand "$@"
