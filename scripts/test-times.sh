#!/usr/bin/env bash
# Where does the suite's time go? Reads the surefire reports that `./mvnw -B verify` left behind
# (<module>/target/surefire-reports/TEST-*.xml) and prints, per module, the tests and their time, then the
# slowest test classes. Given the Maven log (or --run, which runs the build and keeps its log), it also prints
# each module's wall time from Maven's Reactor Summary and the build's total against the budget.
#
#   scripts/test-times.sh                      # after ./mvnw -B verify
#   scripts/test-times.sh build.log            # also the Reactor Summary of that log (./mvnw -B verify | tee build.log)
#   scripts/test-times.sh --run [-- -o ...]    # run ./mvnw -B verify (extra Maven args after --), then report
#   scripts/test-times.sh --top 15             # how many slow classes to list (default 10)
#   scripts/test-times.sh --containers         # also: the Testcontainers containers each module's tests used,
#                                              # and the ZooKeeper and secured re-runs (ZooKeeper*Test, Secured*Test)
#
# Budget: the whole reactor <= 180 s warm on 2 cores (override with BUDGET_SECONDS=...).
# Needs only bash and awk.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
top=10
log=""
run=false
containers=false
maven_args=()
budget="${BUDGET_SECONDS:-180}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --run) run=true; shift ;;
    --top) top="${2:?--top needs a number}"; shift 2 ;;
    --containers) containers=true; shift ;;
    --) shift; maven_args=("$@"); break ;;
    -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 1 ;;
    *) log="$1"; shift ;;
  esac
done
[[ "$top" =~ ^[0-9]+$ ]] || { echo "--top needs a number, got '$top'" >&2; exit 1; }

if $run; then
  log="${TMPDIR:-/tmp}/test-times-build.log"
  echo "running: ./mvnw -B verify ${maven_args[*]:-}   (log: $log)"
  start=$(date +%s)
  set +e
  (cd "$root" && ./mvnw -B verify "${maven_args[@]}") > "$log" 2>&1
  status=$?
  set -e
  echo "build finished with status $status in $(( $(date +%s) - start )) s"
  echo
fi
if [[ -n "$log" && ! -f "$log" ]]; then
  echo "no such Maven log: $log" >&2
  exit 1
fi

shopt -s nullglob
reports=("$root"/*/target/surefire-reports/TEST-*.xml)
if [[ ${#reports[@]} -eq 0 ]]; then
  echo "no surefire reports under $root/*/target/surefire-reports: run ./mvnw -B verify first (or pass --run)" >&2
  exit 1
fi

oldest=$(stat -c %Y "${reports[@]}" | sort -n | head -1)
newest=$(stat -c %Y "${reports[@]}" | sort -n | tail -1)
echo "surefire reports: ${#reports[@]} files written $(date -d "@$oldest" '+%F %T') .. $(date -d "@$newest" '+%F %T')"
echo

# one line per test class: module <TAB> class <TAB> seconds <TAB> tests <TAB> failed <TAB> skipped
classes="$(
  for f in "${reports[@]}"; do
    module="${f#"$root"/}"; module="${module%%/*}"
    awk -v module="$module" '
      function attr(line, name,   m) {
        if (match(line, " " name "=\"[^\"]*\"")) { m = substr(line, RSTART + length(name) + 3, RLENGTH - length(name) - 4); return m }
        return ""
      }
      /<testsuite / {
        t = attr($0, "time"); gsub(",", "", t)
        printf "%s\t%s\t%s\t%d\t%d\t%d\n", module, attr($0, "name"), t + 0, attr($0, "tests"),
               attr($0, "failures") + attr($0, "errors"), attr($0, "skipped")
        exit
      }' "$f"
  done
)"

# wall time per module from the Reactor Summary: "<name> ...... SUCCESS [ 12.345 s]" or "[01:02 min]"
declare -A wall=()
if [[ -n "$log" ]]; then
  while IFS=$'\t' read -r name seconds; do
    wall["$name"]="$seconds"
  done < <(awk '
    /Reactor Summary/ { in_summary = 1; next }
    in_summary && /BUILD (SUCCESS|FAILURE)/ { in_summary = 0 }
    in_summary && /(SUCCESS|FAILURE|SKIPPED) \[/ {
      line = $0; sub(/^\[INFO\] */, "", line)
      name = line; sub(/ *[ .]+ *(SUCCESS|FAILURE|SKIPPED).*$/, "", name); sub(/:.*$/, "", name)
      t = line; sub(/^.*\[ */, "", t); sub(/\].*$/, "", t)
      if (t ~ /min/) { split(t, p, /[: ]/); secs = p[1] * 60 + p[2] } else { secs = t + 0 }
      printf "%s\t%.1f\n", name, secs
    }
    /Total time:/ { t = $0; sub(/^.*Total time: */, "", t)
      if (t ~ /min/) { split(t, p, /[: ]/); secs = p[1] * 60 + p[2] } else { secs = t + 0 }
      printf "TOTAL\t%.1f\n", secs }' "$log")
fi

echo "Per module (test time = sum of its test classes' times; wall = Maven's Reactor Summary)"
printf '%-24s %7s %6s %6s %7s %8s %10s\n' "module" "classes" "tests" "failed" "skipped" "tests s" "wall s"
printf '%s\n' "---------------------------------------------------------------------------"
printf '%s\n' "$classes" | awk -F'\t' '
  { n[$1]++; t[$1] += $3; tests[$1] += $4; failed[$1] += $5; skipped[$1] += $6; order[$1] = 1 }
  END { for (m in order) printf "%s\t%d\t%d\t%d\t%d\t%.1f\n", m, n[m], tests[m], failed[m], skipped[m], t[m] }' |
  sort -t$'\t' -k6,6nr |
  while IFS=$'\t' read -r module count tests failed skipped secs; do
    # the module's <name> in the summary starts with its artifactId ("chapter3-producer: 3.2 ...")
    w="${wall[$module]:--}"
    printf '%-24s %7s %6s %6s %7s %8s %10s\n' "$module" "$count" "$tests" "$failed" "$skipped" "$secs" "$w"
  done
printf '%s\n' "$classes" | awk -F'\t' '{ s += $3; c++; t += $4; f += $5; k += $6 }
  END { printf "%-24s %7d %6d %6d %7d %8.1f\n", "all modules", c, t, f, k, s }'

if $containers; then
  echo
  echo "Containers the tests talked to (the harness prints one line per container it starts):"
  for dir in "$root"/*/target/surefire-reports; do
    module="${dir#"$root"/}"; module="${module%%/*}"
    lines="$(cat "$dir"/*-output.txt 2>/dev/null | grep '^testcontainers: ' || true)"
    if [[ -n "$lines" ]]; then
      printf '  %s: %d container(s)\n' "$module" "$(printf '%s\n' "$lines" | wc -l)"
      printf '%s\n' "$lines" | sed 's/^/      /'
    else
      printf '  %s: none (this module starts its own brokers, or its tests need none)\n' "$module"
    fi
  done
  for rerun in ZooKeeper Secured; do
    echo "The ${rerun} re-run (${rerun}*Test: @KafkaTest(mode = ...)):"
    for dir in "$root"/*/target/surefire-reports; do
      module="${dir#"$root"/}"; module="${module%%/*}"
      cat "$dir"/TEST-*."$rerun"*Test.xml 2>/dev/null | awk -v m="$module" '
        /<testsuite / { match($0, / tests="[0-9]+"/); n += substr($0, RSTART + 8, RLENGTH - 9)
                        match($0, / failures="[0-9]+"/); f += substr($0, RSTART + 11, RLENGTH - 12)
                        match($0, / errors="[0-9]+"/); f += substr($0, RSTART + 9, RLENGTH - 10) }
        END { if (n > 0) printf "  %s: %d tests, %d failed\n", m, n, f }'
    done
  done
fi

if [[ -n "$log" ]]; then
  echo
  echo "Modules without tests, from the Reactor Summary:"
  for name in "${!wall[@]}"; do
    [[ "$name" == TOTAL ]] && continue
    printf '%s\n' "$classes" | awk -F'\t' -v m="$name" '$1 == m { found = 1 } END { exit !found }' ||
      printf '  %-22s %8s s wall\n' "$name" "${wall[$name]}"
  done | sort
  if [[ -n "${wall[TOTAL]:-}" ]]; then
    echo
    awk -v t="${wall[TOTAL]}" -v b="$budget" 'BEGIN {
      printf "build total: %.1f s (budget %d s on 2 cores): %s\n", t, b, (t <= b ? "within budget" : "OVER BUDGET") }'
  fi
fi

echo
echo "Slowest $top test classes"
printf '%s\n' "$classes" | sort -t$'\t' -k3,3nr | head -n "$top" |
  awk -F'\t' '{ printf "%8.1f s  %-22s %s (%d tests)\n", $3, $1, $2, $4 }'
