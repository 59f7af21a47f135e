#!/usr/bin/env bash
# The one launcher every bin/*.sh goes through, like Kafka's own bin/kafka-run-class.sh:
#
#   bin/kafka-run-class.sh <main class> [arguments...]
#
# It runs a class from Kafka 4.3.1's own jars (kafka-tools, kafka_2.13, kafka-clients ...) that Maven
# downloaded, so no Kafka tarball is needed. The classpath is resolved once by Maven into
# target/classpath.txt (maven-dependency-plugin build-classpath, see this module's pom.xml) and reused on
# every later run; it is resolved again when pom.xml is newer than that file.
#
# Environment (same names as Kafka's script):
#   KAFKA_HEAP_OPTS     heap flags            (default -Xmx256m: a command-line tool needs little)
#   KAFKA_JVM_PERFORMANCE_OPTS  JIT/GC flags  (default: fast start, see below)
#   KAFKA_OPTS          extra JVM flags, e.g. -Dsome.property=value
#   KAFKA_LOG_CONFIG_DIR  directory holding the simplelogger.properties to use
#                       (default config/log/tools: warnings only, on stderr, so stdout is the tool's output)
#   JAVA_HOME           which java to run (default: java on the PATH)
#   KAFKA_BROKER_CHECK  off: skip the 3-second "does a Kafka broker answer?" check before the tool starts
#
# The check, and the start of the tool class, happen in Java (book-common's ToolLauncher): the arguments are
# handed to Java as they are and never become shell code.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "USAGE: $0 <main class> [arguments...]" >&2
  exit 1
fi
main_class=$1
shift

bin_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
module_dir=$(dirname "$bin_dir")
repo_dir=$(dirname "$module_dir")
classpath_file="$module_dir/target/classpath.txt"

# Resolve the classpath once (and again only when the pom changed), and compile this module's own classes (the
# walkthroughs: com.example.Walkthrough) when they are not there yet.
classes_dir="$module_dir/target/classes"
if [[ ! -s "$classpath_file" || "$module_dir/pom.xml" -nt "$classpath_file" \
      || ! -f "$classes_dir/com/example/Walkthrough.class" ]]; then
  echo "Resolving the Kafka tools classpath with Maven (first run only) ..." >&2
  if ! (cd "$repo_dir" && ./mvnw -q -B -pl chapter2-cli-scripts compile) >&2; then
    echo "Could not resolve the classpath. Run once from $repo_dir: ./mvnw -q install -DskipTests" >&2
    exit 1
  fi
fi

# Logging: slf4j-simple reads the first simplelogger.properties on the classpath, so the log config
# directory goes in front of the jars.
log_config_dir=${KAFKA_LOG_CONFIG_DIR:-"$module_dir/config/log/tools"}

# Git Bash (and Cygwin) on Windows run Windows' java: it reads a classpath of C:\... paths split by ';', which is
# what Maven wrote to classpath.txt there; the two directories in front are turned into that form too.
case "$(uname -s)" in
  MINGW* | MSYS* | CYGWIN*)
    separator=';'
    log_config_dir=$(cygpath -w "$log_config_dir")
    classes_dir=$(cygpath -w "$classes_dir")
    ;;
  *) separator=':' ;;
esac
classpath="$log_config_dir$separator$classes_dir$separator$(<"$classpath_file")"

if [[ -n "${JAVA_HOME:-}" ]]; then
  java="$JAVA_HOME/bin/java"
else
  java=java
fi

# Fast start: a tool runs for a second or two, so skip the optimising JIT tier, use the smallest GC and
# the JDK's class-data-sharing archive. The broker (kafka-server-start.sh) sets its own flags.
heap_opts=${KAFKA_HEAP_OPTS:-"-Xmx256m"}
perf_opts=${KAFKA_JVM_PERFORMANCE_OPTS:-"-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"}

# Word splitting of the *_OPTS variables is intended (several flags in one variable, as in Kafka's script).
# shellcheck disable=SC2086
exec "$java" $heap_opts $perf_opts -Djava.awt.headless=true ${KAFKA_OPTS:-} \
  -cp "$classpath" com.example.common.ToolLauncher "$main_class" "$@"
