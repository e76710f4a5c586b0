#!/usr/bin/env bash
# Measures how long `./mvnw spring-boot:run` takes, from the command to the first GraphQL answer, on a
# fresh data directory (first start: migrations applied) and on the same directory again (restart).
# Run on demand from the repository root:  bench/startup.sh [runs]   (default 3 runs of each)
# Prints each time and the median. Uses ports 18080/17687 and a temporary data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=18080
bolt=17687
query='{"query":"{ organisations { abbreviation } }"}'
./mvnw -q -B compile >/dev/null   # a warm build, as a developer has after the first run

measure() {   # $1 = data dir; prints seconds to first GraphQL answer
  local dir=$1 start pid elapsed
  start=$(date +%s%N)
  # Its own process group, so stopping it also stops the JVM that spring-boot:run forks.
  setsid ./mvnw -q -B spring-boot:run -Dspring-boot.run.arguments="--server.port=$port --atlas.embedded.bolt-port=$bolt --atlas.embedded.data-dir=$dir" >/tmp/atlas-startup.log 2>&1 &
  pid=$!
  until curl -sf -H 'content-type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" | grep -q CSTO; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; see /tmp/atlas-startup.log" >&2; exit 1; fi
    if (( $(date +%s%N) - start > 180000000000 )); then echo "no answer after 180 s" >&2; kill -- "-$pid"; exit 1; fi
    sleep 0.2
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  kill -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  while curl -s "http://127.0.0.1:$port" >/dev/null 2>&1; do sleep 0.2; done
  printf '%d.%d\n' $((elapsed / 1000)) $((elapsed % 1000 / 100))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

first=(); again=()
for i in $(seq "$runs"); do
  dir=$(mktemp -d)
  first+=("$(measure "$dir")")
  again+=("$(measure "$dir")")
  rm -rf "$dir"
  echo "run $i: first start ${first[-1]} s, restart ${again[-1]} s"
done
echo "median first start (migrations applied): $(printf '%s\n' "${first[@]}" | median) s"
echo "median restart (nothing to apply):       $(printf '%s\n' "${again[@]}" | median) s"
