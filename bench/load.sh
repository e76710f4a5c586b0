#!/bin/sh
# Load and limit check against an application already running on this machine (127.0.0.1 only).
#   bench/load.sh [findings|load|all] [port] [pid] [seconds per load phase] [back-off ms after BUSY] [rounds]
# findings: each expensive request of issue 16 once (time, answer size, first error, memory);
# load: a cheap query's throughput and p99 alone, then with the worst operations at concurrency 16 in
# the background, in rounds that alternate the two (default 3; medians and the median ratio are printed),
# and the application's largest resident memory (from /proc/<pid>/status).
# Bounded: every request gives up after 60 s, the load phases last the seconds given (default 20).
set -eu
mode=${1:-all}
port=${2:-8183}
pid=${3:-$(ss -ltnpH "sport = :$port" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)}
seconds=${4:-20}
backoff=${5:-0}
rounds=${6:-3}
cd "$(dirname "$0")/.."
exec ./mvnw -q -pl backend process-test-classes exec:exec -Datlas.style.skip=true -Dexec.executable=java -Dexec.classpathScope=test \
	-Dexec.args="-cp %classpath org.allianceatlas.bench.LoadBenchmark $mode http://127.0.0.1:$port/graphql ${pid:--1} $seconds $backoff - $rounds"
