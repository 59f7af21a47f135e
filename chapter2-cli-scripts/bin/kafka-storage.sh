#!/usr/bin/env bash
# KRaft storage: random-uuid, format, info (replaces ZooKeeper's role in Kafka 4.x).
# Runs Kafka 4.3.1's own kafka.tools.StorageTool through bin/kafka-run-class.sh; same arguments as Kafka's kafka-storage.sh.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka-run-class.sh" kafka.tools.StorageTool "$@"
