#!/usr/bin/env bash
# Builds examples/demo and examples/zlib for each implemented Python target and runs the one behaviour
# suite (tests/behaviour) against each, with Debian's /usr/bin/python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# cffi, hpy and C# have their own scripts (other interpreters, build modes): see test.sh.
BEHAVIOUR_TARGETS=${BEHAVIOUR_TARGETS:-"classic abi3 cython"}
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
