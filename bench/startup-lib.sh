# Shared by bench/startup.sh and bench/startup-ab.sh; sourced, not run.
# Ports: ATLAS_BENCH_PORT (HTTP, default 18080) and ATLAS_BENCH_BOLT_PORT (default 17687).
port=${ATLAS_BENCH_PORT:-18080}
bolt=${ATLAS_BENCH_BOLT_PORT:-17687}
query='{"query":"{ organisations { abbreviation } }"}'
# The start's pid file and log, one directory per run of a script, so two scripts running at once (say,
# two engineers' on a shared machine) do not read each other's.
bench_tmp=$(mktemp -d /tmp/atlas-bench.XXXXXX)

session_cpu() {   # CPU seconds (user + system) used so far by the live processes of session $1
  cat /proc/[0-9]*/stat 2>/dev/null | awk -v sid="$1" -v hz="$(getconf CLK_TCK)" '
    { sub(/^.*\) /, ""); if ($4 == sid) ticks += $12 + $13 } END { printf "%.1f", ticks / hz }'
}

# $1 = project dir, $2 = data dir. Prints the seconds from the run command to the first GraphQL answer and,
# after them, the CPU seconds Maven and the application had used by then (which the machine's other work
# disturbs far less than the wall time).
measure() {
  local project=$1 dir=$2
  (cd "$project" && measure_command ./mvnw -q -B spring-boot:run \
    -Dspring-boot.run.arguments="--server.port=$port --atlas.embedded.bolt-port=$bolt --atlas.embedded.data-dir=$dir")
}

# Runs a command that starts the application on $port, and prints as measure does.
measure_command() {
  local start pid elapsed cpu
  start=$(date +%s%N)
  # Its own session, so stopping it also stops any JVM it forks (spring-boot:run forks the application's).
  # setsid forks when it cannot make a session in place, so the session leader writes down its own id.
  rm -f "$bench_tmp/pid"
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$bench_tmp/pid" "$@" >"$bench_tmp/startup.log" 2>&1 &
  until [ -s "$bench_tmp/pid" ]; do sleep 0.05; done
  pid=$(cat "$bench_tmp/pid")
  until curl -sf -H 'content-type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" | grep -q CSTO; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; see $bench_tmp/startup.log" >&2; exit 1; fi
    if (( $(date +%s%N) - start > 300000000000 )); then echo "no answer after 300 s" >&2; kill -- "-$pid"; exit 1; fi
    sleep 0.1
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu=$(session_cpu "$pid")
  kill -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  while curl -s "http://127.0.0.1:$port" >/dev/null 2>&1; do sleep 0.2; done
  printf '%d.%d %s\n' $((elapsed / 1000)) $((elapsed % 1000 / 100)) "$cpu"
}

seed_ms() {   # milliseconds the last start spent on its seed: the scripts it ran and the baseline, from its log
  grep -oE 'Applied (seed migration|the seed baseline) .* in [0-9]+ ms' "$bench_tmp/startup.log" \
    | awk '{s += $(NF - 1)} END {print s + 0}'
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

steal_share() {   # $1 $2 = total and stolen ticks before, $3 $4 = after; prints the stolen share in %
  awk -v s=$(($4 - $2)) -v t=$(($3 - $1)) 'BEGIN {printf "%.1f", t ? 100 * s / t : 0}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
