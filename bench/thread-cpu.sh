#!/usr/bin/env bash
# Where a screening's CPU goes, per JVM thread: runs one screening of a candidates file (as bench/screen-100k.sh runs
# it: java -Xmx256m -jar target/hirefit/hirefit.jar screen --format xlsx), reads /proc/PID/task/*/stat every second, and prints
# each thread group's CPU seconds (assessing threads, the writer, the main thread, the JIT compilers, GC, the rule
# compile's ForkJoin pool), when the first and last assessment ran, and the main thread's CPU before the first
# assessment (start-up: rule compile, class loading) and after the last (the final zip).
# Usage: bench/thread-cpu.sh FILE [JAR=target/hirefit/hirefit.jar] [screen options...]   (needs python3; builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
file=$1; jar=${2:-target/hirefit/hirefit.jar}; shift $(( $# >= 2 ? 2 : 1 ))
out=target/bench-screen; mkdir -p "$out"
series=$out/thread-cpu.txt; : > "$series"
load=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s%N)
java -Xmx256m -jar "$jar" screen --format xlsx "$@" --out "$out/thread-cpu.xlsx" --job samples/jobs/contract-review.yaml "$file" \
  >/dev/null 2>"$out/thread-cpu.err" & pid=$!
tck=$(getconf CLK_TCK)
while kill -0 $pid 2>/dev/null; do
  t=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.1f", ns / 1e9 }')
  for task in /proc/$pid/task/*; do cat "$task/stat" 2>/dev/null || true; echo; done | awk -v t="$t" -v tck="$tck" '
    NF { match($0, /\(.*\)/); n = substr($0, RSTART + 1, RLENGTH - 2); split(substr($0, RSTART + RLENGTH + 1), f, " ");
         gsub(/[#0-9]+$/, "", n); sub(/-[0-9]+$/, "", n); gsub(/ /, "_", n); c[n] += (f[12] + f[13]) / tck }
    END { for (n in c) printf "%s %s %.2f\n", t, n, c[n] }' >>"$series"
  sleep 1
done
wait $pid || { echo "screening failed:"; cat "$out/thread-cpu.err"; exit 1; }
wall=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.1f", ns / 1e9 }')
python3 - "$series" "$file" "$load" "$wall" <<'PY'
import sys, collections
times, last = collections.defaultdict(dict), {}
for t, group, cpu in (line.split() for line in open(sys.argv[1])):
    times[float(t)][group] = float(cpu)
    last[group] = max(last.get(group, 0.0), float(cpu))
ts = sorted(times)
assessing = [t for t in ts if 'hirefit-assess' in times[t]] or [0.0]
groups = {'assessing threads': ['hirefit-assess'], 'writer thread': ['hirefit-write'],
          'main thread (start-up, reader, final zip)': ['java'], 'JIT C2': ['C2_CompilerThre'], 'JIT C1': ['C1_CompilerThre'],
          'GC': ['GC_Thread', 'G1_Conc', 'G1_Refine', 'G1_Main_Marker', 'G1_Service'], 'rule compile (ForkJoin)': ['ForkJoinPool-1-']}
total = sum(last.values())
print(f"{sys.argv[2]}: wall {sys.argv[4]} s, CPU {total:.1f} s, load average at start {sys.argv[3]}; "
      f"assessing from {assessing[0]:.0f} s to {assessing[-1]:.0f} s")
named = set()
for name, members in groups.items():
    cpu = sum(last.get(m, 0.0) for m in members)
    named.update(members)
    print(f"  {cpu:6.1f} s  {100 * cpu / total:4.1f}%  {name}")
rest = total - sum(last.get(m, 0.0) for m in named)
print(f"  {rest:6.1f} s  {100 * rest / total:4.1f}%  other JVM threads")
main_end = max(c for t in ts for g, c in times[t].items() if g == 'java')
print(f"  main thread: {times[assessing[0]].get('java', 0):.1f} s before the first assessment, "
      f"{main_end - times[assessing[-1]].get('java', 0):.1f} s after the last ({ts[-1] - assessing[-1]:.0f} s of wall time)")
PY
