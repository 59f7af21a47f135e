#!/usr/bin/env bash
# The Testcontainers run where no container registry is reachable (this project's Linux build machines):
# starts a Docker engine (scripts/docker-engine.sh), builds the local stand-in for apache/kafka:4.3.1
# (scripts/kafka-image/build.sh), turns off what Testcontainers would otherwise pull — its Ryuk reaper, its
# start-up checks, and (inside a container) the alpine probe for the Docker gateway: the mapped ports are on
# 127.0.0.1, so that is the host — and runs the README's Testcontainers command. Then it prints, per module,
# the tests, failures and skips and the containers the tests talked to.
#
#   scripts/testcontainers-verify.sh            # extra Maven arguments go after the script's name
#
# Where a registry is reachable (GitHub's runners) none of this is needed: the workflow runs the command itself.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

"$root/scripts/docker-engine.sh"
image="$("$root/scripts/kafka-image/build.sh")"
export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1
begin=$(date +%s)
status=0
./mvnw -B -ntp verify -Dkafka.broker=testcontainers -Dkafka.image="$image" "$@" || status=$?
echo "testcontainers-verify: ./mvnw verify with $image took $(( $(date +%s) - begin )) s, exit $status"
"$root/scripts/test-times.sh" --containers
exit $status
