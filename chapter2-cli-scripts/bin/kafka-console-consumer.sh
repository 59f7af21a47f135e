#!/usr/bin/env bash
# 2.2.3 kafka-console-consumer.sh — print the records of a topic.
# Runs Kafka 4.3.1's own org.apache.kafka.tools.consumer.ConsoleConsumer through bin/kafka-run-class.sh; same arguments as Kafka's kafka-console-consumer.sh.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka-run-class.sh" org.apache.kafka.tools.consumer.ConsoleConsumer "$@"
