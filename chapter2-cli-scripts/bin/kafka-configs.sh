#!/usr/bin/env bash
# 2.2.1 토픽 옵션 수정 — kafka-configs.sh: describe and alter topic/broker configs (still kafka.admin.ConfigCommand in 4.3.1).
# Runs Kafka 4.3.1's own kafka.admin.ConfigCommand through bin/kafka-run-class.sh; same arguments as Kafka's kafka-configs.sh.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka-run-class.sh" kafka.admin.ConfigCommand "$@"
