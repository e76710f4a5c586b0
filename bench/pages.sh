#!/usr/bin/env bash
# Server time and HTML size of every dashboard page, at one or more sizes given as factors of the seed:
#   bench/pages.sh [FACTORS] [ROUNDS]        e.g. bench/pages.sh "1 100" 7      (defaults "1 100" and 5)
# For each factor: builds the packaged atlas (once; PAGES_SKIP_BUILD=1 uses the jar already built), starts it
# on the data directory bench/compare.sh uses (/tmp/atlas-compare-<FACTOR>x, kept; a new one is seeded and, for
# a factor above 1, given the synthetic graph by bench/synthetic.sh), asks each page once to warm it, then
# ROUNDS times in turn (page after page, round after round), and prints per page the median and the largest
# time of the answer (curl's time_total on 127.0.0.1: the server's time plus a loopback transfer), the HTML
# size and the status. The aims of issue 15: 200 ms and 300 KB at 100×. Ports 18090 (HTTP) and 17690 (Bolt),
# as bench/compare.sh; the load average and a CPU reference are printed before and after.
# FACTORS may be separated by spaces or commas. Narrower runs: PAGES_ONLY=troops,states/ARM asks only the
# pages whose address contains one of those parts. Other ports and data directories: BENCH_HTTP_PORT,
# BENCH_BOLT_PORT and BENCH_DIR (the prefix, /tmp/atlas-compare- by default; the factor and "x" are appended).
set -euo pipefail
factors=${1:-1 100}
factors=${factors//,/ }
rounds=${2:-5}
prefix=${BENCH_DIR:-/tmp/atlas-compare-}
cd "$(dirname "$0")/.."
java=$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-2[1-9]* 2>/dev/null | head -n 1)/bin/java
source bench/startup-lib.sh
# after the library, which sets its own port and bolt
http=${BENCH_HTTP_PORT:-18090}
bolt=${BENCH_BOLT_PORT:-17690}
pages=(
  /
  /troops
  "/trends"
  "/overlap"
  "/timeline"
  "/timeline?organisation=CSTO&state=UZB"
  "/map"
  /explorer
  /states/ARM
  /organisations/CSTO
  /sources
  /states
  "/states?role=MEMBER"
  "/states?asOf=2024-06-01"
  /organisations
  "/embed/timeline"
  "/embed/overlap"
)
if [ -n "${PAGES_ONLY:-}" ]; then
  IFS=, read -ra wanted <<<"$PAGES_ONLY"
  chosen=()
  for page in "${pages[@]}"; do
    for part in "${wanted[@]}"; do [[ "$page" == *"$part"* ]] && { chosen+=("$page"); break; }; done
  done
  pages=("${chosen[@]}")
fi
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; true; }
trap cleanup EXIT

for port in "$http" "$bolt"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: stop what listens there" >&2; exit 1; fi
done
[ "${PAGES_SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B package -DskipTests -Datlas.style.skip=true
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); CPU reference $(cpu_reference) ms"
for factor in $factors; do
  dir=${prefix}${factor}x
  fresh=false
  [ -d "$dir" ] || fresh=true
  "$java" --enable-native-access=ALL-UNNAMED -jar backend/target/alliance-atlas.jar --server.port="$http" \
    --atlas.embedded.data-dir="$dir" --atlas.embedded.bolt-port="$bolt" >/tmp/atlas-pages.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null http://127.0.0.1:$http/actuator/health; do
    kill -0 "$pid" 2>/dev/null || { echo "the atlas stopped; see /tmp/atlas-pages.log" >&2; exit 1; }
    sleep 1
  done
  if [ "$fresh" = true ] && [ "$factor" -gt 1 ]; then
    bench/synthetic.sh "$factor" "$dir" "$bolt"
  fi
  declare -A times=() sizes=() codes=()
  for page in "${pages[@]}"; do   # warm-up
    curl -s -o /dev/null --max-time 60 "http://127.0.0.1:$http$page" || true
  done
  for round in $(seq "$rounds"); do
    for page in "${pages[@]}"; do
      read -r code size t < <(curl -s -o /dev/null --max-time 60 -w '%{http_code} %{size_download} %{time_total}\n' \
        "http://127.0.0.1:$http$page" || echo "000 0 60")
      times[$page]="${times[$page]:-} $(awk -v t="$t" 'BEGIN {printf "%.1f", t * 1000}')"
      sizes[$page]=$size
      codes[$page]=$code
    done
  done
  echo
  echo "factor ${factor}x, $rounds rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '| %-38s | %10s | %10s | %10s | %6s |\n' page "median ms" "max ms" "HTML KB" status
  printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..40})" "------------" "------------" "------------" "--------"
  for page in "${pages[@]}"; do
    printf '| %-38s | %10s | %10s | %10s | %6s |\n' "\`$page\`" \
      "$(printf '%s\n' ${times[$page]} | median)" "$(printf '%s\n' ${times[$page]} | sort -n | tail -n 1)" \
      "$(awk -v s="${sizes[$page]}" 'BEGIN {printf "%.1f", s / 1024}')" "${codes[$page]}"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); CPU reference $(cpu_reference) ms"
