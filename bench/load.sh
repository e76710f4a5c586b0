#!/bin/sh
# Load and limit check against an application already running on this machine (127.0.0.1 only).
#   bench/load.sh [findings|load|all] [port] [pid] [seconds per load phase] [back-off ms after BUSY] [rounds]
# findings: each expensive request of issue 16 once (time, answer size, first error, memory);
# load: a cheap query's throughput and p99 alone, then with the worst operations at concurrency 16 in
# the background, in rounds that alternate the two (default 3; medians and the median ratio are printed),
# and the application's largest resident memory (from /proc/<pid>/status).
# Bounded: every request gives up after 60 s, the load phases last the seconds given (default 20).
# The benchmark is compiled at the lowest priority, then runs at the priority this script was given, on the
# application's JDK; the
# load average and a CPU reference (bench/startup-lib.sh) are printed before and after.
set -eu
cd "$(dirname "$0")/.."
. bench/startup-lib.sh
mode=${1:-all}
port=${2:-8183}
pid=${3:-$(ss -ltnpH "sport = :$port" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)}
seconds=${4:-20}
backoff=${5:-0}
rounds=${6:-3}
classpath=backend/target/load-classpath.txt
# the JDK the application runs on (21 or newer), else the one on the PATH
java=$( (readlink "/proc/${pid:--1}/exe" 2>/dev/null) || echo java)
nice -n 19 ./mvnw -q -pl backend process-test-classes dependency:build-classpath -Datlas.style.skip=true \
	-Dmdep.includeScope=test -Dmdep.outputFile=target/load-classpath.txt
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); CPU reference $(cpu_reference) ms"
"$java" -cp "backend/target/test-classes:backend/target/classes:$(cat $classpath)" org.allianceatlas.bench.LoadBenchmark \
	"$mode" "http://127.0.0.1:$port/graphql" "${pid:--1}" "$seconds" "$backoff" - "$rounds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); CPU reference $(cpu_reference) ms"
