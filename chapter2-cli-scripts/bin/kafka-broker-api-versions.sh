#!/usr/bin/env bash
# 2.1.5 로컬 컴퓨터에서 카프카와 통신 확인 — kafka-broker-api-versions.sh: asks the broker which API versions it
# supports; any answer proves that the client reaches the broker (bootstrap and advertised address).
# Runs Kafka 4.3.1's own org.apache.kafka.tools.BrokerApiVersionsCommand through bin/kafka-run-class.sh.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka-run-class.sh" org.apache.kafka.tools.BrokerApiVersionsCommand "$@"
