#!/usr/bin/env bash
# Instructions per call (callgrind) of a few variants next to the baseline: the quick loop for tuning one
# target's generated code. Same measurement as bench/run.sh (3N - 2N calls, empty loop subtracted).
#   bash bench/cg.sh classic abi3        builds baseline + the named variants into build/bench/cg and prints
#                                        one row per variant (variant names: see bench/build-variants.sh)
#   bash bench/cg.sh --crc cffi          also crc32 over BENCH_MB (default 100) MB against the same calls in C
# Environment: BENCH_CG_CALLS (default 2000), BENCH_WORK (default build/bench/cg).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
crc=0
[ "${1:-}" = "--crc" ] && { crc=1; shift; }
[ $# -gt 0 ] || { echo "usage: bench/cg.sh VARIANT..." >&2; exit 2; }
py=/usr/bin/python3
work="${BENCH_WORK:-$root/build/bench/cg}"
calls=${BENCH_CG_CALLS:-2000}
variants=(baseline)
for v in "$@"; do [ "$v" = baseline ] || variants+=("$v"); done
rm -rf "$work"
mkdir -p "$work/lib" "$work/json"
lib="$work/lib"
source bench/lib/env.sh
bash bench/build-variants.sh "$work" "${variants[@]}"
for v in "${variants[@]}"; do
  case "$v" in hpy|*-pypy) interp=pypy3 name="${v%-pypy}" ;; *) interp=$py name=$v ;; esac
  mkdir -p "$work/cg/$v"
  PYTHONPATH="$work/mod/$v:$root/bench/py" valgrind --tool=callgrind --callgrind-out-file="$work/cg/$v/out" -q \
    "$interp" bench/py/bench_calls.py "$name" callgrind --calls "$calls" >"$work/json/cg-$v.json" 2>"$work/cg/$v/log" \
    || { cat "$work/cg/$v/log" >&2; echo "callgrind run of $v failed" >&2; exit 1; }
done
"$py" bench/py/report.py "$work" - --cg-only "${variants[@]}"
if [ $crc = 1 ]; then
  for v in "${variants[@]}"; do
    case "$v" in hpy|*-pypy) interp=pypy3 name="${v%-pypy}" ;; *) interp=$py name=$v ;; esac
    PYTHONPATH="$work/mod/$v:$root/bench/py" "$interp" bench/py/bench_calls.py "$name" crc --mb "${BENCH_MB:-100}" --repeats 7 \
      | "$py" -c 'import json,sys; r=json.load(sys.stdin)["results"]; print(sys.argv[1].ljust(16), "crc32 vs C: one call %.2fx, 64 KB chunks %s" % (r["whole"]["c_min_ns"]/r["whole"]["min_ns"], "%.2fx" % (r["chunks"]["c_min_ns"]/r["chunks"]["min_ns"]) if "min_ns" in r["chunks"] else "n/a"))' "$v"
  done
fi
