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
# between runs whose readings agree. Uses ports 18080/17687 (or $ATLAS_BENCH_PORT/$ATLAS_BENCH_BOLT_PORT) and
# temporary directories. The Maven cache (~/.m2) must already hold the dependencies, as it does after any build.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=${1:-3}
source bench/startup-lib.sh

./mvnw -q -B compile >/dev/null   # this tree compiled, as a developer has it after the first run
reference_before=$(cpu_reference)
read -r total_before steal_before < <(cpu_ticks)
clean=(); first=(); again=()
for i in $(seq "$runs"); do
  work=$(mktemp -d)
  git clone -q "$repo" "$work/clone"
  clean+=("$(measure "$work/clone" "$work/clone/data" | cut -d' ' -f1)")
  mkdir "$work/data"
  first+=("$(measure "$repo" "$work/data" | cut -d' ' -f1)")
  again+=("$(measure "$repo" "$work/data" | cut -d' ' -f1)")
  rm -rf "$work"
  echo "run $i: clean clone ${clean[-1]} s, first start ${first[-1]} s, restart ${again[-1]} s"
done
read -r total_after steal_after < <(cpu_ticks)
echo "CPU reference (SHA-256 of 256 MiB): $reference_before ms before the runs, $(cpu_reference) ms after"
echo "CPU time taken by the host (steal) during the runs: $(steal_share "$total_before" "$steal_before" "$total_after" "$steal_after") %"
echo "median clean clone (compile + seed): $(printf '%s\n' "${clean[@]}" | median) s"
echo "median first start (seed applied):   $(printf '%s\n' "${first[@]}" | median) s"
echo "median restart (nothing to apply):   $(printf '%s\n' "${again[@]}" | median) s"
