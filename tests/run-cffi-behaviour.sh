#!/usr/bin/env bash
# The behaviour suite (tests/behaviour) against the cffi target, for examples/demo and examples/zlib:
#   api-cpython  API mode (compiled _MODULE extension), Debian's /usr/bin/python3 (has python3-cffi)
#   api-pypy     API mode built and run with pypy3 (cffi is built in)
#   abi-cpython  ABI mode (ffi.dlopen, no compiler), /usr/bin/python3; generated from a copy of each spec
#                whose targets are `cffi: {mode: abi}` (the CLI has no mode option)
# Every variant runs even when an earlier one failed; the exit status is non-zero when any failed.
# Usage: tests/run-cffi-behaviour.sh [api-cpython] [api-pypy] [abi-cpython]   (default: all three)
# Extra pytest arguments: CFFI_PYTEST_ARGS="-x -k buffers".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
work="$here/build/cffi-behaviour"
cpython=/usr/bin/python3
pypy=pypy3
variants=("$@")
[ ${#variants[@]} -eq 0 ] && variants=(api-cpython api-pypy abi-cpython)

# Debian packages: pytest on pypy3 runs from /usr/lib/python3/dist-packages and needs exceptiongroup and
# tomli there (CPython 3.11 has them built in, PyPy 3.9 does not); python3-yaml writes the ABI spec copies.
need=(python3-cffi python3-pytest python3-yaml python3-exceptiongroup python3-tomli pypy3 gcc zlib1g-dev)
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p "$work"
bash examples/demo/build.sh "$work/lib" >/dev/null
export LD_LIBRARY_PATH="$work/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LIBRARY_PATH="$work/lib${LIBRARY_PATH:+:$LIBRARY_PATH}"

# A copy of SPEC with `targets: {cffi: {mode: abi}}` (tests/abi_spec.py).
abi_spec() { "$cpython" tests/abi_spec.py "$1" "$2"; }

failed=()
for v in "${variants[@]}"; do
  echo "==> cffi behaviour: $v"
  out="$work/$v"
  rm -rf "$out"
  case "$v" in
    api-cpython) py=$cpython ;;
    api-pypy) py=$pypy ;;
    abi-cpython) py=$cpython ;;
    *) echo "unknown variant $v" >&2; exit 2 ;;
  esac
  ok=1
  for ex in demo zlib; do
    spec="examples/$ex/bindings.yaml"
    if [ "$v" = abi-cpython ]; then
      spec="$work/specs/$ex.abi.yaml"
      abi_spec "examples/$ex/bindings.yaml" "$spec"
    fi
    ./bindgen.sh build "$spec" --target cffi --out "$out/$ex" --python "$py" -q || { ok=0; break; }
  done
  if [ $ok = 1 ]; then
    # shellcheck disable=SC2086
    BINDGEN_TARGET=cffi BINDGEN_MODULE_PATH="$out/demo/cffi:$out/zlib/cffi" \
      "$py" -m pytest -q -p no:cacheprovider ${CFFI_PYTEST_ARGS:-} tests/behaviour || ok=0
  fi
  [ $ok = 1 ] || failed+=("$v")
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "cffi behaviour: FAILED: ${failed[*]}"
  exit 1
fi
echo "cffi behaviour: all variants passed (${variants[*]})"
