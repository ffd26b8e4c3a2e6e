#!/usr/bin/env bash
# JMH micro-benchmarks of one candidate on one thread (src/test/java/com/hirefit/bench/jmh): taxonomy matching
# alone, rule evaluation alone, one whole assessment, and the empty-rule-base floor, in one run (1 fork,
# 4 x 3 s warm-up: the rule base plateaus after about 12 s; 3 x 3 s measurement each: about 2 minutes). Target: wholeAssessment >= 20,000 ops/s.
# Usage: bench/jmh.sh [JMH options], e.g. bench/jmh.sh -prof gc, or bench/jmh.sh wholeAssessment
# Extra JMH options replace the default include pattern only when one of them is a pattern (not starting with -).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
pattern="com.hirefit.bench.jmh.AssessmentBenchmark"
for arg in "$@"; do
  case "$arg" in -*) ;; *) pattern=""; break ;; esac
done
mkdir -p target/jmh
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
java -cp "$cp" org.openjdk.jmh.Main $pattern -rf json -rff target/jmh/results.json "$@"
