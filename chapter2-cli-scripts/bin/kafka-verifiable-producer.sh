#!/usr/bin/env bash
# 2.2.5 kafka-verifiable-producer.sh — send numbered test records, print JSON events.
# Runs Kafka 4.3.1's own org.apache.kafka.tools.VerifiableProducer through bin/kafka-run-class.sh; same arguments as Kafka's kafka-verifiable-producer.sh.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka-run-class.sh" org.apache.kafka.tools.VerifiableProducer "$@"
