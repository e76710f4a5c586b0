#!/usr/bin/env bash
# First start of the packaged application (empty data directory, up to the first GraphQL answer) three ways,
# taking turns: the jar as built (`java -jar backend/target/alliance-atlas.jar`), the jar unpacked into a plain
# class path, and the unpacked jar with a JDK AOT cache made by one training run (JDK 25+: -XX:AOTCacheOutput,
# JEP 483/514/515), as the Dockerfile does. Run from anywhere after `./mvnw package -DskipTests`:
#   bench/startup-jar.sh [runs]   (default 3; JAVA=/path/to/java, default the Temurin 25 JDK)
# Prints each time and CPU time (see bench/startup-lib.sh), the medians, the training run's time and the CPU
# reference. Uses the ports of bench/startup-lib.sh and a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/startup-lib.sh
runs=${1:-3}
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
jar=backend/target/alliance-atlas.jar
[ -f "$jar" ] || { echo "no $jar: run ./mvnw package -DskipTests first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
args=(--server.port="$port" --atlas.embedded.bolt-port="$bolt")

"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
start=$(date +%s%N)
"$java" --enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput="$work/app/alliance-atlas.aot" \
  -Dspring.context.exit=onRefresh -jar "$work/app/alliance-atlas.jar" "${args[@]}" \
  --atlas.embedded.data-dir="$work/training-data" >"$work/training.log" 2>&1 \
  || { cat "$work/training.log" >&2; echo "the training run failed" >&2; exit 1; }
training=$(( ($(date +%s%N) - start) / 1000000 ))
echo "training run and AOT cache: $((training / 1000)).$((training % 1000 / 100)) s," \
  "$(du -m "$work/app/alliance-atlas.aot" | cut -f1) MB"

declare -A times cpus
ways=(jar unpacked aot-cache)
reference_before=$(cpu_reference)
for i in $(seq "$runs"); do
  for way in "${ways[@]}"; do
    rm -rf "$work/data"
    case $way in
      jar) command=("$java" --enable-native-access=ALL-UNNAMED -jar "$jar") ;;
      unpacked) command=("$java" --enable-native-access=ALL-UNNAMED -jar "$work/app/alliance-atlas.jar") ;;
      aot-cache) command=("$java" --enable-native-access=ALL-UNNAMED -XX:AOTCache="$work/app/alliance-atlas.aot" \
        -jar "$work/app/alliance-atlas.jar") ;;
    esac
    read -r t cpu < <(measure_command "${command[@]}" "${args[@]}" --atlas.embedded.data-dir="$work/data")
    times[$way]="${times[$way]:-} $t"
    cpus[$way]="${cpus[$way]:-} $cpu"
    echo "run $i: $way first start $t s, $cpu s CPU"
  done
done
echo "CPU reference (SHA-256 of 256 MiB): $reference_before ms before the runs, $(cpu_reference) ms after"
for way in "${ways[@]}"; do
  echo "median first start, $way: $(printf '%s\n' ${times[$way]} | median) s (runs:${times[$way]});" \
    "CPU $(printf '%s\n' ${cpus[$way]} | median) s (runs:${cpus[$way]})"
done
