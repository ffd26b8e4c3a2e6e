#!/usr/bin/env bash
# End-to-end screening of a large generated file against the floor no screening can beat.
# For a seeded, generated ROWS-row .xlsx and then .csv (generated once, cached under target/bench-data/):
#   (a) read-only: stream-read the file with CandidateFiles and count the rows (com.hirefit.bench.StreamRead)
#   (b) screening: java -Xmx256m -jar JAR screen --format xlsx --out ... --job JOB FILE, JAR the README's
#       target/hirefit/hirefit.jar (the program unpacked by mvn package); JAR=target/hirefit.jar runs the single-file jar
# both with -Xmx256m, each a fresh JVM, timed wall clock from launch to exit (JVM start and, for screening, the
# rule compile included). Prints rows/s for both, the ratio screening/read-only (target <= 2.0 for xlsx, <= 3.0 for
# csv), the peak heap
# (the largest heap occupancy G1 reports before a collection, from -Xlog:gc; and the largest after one), the
# CPU use (GNU time's "Percent of CPU": 200% is both cores busy all along) and whether the JVM ran out of memory.
# Usage: bench/screen-100k.sh [ROWS=100000] [SEED=42] [JOB=samples/jobs/contract-review.yaml]
# JVM_OPTS adds options to both JVMs (read-only and screening), e.g. JVM_OPTS=-XX:+UseParallelGC; SCREEN_OPTS adds
# options to the screen command, e.g. SCREEN_OPTS="--trace full" (every fired rule on the Explanations sheet).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}; seed=${2:-42}; job=${3:-samples/jobs/contract-review.yaml}; jar=${JAR:-target/hirefit/hirefit.jar}
read -r -a jvm_opts <<<"${JVM_OPTS:-}"
read -r -a screen_opts <<<"${SCREEN_OPTS:-}"
command -v /usr/bin/time >/dev/null 2>&1 || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
mvn -q -B -Dstyle.color=never package -DskipTests
mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
data=target/bench-data; out=target/bench-screen; mkdir -p "$data" "$out"

# peak HEAP_BEFORE_MAX HEAP_AFTER_MAX from a -Xlog:gc file ("... 150M->40M(256M) 3.2ms")
peak() {
  grep -oE '[0-9]+[KMG]->[0-9]+[KMG]\([0-9]+[KMG]\)' "$1" | awk -F'->|[(]' '
    function mb(v) { u = substr(v, length(v)); n = substr(v, 1, length(v) - 1); return u == "K" ? n / 1024 : u == "G" ? n * 1024 : n + 0 }
    { b = mb($1); a = mb($2); if (b > mb_b) mb_b = b; if (a > mb_a) mb_a = a; gcs++ }
    END { printf "%d MB before GC, %d MB live after GC (%d collections)", mb_b, mb_a, gcs }'
}

# run NAME CMD...: times one JVM, sets $secs, $cpu, $rss, $heap, $oom
run() {
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v -o "$out/$name.time" "$@" >"$out/$name.out" 2>"$out/$name.err" || true
  end=$(date +%s%N)
  secs=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
  cpu=$(grep 'Percent of CPU' "$out/$name.time" | awk -F': ' '{print $2}')
  rss=$(grep 'Maximum resident set size' "$out/$name.time" | awk -F': ' '{printf "%d MB", $2 / 1024}')
  heap=$(peak "$out/$name.gc")
  oom=no; grep -q OutOfMemoryError "$out/$name.err" "$out/$name.out" && oom=YES
  status=$(grep 'Exit status' "$out/$name.time" | awk -F': ' '{print $2}')
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1), JVM_OPTS: ${JVM_OPTS:-none}, JAR: $jar, SCREEN_OPTS: ${SCREEN_OPTS:-none}, load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
for ext in xlsx csv; do
  file="$data/candidates-$rows-$seed.$ext"
  if [ ! -s "$file" ]; then
    java -Xmx256m -cp "$cp" com.hirefit.bench.CandidateGenerator "$file" "$rows" "$seed"
  fi
  echo "== $ext: $file ($(du -h "$file" | cut -f1)), $rows rows, seed $seed, -Xmx256m"
  run "read-$ext" java "${jvm_opts[@]}" -Xmx256m -Xlog:gc:file="$out/read-$ext.gc" -cp "$cp" com.hirefit.bench.StreamRead "$file"
  read_secs=$secs
  printf "read-only   : %6.2f s  %7.0f rows/s  CPU %5s  peak heap %s  RSS %s  OOM %s  exit %s\n" \
    "$secs" "$(awk -v r="$rows" -v s="$secs" 'BEGIN { print r / s }')" "$cpu" "$heap" "$rss" "$oom" "$status"
  echo "              ($(cat "$out/read-$ext.out"))"
  run "screen-$ext" java "${jvm_opts[@]}" -Xmx256m -Xlog:gc:file="$out/screen-$ext.gc" -jar "$jar" screen --format xlsx \
    "${screen_opts[@]}" --out "$out/results-$ext.xlsx" --job "$job" "$file"
  printf "screening   : %6.2f s  %7.0f rows/s  CPU %5s  peak heap %s  RSS %s  OOM %s  exit %s\n" \
    "$secs" "$(awk -v r="$rows" -v s="$secs" 'BEGIN { print r / s }')" "$cpu" "$heap" "$rss" "$oom" "$status"
  echo "              ($(grep -m1 '^Screened' "$out/screen-$ext.err" || tail -3 "$out/screen-$ext.err"))"
  target=$([ "$ext" = xlsx ] && echo 2.0 || echo 3.0)
  awk -v s="$secs" -v r="$read_secs" -v t="$target" 'BEGIN { printf "ratio screening / read-only: %.2f (target <= %.2f: %s)\n", s / r, t, s / r <= t ? "met" : "NOT met" }'
  echo "              results: $out/results-$ext.xlsx ($(du -h "$out/results-$ext.xlsx" 2>/dev/null | cut -f1))"
done
