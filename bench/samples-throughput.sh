#!/usr/bin/env bash
# Screening speed on the bundled samples: in-process throughput (one thread, after warm-up) and the
# wall-clock time of one command-line run (JVM start + rule compile + 27 rows).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" com.hirefit.bench.SamplesThroughput "${1:-2000}"
for i in 1 2 3; do
  start=$(date +%s%N)
  java -jar target/hirefit/hirefit.jar screen --format json --out /dev/null --job samples/jobs/contract-review.yaml samples/candidates.xlsx 2>/dev/null
  echo "command line, xlsx samples, run $i: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
