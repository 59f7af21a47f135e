#!/usr/bin/env bash
# 2.2.6 kafka-delete-records.sh — delete records below an offset (--offset-json-file).
# Runs Kafka 4.3.1's own org.apache.kafka.tools.DeleteRecordsCommand through bin/kafka-run-class.sh; same arguments as Kafka's kafka-delete-records.sh.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka-run-class.sh" org.apache.kafka.tools.DeleteRecordsCommand "$@"
