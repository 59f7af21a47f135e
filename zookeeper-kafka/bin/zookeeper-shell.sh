#!/usr/bin/env bash
# 3.1 — zookeeper-shell.sh: look into the ZooKeeper of the ZooKeeper-mode cluster (ZooKeeperKafkaMain), like
# Kafka 3.9's own bin/zookeeper-shell.sh, which runs the same class, ZooKeeper's shell with Kafka's TLS options:
#
#   bin/zookeeper-shell.sh localhost:2181 ls /brokers/ids      # [0]       the live brokers
#   bin/zookeeper-shell.sh localhost:2181 get /brokers/ids/0   # {"endpoints":["PLAINTEXT://localhost:9092"],...}
#   bin/zookeeper-shell.sh localhost:2181 get /controller      # {"version":2,"brokerid":0,"timestamp":"..."}
#   bin/zookeeper-shell.sh localhost:2181                      # interactive (help, ls /, quit)
#
# The classpath is this module's Kafka 3.9.2 / ZooKeeper 3.8.4 jars, written by Maven to
# target/zookeeper-kafka.classpath (resolved again when pom.xml is newer than that file).
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "USAGE: $0 zookeeper_host:port[/path] [args...]" >&2
  exit 1
fi

bin_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
module_dir=$(dirname "$bin_dir")
repo_dir=$(dirname "$module_dir")
classpath_file="$module_dir/target/zookeeper-kafka.classpath"

if [[ ! -s "$classpath_file" || "$module_dir/pom.xml" -nt "$classpath_file" ]]; then
  echo "Resolving the ZooKeeper/Kafka 3.9 classpath with Maven (first run only) ..." >&2
  if ! (cd "$repo_dir" && ./mvnw -q -B -pl zookeeper-kafka process-resources) >&2; then
    echo "Could not resolve the classpath. Run once from $repo_dir: ./mvnw -q -pl zookeeper-kafka package -DskipTests" >&2
    exit 1
  fi
  touch "$classpath_file"   # Maven leaves an unchanged file as it was
fi

if [[ -n "${JAVA_HOME:-}" ]]; then
  java="$JAVA_HOME/bin/java"
else
  java=java
fi

# Git Bash (and Cygwin) on Windows run Windows' java: a ';' classpath of C:\... paths, as Maven wrote the file there.
classes_dir="$module_dir/target/classes"
separator=':'
case "$(uname -s)" in
  MINGW* | MSYS* | CYGWIN*) separator=';'; classes_dir=$(cygpath -w "$classes_dir") ;;
esac
# Only the shell's own output on stdout: ZooKeeper's client chatter is logged at WARN and above.
exec "$java" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dorg.slf4j.simpleLogger.logFile=System.err \
  -cp "$classes_dir$separator$(<"$classpath_file")" \
  org.apache.zookeeper.ZooKeeperMainWithTlsSupportForKafka -server "$@"
