#!/usr/bin/env bash
# 2.2.4 kafka-consumer-groups.sh — list, describe (lag) and reset consumer groups.
# Runs Kafka 4.3.1's own org.apache.kafka.tools.consumer.group.ConsumerGroupCommand through bin/kafka-run-class.sh; same arguments as Kafka's kafka-consumer-groups.sh.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka-run-class.sh" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand "$@"
