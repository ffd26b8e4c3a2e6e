#!/usr/bin/env bash
# Where a flight recording's CPU samples fall: of the execution samples whose stack holds WITHIN (a method, e.g. the
# benchmark's own), prints the share that holds each of the most common methods anywhere on the stack (inclusive),
# the methods most often on top (self), and for each CALLER pattern given, the share of samples through it.
# Record, for example, the JMH rules-alone benchmark:
#   bench/jmh.sh ruleEvaluation -wi 3 -w 3 -i 4 -r 5 -jvmArgsAppend "-XX:StartFlightRecording=filename=/tmp/rules.jfr,settings=profile"
# then: bench/jfr-frames.sh /tmp/rules.jfr com.hirefit.rules.Evaluation.run
# Usage: bench/jfr-frames.sh FILE.jfr WITHIN [TOP=30]      (needs python3 and the JDK's jfr)
set -euo pipefail
file=$1; within=$2; top=${3:-30}
jfr print --events jdk.ExecutionSample --stack-depth 256 "$file" | python3 -c '
import re, sys, collections
within, top = sys.argv[1], int(sys.argv[2])
inclusive, self_, n = collections.Counter(), collections.Counter(), 0
for event in sys.stdin.read().split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>]+)\(.*?\)\s+line:", event, re.M)
    if within not in frames:
        continue
    n += 1
    self_[frames[0]] += 1
    for f in set(frames[:frames.index(within) + 1]):
        inclusive[f] += 1
print(f"{n} samples hold {within}")
print("inclusive (on the stack, at or below it):")
for f, c in inclusive.most_common(top):
    print(f"  {100 * c / n:5.1f}%  {f}")
print("self (on top of the stack):")
for f, c in self_.most_common(top):
    print(f"  {100 * c / n:5.1f}%  {f}")
' "$within" "$top"
