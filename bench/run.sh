#!/usr/bin/env bash
# Call-overhead, throughput and generator-speed benchmarks of bindgen's targets against a hand-written
# baseline and peers on the bench library (bench/lib). See bench/README.md.
#
#   bench/run.sh            everything; writes bench/results/latest.md and bench/results/latest.png
#   bench/run.sh --smoke    seconds: baseline, classic, cffi and ctypes with few calls, callgrind once,
#                           1 MB crc32, the C# bench built and run briefly; writes build/bench/smoke/;
#                           fails when any piece is broken (test.sh runs this)
# Environment: BENCH_REPEATS (default 15), BENCH_CALLS (default 10000), BENCH_CG_CALLS (default 2000),
# BENCH_MB (crc32 input, default 100), BENCH_MEM_CALLS (default 50000 per resident-memory reading).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

smoke=0
[ "${1:-}" = "--smoke" ] && smoke=1
py=/usr/bin/python3
pypy=pypy3
if [ $smoke = 1 ]; then
  work="$root/build/bench/smoke"
  repeats=3 calls=300 cg_calls=1000 mb=1 mem_calls=5000
  cpython_variants=(baseline classic cffi ctypes)
  pypy_variants=()
else
  work="$root/build/bench/full"
  repeats=${BENCH_REPEATS:-15} calls=${BENCH_CALLS:-10000} cg_calls=${BENCH_CG_CALLS:-2000} mb=${BENCH_MB:-100} mem_calls=${BENCH_MEM_CALLS:-50000}
  cpython_variants=(baseline classic abi3 cython cffi cffi-abi swig pybind11 ctypes cffi-hand)
  pypy_variants=(hpy classic-pypy swig-pypy cffi-pypy ctypes-pypy cffi-hand-pypy)
fi
rm -rf "$work"
mkdir -p "$work/lib" "$work/json"
lib="$work/lib"
log() { printf '  %s\n' "$*" >&2; }

# ---- the bench library, the callgrind meter and the C crc32 loop ----
source bench/lib/env.sh

# ---- build every variant; each ends up importable from $work/mod/<variant> ----
bash bench/build-variants.sh "$work" "${cpython_variants[@]}" "${pypy_variants[@]}"

interp() { case "$1" in hpy|*-pypy) echo "$pypy" ;; *) echo "$py" ;; esac; }
pyname() { case "$1" in *-pypy) echo "${1%-pypy}" ;; *) echo "$1" ;; esac; }
run_py() {  # VARIANT ARGS...: the driver with the variant's modules on the path
  local v=$1; shift
  PYTHONPATH="$work/mod/$v:$root/bench/py" "$(interp "$v")" bench/py/bench_calls.py "$(pyname "$v")" "$@"
}

# ---- call overhead: wall clock (min and median of many repeats) and callgrind instruction counts ----
for v in "${cpython_variants[@]}" "${pypy_variants[@]}"; do
  log "calls: $v"
  run_py "$v" wall --repeats "$repeats" --calls "$calls" >"$work/json/wall-$v.json"
  # callgrind: every variant in the full run; in the smoke run only the two the goals compare
  [ $smoke = 1 ] && [ "$v" != classic ] && [ "$v" != baseline ] && continue
  mkdir -p "$work/cg/$v"
  PYTHONPATH="$work/mod/$v:$root/bench/py" valgrind --tool=callgrind --callgrind-out-file="$work/cg/$v/out" -q \
    "$(interp "$v")" bench/py/bench_calls.py "$(pyname "$v")" callgrind --calls "$cg_calls" >"$work/json/cg-$v.json" 2>"$work/cg/$v/log" \
    || { cat "$work/cg/$v/log" >&2; echo "callgrind run of $v failed" >&2; exit 1; }
done

# ---- memory: peak bytes of one call and resident growth per call (a leak shows here) ----
for v in "${cpython_variants[@]}" "${pypy_variants[@]}"; do
  log "memory: $v"
  run_py "$v" memory --calls "$mem_calls" >"$work/json/mem-$v.json"
done

# ---- crc32 over M MB through `buffer: in` vs the same calls in C (interleaved in one process) ----
crc_variants=(baseline classic)
[ $smoke = 0 ] && crc_variants=(baseline classic abi3 cython cffi hpy classic-pypy swig-pypy)
for v in "${crc_variants[@]}"; do
  log "crc32: $v"
  run_py "$v" crc --mb "$mb" --repeats "$repeats" >"$work/json/crc-$v.json"
done

# ---- C#: generated bindings vs hand-written [LibraryImport] ----
log "C#"
bash bench/csharp.sh "$work" "$smoke" >"$work/json/csharp.json"

# ---- generator speed: bindgen gen (all six targets) on sqlite3.h vs swig -python ----
if [ $smoke = 0 ]; then
  log "generator speed"
  bash bench/genspeed.sh "$work" >"$work/json/gen.json"
fi

# ---- the report ----
if [ $smoke = 1 ]; then
  "$py" bench/py/report.py "$work" "$work/report.md"
  cat "$work/report.md"
else
  mkdir -p bench/results
  "$py" bench/py/report.py "$work" bench/results/latest.md --png bench/results/latest.png --readme README.md
  cat bench/results/latest.md
fi
