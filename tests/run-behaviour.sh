#!/usr/bin/env bash
# Builds examples/demo and examples/zlib for each implemented Python target and runs the one behaviour
# suite (tests/behaviour) against each. Targets join by being listed in BEHAVIOUR_TARGETS below.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
BEHAVIOUR_TARGETS=${BEHAVIOUR_TARGETS-""}
if [ -z "$BEHAVIOUR_TARGETS" ]; then
  echo "behaviour suites: no Python target is implemented yet (issue: CPython targets); nothing to run"
  exit 0
fi
work="$here/build/behaviour"
mkdir -p "$work"
bash examples/demo/build.sh "$work/lib"
export LD_LIBRARY_PATH="$work/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LIBRARY_PATH="$work/lib${LIBRARY_PATH:+:$LIBRARY_PATH}"
export BINDGEN_WERROR=1
for t in $BEHAVIOUR_TARGETS; do
  ./bindgen.sh build examples/demo/bindings.yaml --target "$t" --out "$work/demo" -q
  ./bindgen.sh build examples/zlib/bindings.yaml --target "$t" --out "$work/zlib" -q
  BINDGEN_TARGET="$t" BINDGEN_MODULE_PATH="$work/demo/$t:$work/zlib/$t" \
    /usr/bin/python3 -m pytest -q -p no:cacheprovider tests/behaviour >"$work/pytest-$t.log" 2>&1 \
    || { tail -80 "$work/pytest-$t.log"; echo "behaviour suite failed on $t" >&2; exit 1; }
  echo "$t: $(tail -1 "$work/pytest-$t.log")"
done
