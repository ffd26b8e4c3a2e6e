#!/usr/bin/env bash
# What one candidate rule session costs, and where (docs/performance.md, issue 14). Runs com.hirefit.bench.SessionCost
# over 1,000 generated candidates (seed 42) against samples/jobs/contract-review.yaml, every workload in turn in
# 0.3 s slices after a 20 s warm-up, and prints microseconds and rules fired per session.
#   split  (default): rules/ and the JMH benchmark's floor (AssessmentBenchmark.floorRuleBase: one rule that always
#          fires, the same stages, taxonomy and vocabulary), each over all a candidate's facts, over the job's facts
#          only, and over no facts at all: the last is what the rule base costs per session before any fact arrives
#          (pool reset, initial fact, each stage's focus).
#   ablate: rules/ as it is, then once per candidate-side rule file with that file's rules replaced by one rule that
#          never fires (its stage kept), over all facts: what each file costs, with what its conclusions set off in
#          later stages (so the savings overlap and do not add up).
# Usage: bench/session-cost.sh [split|ablate] [MEASURE_SECONDS_PER_WORKLOAD=20]
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-split}; measure=${2:-20}
mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
work=$(mktemp -d /tmp/hirefit-session-cost.XXXXXX)
trap 'rm -rf "$work"' EXIT
folders=(rules)
java_mode=split
if [ "$mode" = ablate ]; then
  for file in $(awk '/^candidate:/ { c = 1 } c' rules/stages.yaml | grep -o '[a-z-]*\.drl'); do
    dir="$work/without-${file%.drl}"
    cp -r rules "$dir"
    group=$(grep -m1 -o 'ruleflow-group "[a-z-]*"' "rules/$file")
    printf 'package hirefit;\n\nrule "Nothing in this file fires"\n    @reason("bench/session-cost.sh ablate")\n    @source("bench/session-cost.sh")\n    %s\nwhen\n    eval(false)\nthen\nend\n' \
      "$group" > "$dir/$file"
    folders+=("$dir")
  done
  java_mode=facts
elif [ "$mode" != split ]; then
  echo "usage: bench/session-cost.sh [split|ablate] [MEASURE_SECONDS]" >&2; exit 2
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "$cp" com.hirefit.bench.SessionCost "$java_mode" 20 "$measure" "${folders[@]}" 2>&1 | grep -v -e SLF4J -e WARN
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
