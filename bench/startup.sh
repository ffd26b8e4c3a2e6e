#!/usr/bin/env bash
# What a command costs before its first row: the single-file jar (target/hirefit.jar) against the unpacked one the
# README runs (target/hirefit/hirefit.jar, made by mvn package), alternately, ROUNDS times each: a screening of a
# header-only csv into an xlsx workbook (as bench/screen-100k.sh runs it, with no rows) and `rules validate`. Prints
# each run's wall and CPU time (GNU time).
# Usage: bench/startup.sh [ROUNDS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
command -v /usr/bin/time >/dev/null 2>&1 || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
mvn -q -B -Dstyle.color=never package -DskipTests
work=$(mktemp -d /tmp/hirefit-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
head -1 samples/candidates.csv > "$work/header-only.csv"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$rounds"); do
  for jar in target/hirefit.jar target/hirefit/hirefit.jar; do
    /usr/bin/time -f "screen, header-only csv, $jar: %e s wall, %U+%S s CPU" java -Xmx256m -jar "$jar" screen --format xlsx \
      --out "$work/empty.xlsx" --job samples/jobs/contract-review.yaml "$work/header-only.csv" 2>&1 >/dev/null | tail -1
    /usr/bin/time -f "rules validate, $jar: %e s wall, %U+%S s CPU" java -jar "$jar" rules validate 2>&1 >/dev/null | tail -1
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
