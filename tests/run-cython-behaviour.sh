#!/usr/bin/env bash
# Builds examples/demo and examples/zlib with the cython target (Debian's cython3 for /usr/bin/python3) and runs
# the shared behaviour suite (tests/behaviour) against both modules.
#
#   bash tests/run-cython-behaviour.sh [PYTEST ARGS...]
#
# Output goes to build/cython-behaviour/ (lib/ holds libdemo.so; demo/cython and zlib/cython the modules).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
python=/usr/bin/python3
work="$here/build/cython-behaviour"
mkdir -p "$work"

bash examples/demo/build.sh "$work/lib" >/dev/null
export LD_LIBRARY_PATH="$work/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LIBRARY_PATH="$work/lib${LIBRARY_PATH:+:$LIBRARY_PATH}"
export BINDGEN_WERROR=1  # -Werror on the generated C (less the two warnings of Cython's own code, see setup.py)

./bindgen.sh build examples/demo/bindings.yaml --target cython --out "$work/demo" --python "$python" -q
./bindgen.sh build examples/zlib/bindings.yaml --target cython --out "$work/zlib" --python "$python" -q

BINDGEN_TARGET=cython BINDGEN_MODULE_PATH="$work/demo/cython:$work/zlib/cython" \
  "$python" -m pytest -q -p no:cacheprovider tests/behaviour "$@"
