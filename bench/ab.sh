#!/usr/bin/env bash
# Before and after: two packaged atlases (e.g. of two commits) side by side on copies of one data directory,
# asked the same queries in interleaved rounds (bench/ab.mjs), so that the machine's changing load falls on
# both alike:
#   bench/ab.sh BEFORE.jar AFTER.jar [FACTOR] [ROUNDS] [BATCH] [QUERY...]
# FACTOR (default 1) picks the data directory bench/compare.sh keeps, /tmp/atlas-compare-<FACTOR>x (run that
# first; it must not be in use); without QUERY, the comparison's operations that read organisations, states
# and memberships. BENCH_WARMUP: seconds of warm-up per query and jar (default 15). Ports 18095/18096 (HTTP)
# and 17695/17696 (Bolt). Prints the load average and the CPU reference before and after; A is BEFORE.
set -euo pipefail
before=$1
after=$2
factor=${3:-1}
rounds=${4:-6}
batch=${5:-40}
shift $(( $# < 5 ? $# : 5 ))
cd "$(dirname "$0")/.."
source bench/startup-lib.sh
source=${BENCH_DIR:-/tmp/atlas-compare-}${factor}x
warmup=${BENCH_WARMUP:-15}
java=$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-2[1-9]* 2>/dev/null | head -n 1)/bin/java
[ -d "$source" ] || { echo "no $source: run bench/compare.sh $factor first" >&2; exit 1; }
queries=("$@")
if [ ${#queries[@]} -eq 0 ]; then
  queries=(
    '{ organisation(abbreviation: "CSTO") { abbreviation name memberships { key role from to state { iso3 name } sources { key title } } } }'
    '{ organisations { abbreviation name memberships { key role from to state { iso3 name } } } }'
    '{ state(iso3: "ARM") { iso3 name memberships { key role from to organisation { abbreviation name } sources { key title } } troopFigures { key year active sources { title } } } }'
    '{ states(first: 20) { edges { node { iso3 name } } } }'
  )
fi
work=$(mktemp -d /tmp/atlas-ab.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
i=0
for jar in "$before" "$after"; do
  cp -r "$source" "$work/data$i"
  "$java" --enable-native-access=ALL-UNNAMED -jar "$jar" --server.port=$((18095 + i)) \
    --atlas.embedded.data-dir="$work/data$i" --atlas.embedded.bolt-port=$((17695 + i)) >"$work/atlas$i.log" 2>&1 &
  pids+=($!)
  i=$((i + 1))
done
for i in 0 1; do
  until curl -sf -o /dev/null "http://127.0.0.1:$((18095 + i))/actuator/health"; do
    kill -0 "${pids[$i]}" 2>/dev/null || { cat "$work/atlas$i.log" >&2; echo "atlas $i stopped" >&2; exit 1; }
    sleep 1
  done
done
echo "factor ${factor}x; A: $before; B: $after; load average before: $(cut -d' ' -f1-3 /proc/loadavg); CPU reference $(cpu_reference) ms"
node bench/ab.mjs http://127.0.0.1:18095/graphql http://127.0.0.1:18096/graphql "$rounds" "$batch" "$warmup" "${queries[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); CPU reference $(cpu_reference) ms"
