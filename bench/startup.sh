#!/usr/bin/env bash
# Measures how long the README's run command (`./mvnw spring-boot:run`) takes, from the command to the
# first GraphQL answer, in three situations:
#   clean clone  - a fresh `git clone` of the committed HEAD: compiles, creates the database, applies the seed
#   first start  - this tree already compiled, empty data directory: creates the database, applies the seed
#   restart      - the same data directory again: nothing to apply
# Run on demand from the repository root:  bench/startup.sh [runs]   (default 3 runs of each)
# Prints each time and the medians, and two readings of the machine itself, because this shared machine's
# speed drifts through the day by more than most changes: a CPU reference (the same fixed work before and
# after) and the share of CPU time the host took away (steal) while the runs went on. Compare figures only
# between runs whose readings agree. Uses ports 18080/17687 and temporary directories. The Maven cache
# (~/.m2) must already hold the dependencies, as it does after any build.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=${1:-3}
port=18080
bolt=17687
query='{"query":"{ organisations { abbreviation } }"}'

measure() {   # $1 = project dir, $2 = data dir; prints seconds to first GraphQL answer
  local project=$1 dir=$2 start pid elapsed
  start=$(date +%s%N)
  # Its own session, so stopping it also stops the JVM that spring-boot:run forks.
  (cd "$project" && exec setsid ./mvnw -q -B spring-boot:run \
    -Dspring-boot.run.arguments="--server.port=$port --atlas.embedded.bolt-port=$bolt --atlas.embedded.data-dir=$dir") \
    >/tmp/atlas-startup.log 2>&1 &
  pid=$!
  until curl -sf -H 'content-type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" | grep -q CSTO; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; see /tmp/atlas-startup.log" >&2; exit 1; fi
    if (( $(date +%s%N) - start > 180000000000 )); then echo "no answer after 180 s" >&2; kill -- "-$pid"; exit 1; fi
    sleep 0.1
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  kill -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  while curl -s "http://127.0.0.1:$port" >/dev/null 2>&1; do sleep 0.2; done
  printf '%d.%d\n' $((elapsed / 1000)) $((elapsed % 1000 / 100))
}

cpu_reference() {   # milliseconds to SHA-256 256 MiB of zeros: fixed CPU work, to compare hours and machines
  local start
  start=$(date +%s%N)
  head -c 268435456 /dev/zero | sha256sum >/dev/null
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}

cpu_ticks() {   # total and stolen CPU ticks so far, from the first line of /proc/stat
  awk '/^cpu / {total = 0; for (i = 2; i <= 9; i++) total += $i; print total, $9}' /proc/stat
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

./mvnw -q -B compile >/dev/null   # this tree compiled, as a developer has it after the first run
reference_before=$(cpu_reference)
read -r total_before steal_before < <(cpu_ticks)
clean=(); first=(); again=()
for i in $(seq "$runs"); do
  work=$(mktemp -d)
  git clone -q "$repo" "$work/clone"
  clean+=("$(measure "$work/clone" "$work/clone/data")")
  mkdir "$work/data"
  first+=("$(measure "$repo" "$work/data")")
  again+=("$(measure "$repo" "$work/data")")
  rm -rf "$work"
  echo "run $i: clean clone ${clean[-1]} s, first start ${first[-1]} s, restart ${again[-1]} s"
done
read -r total_after steal_after < <(cpu_ticks)
echo "CPU reference (SHA-256 of 256 MiB): $reference_before ms before the runs, $(cpu_reference) ms after"
echo "CPU time taken by the host (steal) during the runs: $(awk -v s=$((steal_after - steal_before)) \
  -v t=$((total_after - total_before)) 'BEGIN {printf "%.1f", t ? 100 * s / t : 0}') %"
echo "median clean clone (compile + seed): $(printf '%s\n' "${clean[@]}" | median) s"
echo "median first start (seed applied):   $(printf '%s\n' "${first[@]}" | median) s"
echo "median restart (nothing to apply):   $(printf '%s\n' "${again[@]}" | median) s"
