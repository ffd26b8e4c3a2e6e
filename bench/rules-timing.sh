#!/usr/bin/env bash
# How long a full validation and a live reload take on the rule base, and what the parse and lint before a build cost.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" com.hirefit.rules.drl.RuleCheckCost rules 20 2>/dev/null
for i in 1 2 3; do
  start=$(date +%s%N); java -jar target/hirefit/hirefit.jar rules validate >/dev/null
  echo "rules validate (new JVM, compile + lint), run $i: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
work=$(mktemp -d); cp -r rules "$work/rules"; port=18081
java -jar target/hirefit/hirefit.jar serve --server.port=$port --hirefit.rules-dir="$work/rules" --hirefit.rules.watch=false \
  --spring.datasource.url="jdbc:h2:mem:timing" --hirefit.api.keys=k > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf localhost:$port/actuator/health >/dev/null && break; sleep 1; done
for i in $(seq 1 6); do
  echo "// change $i" >> "$work/rules/verdict.drl"
  curl -s -o /dev/null -w "reload $i (validate + compile + swap in the running service): %{time_total} s\n" \
    -X POST -H 'X-API-Key: k' localhost:$port/api/rules/reload
done
