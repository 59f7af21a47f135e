#!/usr/bin/env bash
# The README's first Docker command, `docker compose up -d` (the book's ZooKeeper + one broker in ZooKeeper mode),
# run where no container registry is reachable (this project's Linux build machines): starts a Docker engine
# (scripts/docker-engine.sh), builds the local stand-ins for confluentinc/cp-zookeeper and cp-kafka
# (scripts/kafka-image/build.sh --zookeeper-era), starts the default profile on them under its own project name,
# waits until both services report healthy, then runs chapter 2's walkthrough (Chapter2WalkthroughTest,
# WalkthroughScriptsTest: Kafka 4.3.1's tools against the 3.9 broker at localhost:9092) and reads the broker's
# znode with the container's zookeeper-shell (3.1). It removes only what it started (its project's containers,
# network and volumes).
#
#   scripts/compose-verify.sh               # on the local stand-ins (Linux, as root the first time)
#   scripts/compose-verify.sh --published   # on the published images (a registry is reachable: GitHub's runners)
#
# Compose v2 (`docker compose`) where installed, else v1 (`docker-compose`, installed from Debian's packages when
# missing and run as root).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
project=kafka-book-compose-verify

"$root/scripts/docker-engine.sh"
if [[ "${1:-}" == --published ]]; then
  unset CP_ZOOKEEPER_IMAGE CP_KAFKA_IMAGE
  # the defaults docker-compose.yml names
  images=("$(sed -n 's/.*CP_ZOOKEEPER_IMAGE:-\(.*\)}$/\1/p' docker-compose.yml)"
          "$(sed -n 's/.*CP_KAFKA_IMAGE:-\(.*\)}$/\1/p' docker-compose.yml)")
else
  mapfile -t images < <("$root/scripts/kafka-image/build.sh" --zookeeper-era)
  export CP_ZOOKEEPER_IMAGE="${images[0]}" CP_KAFKA_IMAGE="${images[1]}"
fi

if docker compose version > /dev/null 2>&1; then
  compose=(docker compose)
else
  if ! command -v docker-compose > /dev/null; then
    [[ "$(id -u)" == 0 ]] || { echo "compose-verify: no docker compose; install it (as root: apt-get install docker-compose)" >&2; exit 1; }
    echo "compose-verify: installing Debian's docker-compose" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q docker-compose > /dev/null 2>&1 \
      || { apt-get update -q > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q docker-compose > /dev/null 2>&1; } \
      || { echo "compose-verify: apt-get install docker-compose failed" >&2; exit 1; }
  fi
  compose=(docker-compose)
fi
compose+=(-p "$project" -f "$root/docker-compose.yml")

for port in 2181 9092; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    echo "compose-verify: 127.0.0.1:$port is in use; stop what listens there (another broker or compose project)" >&2
    exit 1
  fi
done

down() { "${compose[@]}" down -v > /dev/null 2>&1 || true; }
trap down EXIT
begin=$SECONDS
"${compose[@]}" up -d
for service in zookeeper kafka; do
  container="$("${compose[@]}" ps -q "$service")"
  until [[ "$(docker inspect --format '{{.State.Health.Status}}' "$container")" == healthy ]]; do
    if (( SECONDS - begin > 180 )); then
      echo "compose-verify: $service is not healthy after 180 s; its last lines:" >&2
      "${compose[@]}" logs --tail 20 "$service" >&2
      exit 1
    fi
    sleep 1
  done
done
echo "compose-verify: zookeeper and kafka healthy after $(( SECONDS - begin )) s (${images[0]}, ${images[1]})"

ids="$("${compose[@]}" exec -T zookeeper zookeeper-shell localhost:2181 ls /brokers/ids | tail -1)"
[[ "$ids" == "[0]" ]] || { echo "compose-verify: /brokers/ids is '$ids', not [0]" >&2; exit 1; }
echo "compose-verify: zookeeper-shell localhost:2181 ls /brokers/ids -> $ids"

rm -rf chapter2-cli-scripts/target/surefire-reports
./mvnw -B -ntp -q -pl chapter2-cli-scripts -am verify -Dkafka.broker=external -Dbootstrap.servers=localhost:9092 \
  -Dtest=Chapter2WalkthroughTest,Chapter2StandaloneSectionsTest,WalkthroughScriptsTest -Dsurefire.failIfNoSpecifiedTests=false
echo "compose-verify: chapter 2's walkthrough passed against the default compose profile in $(( SECONDS - begin )) s"
for test in Chapter2WalkthroughTest Chapter2StandaloneSectionsTest WalkthroughScriptsTest; do
  grep -h "Tests run" "chapter2-cli-scripts/target/surefire-reports/com.example.$test.txt"
done
