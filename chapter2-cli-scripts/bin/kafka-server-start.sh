#!/usr/bin/env bash
# 2.1.4 카프카 브로커 실행 — kafka-server-start.sh: runs Kafka 4.3.1's own broker, kafka.Kafka, through
# bin/kafka-run-class.sh. Kafka 4.x is KRaft only: format the storage first (bin/kafka-storage.sh format),
# then start it with a KRaft properties file:
#
#   bin/kafka-storage.sh format --standalone -t "$(bin/kafka-storage.sh random-uuid)" -c config/kraft/server.properties
#   bin/kafka-server-start.sh config/kraft/server.properties
#   bin/kafka-server-start.sh -daemon config/kraft/server.properties   # in the background, log in logs/server.log
#
# Same arguments as Kafka's script: [-daemon] server.properties [--override property=value]*
# Heap: the book's 2.1.4 "카프카 브로커 힙 메모리 설정" — KAFKA_HEAP_OPTS, default here the book's 400 MB.
set -euo pipefail

bin_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
module_dir=$(dirname "$bin_dir")

if [[ $# -lt 1 ]]; then
  echo "USAGE: $0 [-daemon] server.properties [--override property=value]*" >&2
  exit 1
fi

export KAFKA_HEAP_OPTS=${KAFKA_HEAP_OPTS:-"-Xmx400m -Xms400m"}
# A broker runs for long: the normal JIT and Kafka's own GC settings, not the tools' fast-start flags.
export KAFKA_JVM_PERFORMANCE_OPTS=${KAFKA_JVM_PERFORMANCE_OPTS:-"-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent"}
# INFO log on stdout (the book tails it to see "Kafka Server started").
export KAFKA_LOG_CONFIG_DIR=${KAFKA_LOG_CONFIG_DIR:-"$module_dir/config/log/server"}

if [[ "$1" == "-daemon" ]]; then
  shift
  log_dir=${LOG_DIR:-"$module_dir/logs"}
  mkdir -p "$log_dir"
  nohup "$bin_dir/kafka-run-class.sh" kafka.Kafka "$@" >"$log_dir/server.log" 2>&1 < /dev/null &
  echo "Kafka broker started in the background, pid $! — log: tail -f $log_dir/server.log; stop: kill $!"
  exit 0
fi

exec "$bin_dir/kafka-run-class.sh" kafka.Kafka "$@"
