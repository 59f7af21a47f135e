#!/usr/bin/env bash
# Builds local stand-ins for the published images where no container registry is reachable (nothing is pulled):
# a Debian bookworm rootfs with OpenJDK 17 from Debian's packages (debootstrap, as root), imported as the base
# image, plus jars Maven already has and the published image's start-up contract.
#   default:          kafka-book-java/kafka:4.3.1 for apache/kafka:4.3.1 (Kafka 4.3.1 jars, scripts/kafka-image/pom.xml,
#                     docker/run) — Testcontainers and the kraft, mirror and cluster compose profiles
#   --zookeeper-era:  kafka-book-java/cp-zookeeper:3.8.4 and kafka-book-java/cp-kafka:3.9.2 for
#                     confluentinc/cp-zookeeper and cp-kafka 7.9 (the zookeeper-kafka module's Kafka 3.9 and
#                     ZooKeeper 3.8 jars, confluent/) — the default compose profile, the book's ZooKeeper + broker
# Linux only; needs a running Docker engine (scripts/docker-engine.sh starts one) and, for the first base image,
# root (debootstrap is installed from Debian's packages when missing). Progress goes to stderr; stdout is only
# the image names, one per line.
#
#   scripts/kafka-image/build.sh                   # builds what is missing, prints the image name
#   scripts/kafka-image/build.sh --rebuild         # builds the Kafka layer again (the base stays)
#   scripts/kafka-image/build.sh --zookeeper-era   # the two stand-ins: ZooKeeper's name, then the broker's
#
# Then:  ./mvnw -B verify -Dkafka.broker=testcontainers -Dkafka.image=kafka-book-java/kafka:4.3.1
#        scripts/compose-verify.sh      (the default compose profile on the zookeeper-era stand-ins)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$2" | head -1; }
kafka_version="$(property kafka.version "$root/pom.xml")"
kafka39_version="$(property kafka39.version "$root/zookeeper-kafka/pom.xml")"
zookeeper_version="$(property zookeeper.version "$root/zookeeper-kafka/pom.xml")"
image="${KAFKA_IMAGE_NAME:-kafka-book-java/kafka:$kafka_version}"
cp_zookeeper_image="kafka-book-java/cp-zookeeper:$zookeeper_version"
cp_kafka_image="kafka-book-java/cp-kafka:$kafka39_version"
base="kafka-book-java/debian-openjdk17:bookworm"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
work="$here/target"
rebuild=false
zookeeper_era=false
case "${1:-}" in
  --rebuild) rebuild=true ;;
  --zookeeper-era) zookeeper_era=true ;;
  "") ;;
  *) echo "kafka-image: unknown option $1 (--rebuild or --zookeeper-era)" >&2; exit 2 ;;
esac

missing() { ! docker image inspect "$1" > /dev/null 2>&1; }

base_image() {
  missing "$base" || return 0
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
}

# context DIR POM: a fresh build context with DIR's Dockerfile, bin/ and docker/ (plus the shared properties-from-env)
# and POM's runtime jars in libs/
context() {
  rm -rf "$work/context"
  mkdir -p "$work/context"
  cp -r "$1/Dockerfile" "$1/bin" "$1/docker" "$work/context/"
  cp "$here/docker/properties-from-env" "$work/context/docker/"
  echo "kafka-image: the jars of $2 into $work/context/libs" >&2
  "$root/mvnw" -q -B -ntp -f "$2" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$work/context/libs" >&2
}

docker info > /dev/null 2>&1 || { echo "kafka-image: no Docker engine answers; start one (scripts/docker-engine.sh)" >&2; exit 1; }

if $zookeeper_era; then
  if missing "$cp_zookeeper_image" || missing "$cp_kafka_image"; then
    base_image
    context "$here/confluent" "$root/zookeeper-kafka/pom.xml"
  fi
  for component in zookeeper kafka; do
    if [[ $component == zookeeper ]]; then name="$cp_zookeeper_image"; else name="$cp_kafka_image"; fi
    if missing "$name"; then
      echo "kafka-image: building $name" >&2
      DOCKER_BUILDKIT=0 docker build -q --build-arg BASE_IMAGE="$base" --build-arg COMPONENT="$component" \
        --label "kafka.version=$kafka39_version" -t "$name" "$work/context" > /dev/null
    fi
    echo "$name"
  done
  exit 0
fi

if missing "$image" || $rebuild; then
  base_image
  context "$here" "$here/pom.xml"
  echo "kafka-image: building $image" >&2
  DOCKER_BUILDKIT=0 docker build -q --build-arg BASE_IMAGE="$base" --label "kafka.version=$kafka_version" \
    -t "$image" "$work/context" > /dev/null
fi
echo "$image"
