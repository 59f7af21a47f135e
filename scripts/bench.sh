#!/usr/bin/env bash
# How long does a reader wait? Prints one table (issue #18): for each example, the time from its JVM's start to its
# first meaningful line on a running broker; the local broker's and the three-broker cluster's time to ready; the
# tour's wall time; with --verify the wall time of `./mvnw -B verify` on a clean clone; with --labs the producer
# and consumer labs' ratio against Kafka's ProducerPerformance / ConsumerPerformance in the same run.
#
#   scripts/bench.sh                 # examples, broker, cluster, tour (about 3 minutes)
#   scripts/bench.sh --verify        # also a clean clone's ./mvnw -B verify, run twice (about 8 more minutes)
#   scripts/bench.sh --labs          # also both labs at small sizes (about 2 more minutes)
#   scripts/bench.sh --readme ...    # also writes the table into README.md and README.en.md (between the
#                                    # <!-- bench --> markers): the READMEs' speed numbers come from here only
#
# The examples run as `java -cp <module classpath> <class>` (what exec:java runs, without Maven's own start-up,
# which is the same for every example and is shown once as "maven start"). Targets are #18's. Needs bash, a JDK
# and the modules installed (./mvnw -q install -DskipTests; done here when missing). Linux and macOS.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
verify=false
labs=false
readme=false
for arg in "$@"; do
  case "$arg" in
    --verify) verify=true ;;
    --labs) labs=true ;;
    --readme) readme=true ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "bench: unknown option '$arg' (--verify, --labs, --readme)" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d "${TMPDIR:-/tmp}/bench.XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]:-}"; do [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { local ns; ns="$(date +%s%N)"; echo $((ns / 1000000)); }
rows=()
row() { rows+=("$(printf '| %-48s | %9s | %-8s |' "$1" "$2" "$3")"); echo "bench: $1: $2" >&2; }

# --- classpaths, once per module ------------------------------------------------------------------------------------
if [[ ! -d "$HOME/.m2/repository/com/example" ]]; then
  ./mvnw -q -B install -DskipTests
fi
classpath() { # module -> its runtime classpath (target/classes first)
  local module="$1" file="$work/$1.cp"
  if [[ ! -f "$file" ]]; then
    ./mvnw -q -B -o -pl "$module" dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile="$file" > /dev/null
  fi
  echo "$root/$module/target/classes:$(cat "$file")"
}

# first_line NAME MODULE DIR PATTERN TIMEOUT_S -- JAVA_ARGS...: ms from the JVM's start to the first line of its
# output matching PATTERN; the process is stopped then (or after TIMEOUT_S, printed as "timeout").
first_line() {
  local name="$1" module="$2" dir="$3" pattern="$4" timeout_s="$5"
  shift 6
  local log="$work/$name.log" cp begin pid elapsed="timeout"
  cp="$(classpath "$module")"
  begin="$(now_ms)"
  (cd "$dir" && exec java -cp "$cp" "$@" > "$log" 2>&1) &
  pid=$!
  while kill -0 "$pid" 2>/dev/null || [[ -s "$log" ]]; do
    if grep -qE "$pattern" "$log" 2>/dev/null; then
      elapsed=$(( $(now_ms) - begin )); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    (( $(now_ms) - begin > timeout_s * 1000 )) && break
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$elapsed"
}

ms_to_s() { [[ "$1" == timeout ]] && echo timeout || awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }

# --- the broker the examples run on -----------------------------------------------------------------------------------
port=19092
broker_log="$work/broker.log"
broker_cp="$(classpath local-kafka)"
begin="$(now_ms)"
java -Xmx400m -cp "$broker_cp" com.example.local.LocalKafkaMain --port "$port" --data-dir "$work/kafka" --fresh \
  > "$broker_log" 2>&1 &
pids+=($!)
until grep -q "ready at" "$broker_log"; do
  sleep 0.05
  (( $(now_ms) - begin > 60000 )) && { cat "$broker_log"; echo "bench: the broker did not start" >&2; exit 1; }
done
row "local broker ready (LocalKafkaMain)" "$(ms_to_s $(( $(now_ms) - begin )))" "<= 3 s"
export BOOTSTRAP_SERVERS="localhost:$port"

examples=(
  # name | module | pattern of the first meaningful line | target | class and arguments
  "SimpleProducer|chapter3-producer|\[INFO\] SimpleProducer -|<= 3 s|com.example.SimpleProducer"
  "ProducerWithSyncCallback|chapter3-producer|\[INFO\] ProducerWithSyncCallback -|<= 3 s|com.example.ProducerWithSyncCallback"
  "SimpleConsumer (first record)|chapter3-consumer|\[INFO\] SimpleConsumer - record|<= 3 s|com.example.SimpleConsumer test bench-group auto.offset.reset=earliest"
  "ConsumerWithSyncCommit (first record)|chapter3-consumer|\[INFO\] ConsumerWithSyncCommit - record|<= 3 s|com.example.ConsumerWithSyncCommit test bench-sync-group auto.offset.reset=earliest"
  "KafkaAdminClient|chapter3-admin|\[INFO\] KafkaAdminClient -|<= 3 s|com.example.KafkaAdminClient"
  "KStreamJoinKTable RUNNING|chapter3-streams|RUNNING|<= 8 s|com.example.KStreamJoinKTable"
  "SimpleKafkaProcessor RUNNING|chapter3-streams|RUNNING|<= 8 s|com.example.SimpleKafkaProcessor"
)
for entry in "${examples[@]}"; do
  IFS='|' read -r name module pattern target main <<< "$entry"
  read -r -a java_args <<< "$main"
  row "$name" "$(ms_to_s "$(first_line "${name%% *}" "$module" "$root/$module" "$pattern" 60 -- "${java_args[@]}")")" \
    "$target"
done

# Connect from a copy of the chapter's config (its files name /tmp paths and port 8083, as the book's do)
connect_dir="$work/connect"
mkdir -p "$connect_dir/config"
for file in "$root"/chapter3-connect/config/*.properties; do
  sed -e "s#/tmp/#$connect_dir/#g" -e "s#127.0.0.1:8083#127.0.0.1:18083#" -e "s#localhost:9092#localhost:$port#" \
    "$file" > "$connect_dir/config/$(basename "$file")"
done
touch "$connect_dir/kafka.txt"
row "ConnectStandaloneMain (worker running)" "$(ms_to_s "$(first_line standalone chapter3-connect "$connect_dir" \
  'worker running' 90 -- com.example.ConnectStandaloneMain)")" "<= 8 s"
row "ConnectDistributedMain (worker running)" "$(ms_to_s "$(first_line distributed chapter3-connect "$connect_dir" \
  'running|Started|REST' 90 -- com.example.ConnectDistributedMain)")" "<= 8 s"

# --- the cluster, the tour, Maven itself --------------------------------------------------------------------------------
cluster_log="$work/cluster.log"
begin="$(now_ms)"
java -Xmx400m -cp "$broker_cp" com.example.local.LocalKafkaMain --brokers 3 --port 29092 > "$cluster_log" 2>&1 &
cluster_pid=$!
until grep -q "ready at" "$cluster_log"; do
  sleep 0.05
  (( $(now_ms) - begin > 60000 )) && break
done
cluster_ms=$(( $(now_ms) - begin ))
rss_kb="$(ps -o rss= -p "$cluster_pid" | tr -d ' ')"
kill "$cluster_pid"; wait "$cluster_pid" 2>/dev/null || true
row "3-broker cluster ready (--brokers 3)" "$(ms_to_s "$cluster_ms")" "<= 5 s"
row "3-broker cluster resident memory" "$((rss_kb / 1024)) MB" "<= 1.2 GB"

begin="$(now_ms)"
./mvnw -q -B -o -pl local-kafka validate > /dev/null
row "maven start (./mvnw -q -o, any goal)" "$(ms_to_s $(( $(now_ms) - begin )))" "-"

unset BOOTSTRAP_SERVERS
tour_cp="$(classpath book-tour)"
begin="$(now_ms)"
tour_status=0
java -cp "$tour_cp" com.example.tour.BookTour --ci --port 0 > "$work/tour.log" 2>&1 || tour_status=$?
row "tour --ci ($(grep -cE '^\[[0-9]+/' "$work/tour.log") steps, exit $tour_status)" \
  "$(ms_to_s $(( $(now_ms) - begin )))" "<= 45 s"

if $labs; then
  lab_cp="$(classpath performance-lab)"
  export BOOTSTRAP_SERVERS="localhost:$port"
  java -Dlab.records=100000 -Dlab.tunedRecords=200000 -Dlab.rounds=3 -cp "$lab_cp" \
    com.example.perf.ProducerTuningLab > "$work/producer-lab.log" 2>&1
  java -Dlab.consumerRecords=200000 -Dlab.rounds=3 -cp "$lab_cp" com.example.perf.ConsumerTuningLab \
    > "$work/consumer-lab.log" 2>&1
  row "ProducerWithAsyncCallback / ProducerPerformance" \
    "$(awk '/^  ProducerWithAsyncCallback/ { print $3 }' "$work/producer-lab.log")" ">= 0.90x"
  row "SimpleConsumer / ConsumerPerformance" \
    "$(awk '/^  SimpleConsumer/ { print $3 }' "$work/consumer-lab.log")" ">= 0.90x"
  unset BOOTSTRAP_SERVERS
fi

if $verify; then
  for run in 1 2; do
    rm -rf "$work/clone" && git clone -q "$root" "$work/clone"
    begin="$(now_ms)"
    status=0
    (cd "$work/clone" && ./mvnw -B -o verify > "$work/verify-$run.log" 2>&1) || status=$?
    row "./mvnw -B verify, clean clone, run $run (exit $status)" "$(ms_to_s $(( $(now_ms) - begin )))" "<= 180 s"
  done
fi

table() {
  echo "bench on $(uname -sm), $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load averages*: //')"
  printf '| %-48s | %9s | %-8s |\n' "what" "time" "target"
  printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..50})" "$(printf -- '-%.0s' {1..11})" "$(printf -- '-%.0s' {1..10})"
  printf '%s\n' "${rows[@]}"
}
echo
table | tee "$work/table.txt"

# --readme: the table replaces what is between "<!-- bench -->" and "<!-- /bench -->" in both READMEs
if $readme; then
  for file in README.md README.en.md; do
    awk -v table="$work/table.txt" '
      /^<!-- bench -->$/ { print; print "```"; while ((getline line < table) > 0) print line; print "```"; skip = 1; next }
      /^<!-- \/bench -->$/ { skip = 0 }
      !skip { print }' "$file" > "$work/readme" && cat "$work/readme" > "$file"
    echo "bench: wrote the table into $file" >&2
  done
fi
