#!/usr/bin/env bash
# Builds the variants bench/run.sh measures; each becomes importable from WORK/mod/VARIANT.
# usage: build-variants.sh WORK VARIANT...   (needs the environment run.sh sets: BENCHLIB_DIR, LIBRARY_PATH, ...)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work=$1; shift
py=/usr/bin/python3
pypy=pypy3
spec=bench/lib/bindings.yaml
mkdir -p "$work/mod" "$work/src"

abi_spec() {  # a copy of the spec with `targets: {cffi: {mode: abi}}` and absolute include_dirs
  "$py" - "$spec" "$1" <<'PY'
import os, sys, yaml
src, dst = sys.argv[1], sys.argv[2]
with open(src) as f:
    s = yaml.safe_load(f)
base = os.path.dirname(os.path.abspath(src))
s["include_dirs"] = [os.path.normpath(os.path.join(base, d)) for d in s.get("include_dirs", [])]
s["targets"] = {"cffi": {"mode": "abi"}}
with open(dst, "w") as f:
    yaml.safe_dump(s, f, sort_keys=False)
PY
}

setup_build() {  # DIR PYTHON: setuptools in place, quietly (the log is shown on failure)
  (cd "$1" && "$2" "$root/bench/peers/setup.py" -q build_ext --inplace >build.log 2>&1) \
    || { cat "$1/build.log" >&2; echo "building $1 failed" >&2; exit 1; }
}

for v in "$@"; do
  printf '  build: %s\n' "$v" >&2
  case "$v" in
    classic|abi3|cython|cffi)
      ./bindgen.sh build "$spec" --target "$v" --out "$work/gen" --python "$py" -q
      ln -sfn "$work/gen/$v" "$work/mod/$v" ;;
    cffi-abi)
      abi_spec "$work/src/bindings.cffi-abi.yaml"
      ./bindgen.sh build "$work/src/bindings.cffi-abi.yaml" --target cffi --out "$work/gen-abi" -q
      ln -sfn "$work/gen-abi/cffi" "$work/mod/$v" ;;
    hpy)
      ./bindgen.sh build "$spec" --target hpy --out "$work/gen-pypy" --python "$pypy" -q
      ln -sfn "$work/gen-pypy/hpy" "$work/mod/$v" ;;
    cffi-pypy)
      ./bindgen.sh build "$spec" --target cffi --out "$work/gen-pypy" --python "$pypy" -q
      ln -sfn "$work/gen-pypy/cffi" "$work/mod/$v" ;;
    classic-pypy)   # the generated classic module built for PyPy's cpyext (pypy3-dev headers)
      ./bindgen.sh build "$spec" --target classic --out "$work/gen-pypy" --python "$pypy" -q
      ln -sfn "$work/gen-pypy/classic" "$work/mod/$v" ;;
    baseline)
      d="$work/src/baseline"; mkdir -p "$d"; cp bench/baseline/blbase.c "$d/"
      PEER=baseline setup_build "$d" "$py"; ln -sfn "$d" "$work/mod/$v" ;;
    swig|swig-pypy)   # swig-pypy: the same wrapper built for PyPy's cpyext
      d="$work/src/$v"; mkdir -p "$d"
      interp=$py; [ "$v" = swig-pypy ] && interp=$pypy
      swig -python -I"$BENCHLIB_DIR" -o "$d/blswig_wrap.c" -outdir "$d" bench/peers/blswig.i
      PEER=swig setup_build "$d" "$interp"; ln -sfn "$d" "$work/mod/$v" ;;
    pybind11)
      d="$work/src/pybind11"; mkdir -p "$d"; cp bench/peers/blpybind.cpp "$d/"
      PEER=pybind11 setup_build "$d" "$py"; ln -sfn "$d" "$work/mod/$v" ;;
    ctypes|ctypes-pypy)
      mkdir -p "$work/mod/$v" ;;   # bench/py/blctypes.py, nothing to build
    cffi-hand|cffi-hand-pypy)
      d="$work/src/$v"; mkdir -p "$d"
      interp=$py; [ "$v" = cffi-hand-pypy ] && interp=$pypy
      (cd "$d" && "$interp" "$root/bench/py/blcffi_build.py" "$d" >build.log 2>&1) \
        || { cat "$d/build.log" >&2; echo "building $v failed" >&2; exit 1; }
      ln -sfn "$d" "$work/mod/$v" ;;
    *) echo "unknown variant $v" >&2; exit 2 ;;
  esac
done
