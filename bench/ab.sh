#!/usr/bin/env bash
# Compares the speed of git revisions in one JVM, for a machine shared with other work (see docs/performance.md):
# each revision is checked out in a temporary worktree and built; com.hirefit.bench.ab.AB (compiled from this
# checkout) loads every build in its own class loader and runs them in turn, 0.5 s each, for WARMUP then MEASURE
# seconds, and prints each build's ops/s and its ratio to the first. It first prints a digest of each build's
# assessments of 1,000 generated candidates: equal digests mean identical output.
# Usage: bench/ab.sh whole|rules|matching WARMUP MEASURE REV [REV...]     e.g. bench/ab.sh whole 45 90 main HEAD
set -euo pipefail
cd "$(dirname "$0")/.."
mode=$1; warm=$2; measure=$3; shift 3
work=$(mktemp -d /tmp/hirefit-ab.XXXXXX)
trap 'for d in "$work"/rev-*; do git worktree remove --force "$d" >/dev/null 2>&1 || true; done; rm -rf "$work"' EXIT
mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p "$work/runner"
javac -d "$work/runner" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" src/test/java/com/hirefit/bench/ab/*.java
builds=()
i=0
for rev in "$@"; do
  dir="$work/rev-$i"; i=$((i + 1))
  git worktree add -q --detach "$dir" "$rev"
  (cd "$dir" && mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/bench-classpath.txt >/dev/null)
  echo "$dir = $rev ($(git rev-parse --short "$rev"))"
  builds+=("$dir")
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "$work/runner" com.hirefit.bench.ab.AB "$mode" "$warm" "$measure" "$work/runner" "${builds[@]}" 2>&1 | grep -v -e SLF4J -e WARN
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
