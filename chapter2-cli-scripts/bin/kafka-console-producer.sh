#!/usr/bin/env bash
# 2.2.2 kafka-console-producer.sh — send the lines of stdin as records.
# Runs Kafka 4.3.1's own org.apache.kafka.tools.ConsoleProducer through bin/kafka-run-class.sh; same arguments as Kafka's kafka-console-producer.sh.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka-run-class.sh" org.apache.kafka.tools.ConsoleProducer "$@"
