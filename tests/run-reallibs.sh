#!/usr/bin/env bash
# Six real Debian libraries end to end (examples/{sodium,lz4,archive,sqlite,yaml,lzma}): for each Python
# target variant, builds every library's binding in one loop, then runs pytest once over all their test
# modules (tests/behaviour/reallibs). Variants: classic, abi3, cython (CPython 3.11), cffi API on CPython and
# PyPy, cffi ABI on CPython, hpy on PyPy. Usage: tests/run-reallibs.sh [VARIANT...]   (default: all seven)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
libs=(sodium lz4 archive sqlite yaml lzma)
work="$here/build/reallibs"
cpython=/usr/bin/python3
variants=("$@")
[ ${#variants[@]} -eq 0 ] && variants=(classic abi3 cython cffi-api-cpython cffi-api-pypy cffi-abi-cpython hpy)
mkdir -p "$work/specs"
export BINDGEN_WERROR=1 BINDGEN_REALLIBS=1
# Known gaps, each waiting for a fix on another branch (README, "Real libraries"); listed, never silent:
#   cython/lzma: lzma.h's `typedef enum {...} lzma_ret` is declared to Cython as `enum lzma_ret` (incomplete).
declare -A broken=([cython]="lzma")

# A copy of SPEC with `targets: {cffi: {mode: abi}}` (tests/abi_spec.py).
abi_spec() { "$cpython" tests/abi_spec.py "$1" "$2"; }

failed=()
for v in "${variants[@]}"; do
  case "$v" in
    classic|abi3|cython) target=$v py=$cpython ;;
    cffi-api-cpython|cffi-abi-cpython) target=cffi py=$cpython ;;
    cffi-api-pypy|hpy) target=${v%%-*} py=pypy3 ;;
    *) echo "unknown variant $v" >&2; exit 2 ;;
  esac
  out="$work/$v"
  rm -rf "$out"
  paths=()
  ok=1
  ignore=()
  for lib in "${libs[@]}"; do
    if [[ " ${broken[$v]:-} " == *" $lib "* ]]; then
      echo "$v: $lib not built (known gap, see the comment at the top of this script)"
      ignore+=(--ignore "tests/behaviour/reallibs/test_$lib.py")
      continue
    fi
    spec="examples/$lib/bindings.yaml"
    if [ "$v" = cffi-abi-cpython ]; then spec="$work/specs/$lib.abi.yaml"; abi_spec "examples/$lib/bindings.yaml" "$spec"; fi
    ./bindgen.sh build "$spec" --target "$target" --out "$out/$lib" --python "$py" -q >"$out.build.log" 2>&1 \
      || { cat "$out.build.log"; echo "reallibs: building $lib failed on $v" >&2; ok=0; break; }
    paths+=("$out/$lib/$target")
  done
  if [ $ok = 1 ]; then
    pp=""; [ "$py" = pypy3 ] && pp="/usr/lib/python3/dist-packages"   # Debian's pytest for PyPy
    BINDGEN_TARGET="$target" BINDGEN_MODULE_PATH="$(IFS=:; echo "${paths[*]}")" PYTHONPATH="$pp" \
      "$py" -m pytest -q -p no:cacheprovider --confcutdir=tests/behaviour "${ignore[@]}" tests/behaviour/reallibs >"$out.log" 2>&1 \
      || { tail -60 "$out.log"; ok=0; }
    echo "$v: $(tail -1 "$out.log")"
  fi
  [ $ok = 1 ] || failed+=("$v")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "reallibs: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "reallibs: all variants passed (${variants[*]})"
