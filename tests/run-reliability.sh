#!/usr/bin/env bash
# Reliability suites (issue #10), over examples/demo on every Python target:
#   matrix     the bad-input matrix generated from `bindgen ir` (tests/reliability/matrix.py), each target's
#              cases in child processes so a crash is a reported failure: classic, abi3, cython, cffi (API,
#              CPython), hpy (PyPy, plainly and in HPy debug mode)
#   leaks      the matrix and the behaviour suite's calls repeated under Debian's python3-dbg
#              (sys.gettotalrefcount), tracemalloc and RSS: classic, abi3, cython, cffi
#   sanitize   libdemo and the generated modules built with -fsanitize=address,undefined, then the
#              behaviour suite and the matrix: no reports
#   fuzz       >= N mutated specs and malformed headers through the spec loader, binder and `bindgen gen`
#              (xunit, tests/Bindgen.Tests/Reliability): diagnostics and exit 1, never a crash or a hang
#
#   bash tests/run-reliability.sh [matrix] [leaks] [sanitize] [fuzz]     (default: all)
#
# Environment:
#   BINDGEN_FULL=1   the full figures: 10^5 repetitions in the leak loops, 10^4 fuzzed specs (the default is
#                    scaled down to keep the run short: 10^3 repetitions, 10^3 specs)
#   RELIABILITY_TARGETS  matrix targets (default: classic abi3 cython cffi hpy hpy-debug)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
work="$here/build/reliability"
py=/usr/bin/python3
full=${BINDGEN_FULL:-0}
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(matrix leaks sanitize fuzz)
mkdir -p "$work"
failed=()

bash examples/demo/build.sh "$work/lib" >/dev/null
export LD_LIBRARY_PATH="$work/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LIBRARY_PATH="$work/lib${LIBRARY_PATH:+:$LIBRARY_PATH}"
export BINDGEN_WERROR=1
./bindgen.sh ir examples/demo/bindings.yaml >"$work/demo.ir.json"

# build_demo TARGET OUTDIR [bindgen build args...]
build_demo() {
  local t=$1 out=$2
  shift 2
  ./bindgen.sh build examples/demo/bindings.yaml --target "$t" --out "$out" -q "$@"
}

run_matrix() {
  local targets=${RELIABILITY_TARGETS:-"classic abi3 cython cffi hpy hpy-debug"}
  local t dir exe
  for t in $targets; do
    exe=$py
    case "$t" in
      cffi) build_demo cffi "$work/matrix" --python "$py" ;;
      hpy) build_demo hpy "$work/matrix"; exe=pypy3 ;;
      hpy-debug) exe=pypy3 ;;   # the hpy build, loaded with debug=True by its loader stub
      *) build_demo "$t" "$work/matrix" ;;
    esac
    dir="$work/matrix/${t%-debug}"
    if [ "$t" = hpy-debug ]; then
      BINDGEN_HPY_DEBUG=1 PYTHONPATH="$dir" "$py" tests/reliability/run_matrix.py "$work/demo.ir.json" demo \
        --python "$exe" --label "$t" || failed+=("matrix:$t")
    else
      PYTHONPATH="$dir" "$py" tests/reliability/run_matrix.py "$work/demo.ir.json" demo \
        --python "$exe" --label "$t" || failed+=("matrix:$t")
    fi
  done
}

for part in "${parts[@]}"; do
  echo "==> reliability: $part"
  case "$part" in
    matrix) run_matrix ;;
    *) echo "unknown part $part" >&2; exit 2 ;;
  esac
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "reliability: FAILED: ${failed[*]}"
  exit 1
fi
echo "reliability: all passed (${parts[*]}; BINDGEN_FULL=$full)"
