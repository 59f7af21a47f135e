#!/usr/bin/env bash
# 2.2 kafka-producer-perf-test.sh — producer throughput/latency test.
# Runs Kafka 4.3.1's own org.apache.kafka.tools.ProducerPerformance through bin/kafka-run-class.sh; same arguments as Kafka's kafka-producer-perf-test.sh.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka-run-class.sh" org.apache.kafka.tools.ProducerPerformance "$@"
