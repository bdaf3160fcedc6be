#!/usr/bin/env bash
# The behaviour suite (tests/behaviour) against the `hpy` target on PyPy: builds libdemo, generates and
# compiles the universal HPy modules for examples/demo and examples/zlib, then runs the suite twice:
# plainly, and with the modules loaded in HPy debug mode (hpy.universal.load(..., debug=True)), where
# leaked handles found by hpy.debug.LeakDetector fail the run.
# Usage: tests/run-hpy-behaviour.sh [extra pytest args]   (PYPY=... to use another interpreter)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
pypy="${PYPY:-pypy3}"
if ! command -v "$pypy" >/dev/null 2>&1; then
  echo "run-hpy-behaviour.sh: $pypy not found (scripts/install-deps.sh installs pypy3)" >&2
  exit 1
fi
work="$here/build/hpy-behaviour"
mkdir -p "$work"
bash examples/demo/build.sh "$work/lib" >/dev/null
export LD_LIBRARY_PATH="$work/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LIBRARY_PATH="$work/lib${LIBRARY_PATH:+:$LIBRARY_PATH}"
./bindgen.sh build examples/demo/bindings.yaml --target hpy --out "$work/demo" -q
./bindgen.sh build examples/zlib/bindings.yaml --target hpy --out "$work/zlib" -q
export BINDGEN_TARGET=hpy
export BINDGEN_MODULE_PATH="$work/demo/hpy:$work/zlib/hpy"
# Debian's pytest lives in dist-packages; $shims holds the hpy_leaks pytest plugin.
shims="$here/tests/Bindgen.Tests/Emitters/Hpy"
export PYTHONPATH="/usr/lib/python3/dist-packages${PYTHONPATH:+:$PYTHONPATH}"
status=0
echo "== hpy behaviour suite (universal ABI, $pypy)"
"$pypy" -m pytest -q -p no:cacheprovider tests/behaviour "$@" || status=1
echo "== hpy behaviour suite, HPy debug mode (leaked handles fail)"
# The generated loader stub (demo.py / zlibbind.py) loads with debug=True under BINDGEN_HPY_DEBUG=1;
# the plugin below fails any test after which the debug context reports a leaked handle.
BINDGEN_HPY_DEBUG=1 PYTHONPATH="$shims:$PYTHONPATH" \
  "$pypy" -m pytest -q -p no:cacheprovider -p hpy_leaks tests/behaviour "$@" || status=1
exit $status
