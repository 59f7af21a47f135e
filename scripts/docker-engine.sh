#!/usr/bin/env bash
# Makes a Docker engine answer on this Linux machine, for the Testcontainers run and docker compose: installs
# Debian's docker.io when no engine is installed (as root, through apt-get) and starts dockerd when none runs,
# then waits until `docker info` answers. Exits non-zero, saying why, when it cannot.
#
#   scripts/docker-engine.sh          # exit 0 once an engine answers
set -euo pipefail

answers() { docker info > /dev/null 2>&1; }

if answers; then exit 0; fi
if ! command -v dockerd > /dev/null; then
  [[ "$(id -u)" == 0 ]] || { echo "docker-engine: no dockerd; install Docker (as root: apt-get install docker.io)" >&2; exit 1; }
  echo "docker-engine: installing Debian's docker.io"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q docker.io > /dev/null 2>&1 \
    || { apt-get update -q > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q docker.io > /dev/null 2>&1; } \
    || { echo "docker-engine: apt-get install docker.io failed" >&2; exit 1; }
fi
if ! pgrep -x dockerd > /dev/null; then
  [[ "$(id -u)" == 0 ]] || { echo "docker-engine: dockerd is not running; start it (sudo systemctl start docker)" >&2; exit 1; }
  echo "docker-engine: starting dockerd (log: /var/log/kafka-book-dockerd.log)"
  nohup dockerd > /var/log/kafka-book-dockerd.log 2>&1 &
fi
for _ in $(seq 1 60); do
  if answers; then exit 0; fi
  sleep 0.5
done
echo "docker-engine: dockerd did not answer within 30 s (see /var/log/kafka-book-dockerd.log)" >&2
exit 1
