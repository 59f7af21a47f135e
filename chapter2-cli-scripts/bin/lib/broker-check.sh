# Sourced by bin/kafka-run-class.sh and walkthrough/common.sh: fail within seconds, with a one-line hint, when
# no broker listens at the address a tool was given. (Kafka's tools would retry for a minute and then print a
# TimeoutException.) Set KAFKA_BROKER_CHECK=off to skip it.

# kafka_require_broker "host:port[,host:port...]": returns when one of them accepts a TCP connection within
# 3 s; otherwise prints the hint and exits 2.
kafka_require_broker() {
  [[ "${KAFKA_BROKER_CHECK:-on}" == off ]] && return 0
  local servers=$1 server host port
  IFS=',' read -r -a list <<<"$servers"
  for server in "${list[@]}"; do
    host=${server%:*}
    port=${server##*:}
    if timeout 3 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null; then
      return 0
    fi
  done
  echo "No Kafka broker answered at $servers. Start one from the repository root with" \
    "'./mvnw -q -pl local-kafka exec:exec' (or 'docker compose up -d');" \
    "for the book's my-kafka add '127.0.0.1 my-kafka' to /etc/hosts." >&2
  exit 2
}
