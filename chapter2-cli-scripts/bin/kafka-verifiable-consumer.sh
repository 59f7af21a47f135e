#!/usr/bin/env bash
# 2.2.5 kafka-verifiable-consumer.sh — consume test records, print JSON events.
# Runs Kafka 4.3.1's own org.apache.kafka.tools.VerifiableConsumer through bin/kafka-run-class.sh; same arguments as Kafka's kafka-verifiable-consumer.sh.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka-run-class.sh" org.apache.kafka.tools.VerifiableConsumer "$@"
