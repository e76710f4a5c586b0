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
set -euo pipefail
factors=${1:-1 100}
rounds=${2:-5}
cd "$(dirname "$0")/.."
java=$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-2[1-9]* 2>/dev/null | head -n 1)/bin/java
source bench/startup-lib.sh
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
  /organisations
  "/embed/timeline"
  "/embed/overlap"
)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; true; }
trap cleanup EXIT

for port in 18090 17690; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: stop what listens there" >&2; exit 1; fi
done
[ "${PAGES_SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B package -DskipTests -Datlas.style.skip=true
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); CPU reference $(cpu_reference) ms"
for factor in $factors; do
  dir=/tmp/atlas-compare-${factor}x
  fresh=false
  [ -d "$dir" ] || fresh=true
  "$java" --enable-native-access=ALL-UNNAMED -jar backend/target/alliance-atlas.jar --server.port=18090 \
    --atlas.embedded.data-dir="$dir" --atlas.embedded.bolt-port=17690 >/tmp/atlas-pages.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null http://127.0.0.1:18090/actuator/health; do
    kill -0 "$pid" 2>/dev/null || { echo "the atlas stopped; see /tmp/atlas-pages.log" >&2; exit 1; }
    sleep 1
  done
  if [ "$fresh" = true ] && [ "$factor" -gt 1 ]; then
    bench/synthetic.sh "$factor" "$dir" 17690
  fi
  declare -A times=() sizes=() codes=()
  for page in "${pages[@]}"; do   # warm-up
    curl -s -o /dev/null --max-time 60 "http://127.0.0.1:18090$page" || true
  done
  for round in $(seq "$rounds"); do
    for page in "${pages[@]}"; do
      read -r code size t < <(curl -s -o /dev/null --max-time 60 -w '%{http_code} %{size_download} %{time_total}\n' \
        "http://127.0.0.1:18090$page" || echo "000 0 60")
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
