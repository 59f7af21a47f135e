# Sourced by every walkthrough/2.2.x-*.sh script: settings and the helpers that echo each command before
# running it, so the terminal reads like the book's listings.
#
# Environment:
#   BOOTSTRAP_SERVERS  the broker (default localhost:9092; the book's my-kafka:9092 with the hosts entry)
#   TOPIC_SUFFIX       appended to every topic and group name (default none: the book's names). The
#                      tests use it to get fresh names; readers can too, for a clean second run.
#   CONSUMER_TIMEOUT_MS  how long a console consumer that has no --max-messages waits for a new record
#                      before it exits (the book's consumers run until Ctrl+C; default 3000)
set -euo pipefail

BOOTSTRAP_SERVERS=${BOOTSTRAP_SERVERS:-localhost:9092}
TOPIC_SUFFIX=${TOPIC_SUFFIX:-}
CONSUMER_TIMEOUT_MS=${CONSUMER_TIMEOUT_MS:-3000}

# Run from the module directory so every command reads like the book's: bin/kafka-topics.sh ...
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Prints a heading (the book's Korean section/paragraph title).
section() {
  printf '\n### %s\n' "$*"
}

# Prints "$ command args..." with shell quoting where needed.
show() {
  local line='$' arg
  for arg in "$@"; do
    if [[ "$arg" =~ ^[A-Za-z0-9_./:=,@%+-]+$ ]]; then
      line+=" $arg"
    else
      line+=" $(printf '%q' "$arg")"
    fi
  done
  printf '%s\n' "$line"
}

# Echoes the command, then runs it; a failure ends the walkthrough (set -e).
run() {
  show "$@"
  "$@"
}

# Echoes the command with its here-doc (what the reader types after the > prompt), then runs it with
# that input on stdin.
run_with_input() {
  local input=$1
  shift
  show "$@" | sed "s/\$/ <<'EOF'/"
  printf '%s\nEOF\n' "$input"
  printf '%s\n' "$input" | "$@"
}

# Echoes "$ seq FIRST LAST | command..." and runs it: the command reads the numbers FIRST..LAST, one a line
# (what the book pipes into the console producer). The numbers are checked, and nothing is eval'ed.
run_seq_piped() {
  local first=$1 last=$2
  shift 2
  if [[ ! "$first" =~ ^[0-9]+$ || ! "$last" =~ ^[0-9]+$ ]]; then
    echo "run_seq_piped: FIRST and LAST must be numbers, got '$first' '$last'" >&2
    return 1
  fi
  printf '$ seq %s %s | %s\n' "$first" "$last" "$(show "$@" | cut -c3-)"
  seq "$first" "$last" | "$@"
}

# Like run, but a failure whose output contains $1 is expected on a second run (e.g. the topic already
# has 4 partitions) and is reported instead of ending the walkthrough.
run_rerunnable() {
  local expected=$1 output status=0
  shift
  show "$@"
  output=$("$@" 2>&1) || status=$?
  printf '%s\n' "$output"
  if [[ $status -ne 0 ]]; then
    if grep -qF -- "$expected" <<<"$output"; then
      echo "(That is expected when this walkthrough runs a second time: '$expected'. Carrying on.)"
    else
      return "$status"
    fi
  fi
}

# Fail within seconds, with a one-line hint, when no broker answers (the tools themselves would retry for a
# minute): the same Java check every bin/ tool makes (book-common's ToolLauncher), given the address as an
# argument, never as shell code.
bin/kafka-run-class.sh --check --bootstrap-server "$BOOTSTRAP_SERVERS"
echo "Broker: $BOOTSTRAP_SERVERS${TOPIC_SUFFIX:+  (names end with $TOPIC_SUFFIX)}"
