#!/usr/bin/env bash
# A/B of first starts: the README's run command (`./mvnw spring-boot:run`) on an empty data directory, from
# the command to the first GraphQL answer, for two or more project trees, taking turns (A B C A B C ...) so
# that the machine's drift through the day falls on every tree alike. Each tree is compiled first.
#   bench/startup-ab.sh RUNS DIR_A DIR_B [DIR_C ...]
# for example, this tree against a clone of an older commit:
#   git clone -q . /tmp/atlas-old && git -C /tmp/atlas-old checkout -q COMMIT
#   bench/startup-ab.sh 5 . /tmp/atlas-old
# Prints every time and CPU time (Maven and the application, up to the answer), the medians of each tree,
# and the CPU reference and steal (see bench/startup.sh).
set -euo pipefail
runs=$1
shift
trees=()
for tree in "$@"; do
  trees+=("$(cd "$tree" && pwd)")
done
cd "$(dirname "$0")/.."
source bench/startup-lib.sh
for tree in "${trees[@]}"; do
  (cd "$tree" && ./mvnw -q -B compile >/dev/null)
done
declare -A times cpus
reference_before=$(cpu_reference)
read -r total_before steal_before < <(cpu_ticks)
for i in $(seq "$runs"); do
  for tree in "${trees[@]}"; do
    work=$(mktemp -d)
    read -r t cpu < <(measure "$tree" "$work/data")
    rm -rf "$work"
    times[$tree]="${times[$tree]:-} $t"
    cpus[$tree]="${cpus[$tree]:-} $cpu"
    echo "run $i: $tree first start $t s, $cpu s CPU, seed $(seed_ms) ms, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
read -r total_after steal_after < <(cpu_ticks)
echo "CPU reference (SHA-256 of 256 MiB): $reference_before ms before the runs, $(cpu_reference) ms after"
echo "CPU time taken by the host (steal) during the runs: $(steal_share "$total_before" "$steal_before" "$total_after" "$steal_after") %"
for tree in "${trees[@]}"; do
  echo "median first start of $tree: $(printf '%s\n' ${times[$tree]} | median) s (runs:${times[$tree]});" \
    "CPU $(printf '%s\n' ${cpus[$tree]} | median) s (runs:${cpus[$tree]})"
done
