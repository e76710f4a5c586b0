#!/usr/bin/env bash
# The atlas against raw Cypher and @neo4j/graphql on the same database, at a size given as a factor of the seed:
#   bench/compare.sh [FACTOR] [ROUNDS] [BATCH] [SECONDS] [CONCURRENCIES] [ONLY]    e.g. bench/compare.sh 100
# (ONLY: a part of the operations' names, to run only those)
# Builds and starts the packaged atlas on a data directory of its own (/tmp/atlas-compare-<FACTOR>x, kept for
# the next run; the first start applies the seed), writes the synthetic graph (FACTOR > 1; bench/synthetic.sh),
# installs and starts the peer (bench/peer, npm), runs CompareBenchmark (interleaved rounds: p50/p99, throughput
# at each concurrency, ratios ours/raw and ours/peer), prints the load average and the CPU reference, and
# stops what it started. 127.0.0.1 only. Ports: 18090 (atlas), 17690 (Bolt), 4100 (peer); others through
# BENCH_HTTP_PORT, BENCH_BOLT_PORT and BENCH_PEER_PORT, and another data directory prefix through BENCH_DIR
# (default /tmp/atlas-compare-; the factor and "x" are appended; the atlas's log goes beside it, <dir>.log).
# BENCH_WARMUP: seconds each operation runs on each target before anything is measured (default 15; the servers'
# JIT compilers need thousands of requests, and without it the first rounds measure half-compiled code).
# BENCH_JAR: a jar built before (e.g. of another commit, for a before/after pair) to run instead of building
# this working copy's.
set -euo pipefail
factor=${1:-1}
rounds=${2:-5}
batch=${3:-40}
seconds=${4:-3}
concurrencies=${5:-8,32}
only=${6:-}
cd "$(dirname "$0")/.."
root=$(pwd)
# (startup-lib.sh sets variables of its own, "bolt" among them: source it before ours are set)
source bench/startup-lib.sh
http=${BENCH_HTTP_PORT:-18090}
bolt=${BENCH_BOLT_PORT:-17690}
peer=${BENCH_PEER_PORT:-4100}
dir=${BENCH_DIR:-/tmp/atlas-compare-}${factor}x
jar=${BENCH_JAR:-}
log=${dir%/}.log
java=$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-2[1-9]* 2>/dev/null | head -n 1)/bin/java
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

for port in "$http" "$bolt" "$peer"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: stop what listens there" >&2; exit 1; fi
done
if [ -z "$jar" ]; then
  ./mvnw -q -B package -DskipTests -Datlas.style.skip=true
  jar=backend/target/alliance-atlas.jar
fi
fresh=false
[ -d "$dir" ] || fresh=true
"$java" --enable-native-access=ALL-UNNAMED -jar "$jar" --server.port="$http" \
  --atlas.embedded.data-dir="$dir" --atlas.embedded.bolt-port="$bolt" >"$log" 2>&1 &
pids+=($!)
until curl -sf -o /dev/null http://127.0.0.1:$http/actuator/health; do
  kill -0 "${pids[0]}" 2>/dev/null || { echo "the atlas stopped; see $log" >&2; exit 1; }
  sleep 1
done
if [ "$fresh" = true ] && [ "$factor" -gt 1 ]; then
  bench/synthetic.sh "$factor" "$dir" "$bolt"
fi
(cd bench/peer && { [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null; })
NEO4J_URI=bolt://127.0.0.1:$bolt NEO4J_PASSWORD="$(cat "$dir/neo4j-password")" PEER_PORT="$peer" \
  node bench/peer/server.mjs >/tmp/atlas-compare-peer.log 2>&1 &
pids+=($!)
until curl -s -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' http://127.0.0.1:$peer/; do
  sleep 1
done
echo "factor ${factor}x; load average before: $(cut -d' ' -f1-3 /proc/loadavg); CPU reference $(cpu_reference) ms"
./mvnw -q -pl backend process-test-classes exec:exec -Datlas.style.skip=true -Dexec.executable=java \
  -Dexec.classpathScope=test -Dexec.args="-cp %classpath org.allianceatlas.bench.CompareBenchmark \
  http://127.0.0.1:$http/graphql http://127.0.0.1:$peer/ bolt://127.0.0.1:$bolt $dir/neo4j-password \
  $rounds $batch $seconds $concurrencies $only" 2>&1 | grep -v -e '^WARNING' -e SLF4J
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); CPU reference $(cpu_reference) ms"
