#!/usr/bin/env bash
# How much of a screening's CPU the JIT compilers take, by tier: runs one screening as bench/screen-100k.sh runs it
# (java -Xmx256m -jar target/hirefit/hirefit.jar screen --format xlsx) with a flight recording of every compilation, then
# prints the run's wall and CPU time (GNU time) and, per compile level (1-3: C1, 4: C2), how many methods were
# compiled and the compile time they took. The recording adds a little overhead; compare with bench/thread-cpu.sh.
# Usage: bench/jit-split.sh FILE [JAR=target/hirefit/hirefit.jar]      (builds nothing; needs GNU time and the JDK's jfr)
set -euo pipefail
cd "$(dirname "$0")/.."
file=$1; jar=${2:-target/hirefit/hirefit.jar}
out=target/bench-screen; mkdir -p "$out"
cat > "$out/jit.jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.Compilation"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
</configuration>
JFC
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "screening: %e s wall, %U s user + %S s system CPU (%P)" \
  java -Xmx256m -XX:StartFlightRecording=filename="$out/jit.jfr",settings="$out/jit.jfc" -jar "$jar" screen --format xlsx \
  --out "$out/jit.xlsx" --job samples/jobs/contract-review.yaml "$file" >/dev/null 2>"$out/jit.err" || { tail "$out/jit.err"; exit 1; }
tail -1 "$out/jit.err"
jfr print --events jdk.Compilation "$out/jit.jfr" | awk '
  /duration = / { v = $3; u = $4; ms = u == "s" ? v * 1000 : u == "us" ? v / 1000 : u == "ns" ? v / 1e6 : v }
  /compileLevel = / { n[$3]++; t[$3] += ms; all += ms; count++ }
  END {
    for (l = 1; l <= 4; l++) printf "level %d (%s): %6d methods, %8.1f s of compile time\n", l, l == 4 ? "C2" : "C1", n[l], t[l] / 1000
    printf "all levels: %d methods, %.1f s of compile time\n", count, all / 1000
  }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
