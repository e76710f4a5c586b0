#!/bin/sh
# Writes a synthetic graph in the atlas's model into a running atlas's embedded Neo4j, beside the seed:
#   bench/synthetic.sh FACTOR [DATA_DIR] [BOLT_PORT]      (FACTOR 10 or 100: times the seed's size)
#   bench/synthetic.sh remove [DATA_DIR] [BOLT_PORT]      (takes every synthetic node out again)
# DATA_DIR is the atlas's data directory (default ./data; its neo4j-password file is read), BOLT_PORT its
# Bolt port (default 7687). Every node written has synthetic: true; a new run first removes the last one's.
# Use a data directory of its own for benchmarks (e.g. --atlas.embedded.data-dir=/tmp/atlas-100x): the
# synthetic nodes are shown by the pages and the API like any other.
set -eu
factor=${1:?FACTOR or remove}
dir=${2:-data}
port=${3:-7687}
cd "$(dirname "$0")/.."
dir=$(cd "$dir" && pwd)
if [ "$factor" = remove ]; then extra="1 --remove"; else extra="$factor"; fi
exec ./mvnw -q -pl backend process-test-classes exec:exec -Datlas.style.skip=true -Dexec.executable=java \
	-Dexec.classpathScope=test \
	-Dexec.args="-cp %classpath org.allianceatlas.bench.SyntheticGraph bolt://127.0.0.1:$port $dir/neo4j-password $extra"
