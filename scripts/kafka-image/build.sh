#!/usr/bin/env bash
# Builds kafka-book-java/kafka:4.3.1, a local stand-in for apache/kafka:4.3.1, where no container registry is
# reachable (nothing is pulled): a Debian bookworm rootfs with OpenJDK 17 from Debian's packages (debootstrap,
# as root), imported as the base image, plus the Kafka 4.3.1 jars Maven already has (scripts/kafka-image/pom.xml)
# and the official image's start-up contract (docker/run). Linux only; needs a running Docker engine
# (scripts/docker-engine.sh starts one) and, for the first base image, root (debootstrap is installed from
# Debian's packages when missing).
#
#   scripts/kafka-image/build.sh            # builds what is missing, prints the image name
#   scripts/kafka-image/build.sh --rebuild  # builds the Kafka layer again (the base stays)
#
# Then:  ./mvnw -B verify -Dkafka.broker=testcontainers -Dkafka.image=kafka-book-java/kafka:4.3.1
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
kafka_version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$root/pom.xml" | head -1)"
image="${KAFKA_IMAGE_NAME:-kafka-book-java/kafka:$kafka_version}"
base="kafka-book-java/debian-openjdk17:bookworm"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
work="$here/target"
rebuild=false
[[ "${1:-}" == --rebuild ]] && rebuild=true

docker info > /dev/null 2>&1 || { echo "kafka-image: no Docker engine answers; start one (scripts/docker-engine.sh)" >&2; exit 1; }

if ! docker image inspect "$image" > /dev/null 2>&1 || $rebuild; then
  if ! docker image inspect "$base" > /dev/null 2>&1; then
    if ! command -v debootstrap > /dev/null; then
      # like scripts/docker-engine.sh with docker.io: Debian's package, as root, so that CI needs nothing by hand
      [[ "$(id -u)" == 0 ]] || { echo "kafka-image: debootstrap is missing (as root: apt-get install debootstrap)" >&2; exit 1; }
      echo "kafka-image: installing Debian's debootstrap" >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap > /dev/null 2>&1 \
        || { apt-get update -q > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap > /dev/null 2>&1; } \
        || { echo "kafka-image: apt-get install debootstrap failed" >&2; exit 1; }
    fi
    rm -rf "$work/rootfs"
    mkdir -p "$work/rootfs"
    echo "kafka-image: debootstrap bookworm + openjdk-17-jre-headless into $work/rootfs" >&2
    debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$work/rootfs" "$mirror" > "$work/debootstrap.log" 2>&1 \
      || { echo "kafka-image: debootstrap failed, see $work/debootstrap.log" >&2; exit 1; }
    rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"*
    tar -C "$work/rootfs" -c . | docker import -m "debootstrap bookworm minbase + openjdk-17-jre-headless" - "$base" > /dev/null
    rm -rf "$work/rootfs"
  fi
  rm -rf "$work/context"
  mkdir -p "$work/context"
  cp -r "$here/Dockerfile" "$here/bin" "$here/docker" "$work/context/"
  "$root/mvnw" -q -B -ntp -f "$here/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$work/context/libs"
  DOCKER_BUILDKIT=0 docker build -q --build-arg BASE_IMAGE="$base" --label "kafka.version=$kafka_version" \
    -t "$image" "$work/context" > /dev/null
fi
echo "$image"
