#!/usr/bin/env bash
# 2.2 kafka-consumer-perf-test.sh — consumer throughput test.
# Runs Kafka 4.3.1's own org.apache.kafka.tools.ConsumerPerformance through bin/kafka-run-class.sh; same arguments as Kafka's kafka-consumer-perf-test.sh.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka-run-class.sh" org.apache.kafka.tools.ConsumerPerformance "$@"
