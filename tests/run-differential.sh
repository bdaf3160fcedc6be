#!/usr/bin/env bash
# The differential test (issue #17 item 5): the same calls, generated from `bindgen ir` of examples/demo and
# examples/zlib (tests/differential/cases.py, built on the reliability matrix generator), run on every Python
# target in child processes and on C#; each call's normalised outcome (return value, or exception class +
# `.code`) must be identical everywhere. tests/differential/compare.py prints every divergence as
# `FUNCTION(args): classic=... cffi-abi=...`; the ones listed in tests/differential/known-divergences.txt are
# expected (the list only shrinks: a listed divergence that no longer occurs fails too).
#
#   bash tests/run-differential.sh
#
# Environment:
#   BINDGEN_FULL=1          more cases (every edge value of every role in every position, huge buffers of 16 MiB)
#   DIFFERENTIAL_TARGETS    targets to compare (default: classic abi3 cython cffi-api cffi-abi hpy cffi-pypy csharp);
#                           when set, a listed known divergence that does not occur is not a failure
#   DIFFERENTIAL_REUSE=1    reuse the modules the behaviour scripts built earlier in the same ./test.sh run
#                           (build/behaviour, build/cffi-behaviour, build/hpy-behaviour) instead of building
#                           them again under build/differential
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
work="$here/build/differential"
py=/usr/bin/python3
full=${BINDGEN_FULL:-0}
targets=${DIFFERENTIAL_TARGETS:-"classic abi3 cython cffi-api cffi-abi hpy cffi-pypy csharp"}
reuse=${DIFFERENTIAL_REUSE:-0}
mkdir -p "$work/outcomes"
rm -f "$work"/outcomes/*.json

bash examples/demo/build.sh "$work/lib" >/dev/null
export LD_LIBRARY_PATH="$work/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LIBRARY_PATH="$work/lib${LIBRARY_PATH:+:$LIBRARY_PATH}"
export BINDGEN_WERROR=1
for ex in demo zlib; do
  ./bindgen.sh ir examples/$ex/bindings.yaml >"$work/$ex.ir.json"
  "$py" tests/differential/cases.py "$work/$ex.ir.json" --full "$full" >"$work/$ex.cases.json"
done

# A copy of SPEC with `targets: {cffi: {mode: abi}}` (tests/abi_spec.py).
abi_spec() { "$py" tests/abi_spec.py "$1" "$2"; }

# module_dir TARGET EXAMPLE: where the target's module for EXAMPLE is (built here unless reused)
module_dir() {
  local t=$1 ex=$2 spec="examples/$2/bindings.yaml" out
  if [ "$reuse" = 1 ]; then
    case "$t" in
      classic|abi3|cython) out="build/behaviour/$ex/$t" ;;
      cffi-api) out="build/cffi-behaviour/api-cpython/$ex/cffi" ;;
      cffi-abi) out="build/cffi-behaviour/abi-cpython/$ex/cffi" ;;
      cffi-pypy) out="build/cffi-behaviour/api-pypy/$ex/cffi" ;;
      hpy) out="build/hpy-behaviour/$ex/hpy" ;;
    esac
    [ -d "$out" ] && { echo "$here/$out"; return; }
  fi
  out="$work/modules/$t/$ex"
  case "$t" in
    classic|abi3|cython) ./bindgen.sh build "$spec" --target "$t" --out "$out" -q >&2 ;;
    hpy) ./bindgen.sh build "$spec" --target hpy --out "$out" -q >&2 ;;
    cffi-api) ./bindgen.sh build "$spec" --target cffi --out "$out" --python "$py" -q >&2 ;;
    cffi-pypy) ./bindgen.sh build "$spec" --target cffi --out "$out" --python pypy3 -q >&2 ;;
    cffi-abi)
      mkdir -p "$work/specs"
      abi_spec "$spec" "$work/specs/$ex.abi.yaml"
      ./bindgen.sh build "$work/specs/$ex.abi.yaml" --target cffi --out "$out" --python "$py" -q >&2 ;;
  esac
  echo "$out/${t%%-*}"
}

failed=()
for t in $targets; do
  started=$SECONDS
  for ex in demo zlib; do
    if [ "$t" = csharp ]; then
      rm -rf "$work/csharp/$ex/bindings"
      # build: also compiles the shim library (static inline functions and macros), found through LD_LIBRARY_PATH
      ./bindgen.sh build "examples/$ex/bindings.yaml" --target csharp --out "$work/csharp/$ex/bindings" -q
      LD_LIBRARY_PATH="$work/csharp/$ex/bindings/csharp:$LD_LIBRARY_PATH" \
        "$py" tests/differential/csharp/run.py "$work/$ex.cases.json" "$work/csharp/$ex/bindings/csharp" \
        "$work/csharp/$ex" --out "$work/outcomes/$ex.$t.json" || failed+=("$t:$ex")
      continue
    fi
    exe=$py
    case "$t" in hpy|cffi-pypy) exe=pypy3 ;; esac
    dir=$(module_dir "$t" "$ex") || { failed+=("$t:$ex(build)"); continue; }
    PYTHONPATH="$dir" "$py" tests/differential/run_outcomes.py "$work/$ex.cases.json" --python "$exe" \
      --out "$work/outcomes/$ex.$t.json" || failed+=("$t:$ex")
  done
  echo "$t: outcomes in $((SECONDS - started)) s"
done

"$py" tests/differential/compare.py --known tests/differential/known-divergences.txt \
  --cases "$work/demo.cases.json" --cases "$work/zlib.cases.json" \
  --targets "$targets" ${DIFFERENTIAL_TARGETS:+--some-targets} "$work"/outcomes/*.json || failed+=("compare")

# Control: one outcome changed on one target must be reported, proving the comparison compares.
rm -rf "$work/control" && mkdir -p "$work/control" && cp "$work"/outcomes/*.json "$work/control/"
"$py" - "$work/control/demo.classic.json" <<'PY'
import json, sys
with open(sys.argv[1]) as f:
    outcomes = json.load(f)
outcomes[next(k for k in outcomes if k.endswith("[good]"))] = ["raise", "ControlError", None, None]
with open(sys.argv[1], "w") as f:
    json.dump(outcomes, f)
PY
if "$py" tests/differential/compare.py --known tests/differential/known-divergences.txt --targets "$targets" \
    "$work"/control/*.json >"$work/control.log" 2>&1; then
  echo "differential: the control divergence was not reported: the comparison compares nothing"
  failed+=("control")
fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "differential: FAILED: ${failed[*]}"
  exit 1
fi
echo "differential: no unexpected divergence (BINDGEN_FULL=$full)"
