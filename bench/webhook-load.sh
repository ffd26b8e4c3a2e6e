#!/usr/bin/env bash
# Webhook load on loopback, open model: starts the service (its jar, H2 in a temporary folder, the rules folder),
# maps one job, then sends RATE distinct, validly signed Greenhouse application deliveries per second for SECONDS
# seconds after a WARMUP-second warm-up (a ramp up to RATE over its first half, then RATE), and stops the service
# (com.hirefit.bench.WebhookLoad). Every delivery is a new application, so each is verified, parsed, screened
# with the full rule base and stored. Latency runs from each request's scheduled send time, so queueing in the
# service shows. Prints requests sent and answered, errors,
# the achieved rate, p50/p90/p99/max and the CPU used by the service, the generator and the machine.
# Bounded in time: every request times out after 10 s and the whole run is killed after WARMUP + SECONDS + 240 s.
# Usage: bench/webhook-load.sh [RATE=500] [SECONDS=60] [WARMUP=90]      (extra service JVM options: JAVA_OPTS)
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-500}; seconds=${2:-60}; warmup=${3:-90}; port=18080

need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v curl >/dev/null 2>&1 || need+=(curl)
if ((${#need[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${need[@]}"
fi

mvn -q -B -Dstyle.color=never package -DskipTests
mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
work=$(mktemp -d)
# shellcheck disable=SC2086  # JAVA_OPTS is a list of options
java ${JAVA_OPTS:-} -jar target/hirefit/hirefit.jar serve --server.address=127.0.0.1 --server.port=$port \
  --hirefit.rules-dir="$PWD/rules" --spring.datasource.url="jdbc:h2:file:$work/hirefit" --hirefit.api.keys=bench-key \
  --hirefit.webhooks.greenhouse.secret=bench-secret > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 90); do curl -sf "127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
curl -sf -X PUT -H 'X-API-Key: bench-key' -H 'Content-Type: application/json' "127.0.0.1:$port/api/jobs/BENCH" \
  -d '{"jobTitle":"Senior LLM Engineer","aiPhase":2,"workShape":["UNSTRUCTURED_TEXT","LANGUAGE_UNDERSTANDING"],
       "trainingData":"NONE","dataMaturity":"ADEQUATE","targetSeniority":"SENIOR","salaryBudgetMax":260000,
       "atsJobIds":{"greenhouse":["555"]}}' >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run; service pid $pid"
timeout $((warmup + seconds + 240)) java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.hirefit.bench.WebhookLoad "http://127.0.0.1:$port" bench-secret 555 "$rate" "$seconds" "$warmup" "$pid" "$(getconf CLK_TCK)"
echo "service log: $(grep -cE ' (WARN|ERROR) ' "$work/service.log" || true) WARN/ERROR lines"
