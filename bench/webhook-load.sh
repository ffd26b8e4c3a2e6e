#!/usr/bin/env bash
# Webhook latency on loopback: starts the service (H2 in a temporary folder), maps one job, sends N distinct
# validly signed Greenhouse application deliveries from C concurrent clients, prints p50/p90/p99, stops.
# Usage: bench/webhook-load.sh [N=3000] [C=4]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3000}; c=${2:-4}; port=18080
mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
work=$(mktemp -d)
java -jar target/hirefit.jar serve --server.port=$port --hirefit.rules-dir="$PWD/rules" \
  --spring.datasource.url="jdbc:h2:file:$work/hirefit" --hirefit.api.keys=bench-key \
  --hirefit.webhooks.greenhouse.secret=bench-secret > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf localhost:$port/actuator/health >/dev/null && break; sleep 1; done
curl -sf -X PUT -H 'X-API-Key: bench-key' -H 'Content-Type: application/json' localhost:$port/api/jobs/BENCH \
  -d '{"jobTitle":"LLM Engineer","aiPhase":2,"workShape":["UNSTRUCTURED_TEXT"],"trainingData":"NONE","dataMaturity":"ADEQUATE","atsJobIds":{"greenhouse":["555"]}}' >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" com.hirefit.bench.WebhookLoad \
  "http://127.0.0.1:$port" bench-secret 555 "$n" "$c"
