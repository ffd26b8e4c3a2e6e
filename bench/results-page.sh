#!/usr/bin/env bash
# The workspace's results page on a large screening (com.hirefit.bench.ResultsPageBench): the service in one JVM on
# an H2 file under target/bench-data (or PostgreSQL: RESULTS_DB_URL, RESULTS_DB_USER, RESULTS_DB_PASSWORD), ROWS
# generated candidates screened into it once and kept, then the first page and filtered pages timed over HTTP on
# loopback as a logged-in recruiter: median, p95 and max of 30 requests each after 10 untimed.
# Usage: bench/results-page.sh [ROWS=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-data
db=()
if [[ -n "${RESULTS_DB_URL:-}" ]]; then
  db=("$RESULTS_DB_URL" "${RESULTS_DB_USER:-hirefit}" "${RESULTS_DB_PASSWORD:-hirefit}")
fi
# shellcheck disable=SC2086  # JAVA_OPTS is a list of options
java ${JAVA_OPTS:-} -cp "$cp" com.hirefit.bench.ResultsPageBench target/bench-data "$rows" "${db[@]}"
