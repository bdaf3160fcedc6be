#!/usr/bin/env bash
# The abi3 proof: builds the abi3 modules of examples/demo and examples/zlib ONCE (with Debian's
# /usr/bin/python3), then, for every CPython >= 3.8 under ~/.pyenv/versions (or ABI3_PYTHONS):
#   1. compiles the same generated C against that version's own headers (-Wall -Wextra -Werror),
#      and the classic (full API) demo.c as well,
#   2. imports the one built demo.abi3.so / zlibbind.abi3.so and runs tests/behaviour with it.
#
#   bash tests/run-abi3-matrix.sh
#
# Environment:
#   ABI3_PYTHONS   space-separated interpreters to use instead of ~/.pyenv/versions/*/bin/python
#   ABI3_WORK      work folder (default build/abi3-matrix)
#   ABI3_GENERATED use DIR/demo/abi3 and DIR/zlib/abi3 as generated instead of running `bindgen gen`
#
# pyenv's interpreters have no pytest: Debian's pytest 7.2 (pure Python, supports 3.7+) is put on
# PYTHONPATH through a folder that links only pytest and its dependencies from
# /usr/lib/python3/dist-packages (not the whole folder: it holds extension modules built for 3.11).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
work=${ABI3_WORK:-"$here/build/abi3-matrix"}
rm -rf "$work"
mkdir -p "$work"

# -- the C library and the two modules, built once -----------------------------------------
bash examples/demo/build.sh "$work/lib" >/dev/null
export LD_LIBRARY_PATH="$work/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LIBRARY_PATH="$work/lib${LIBRARY_PATH:+:$LIBRARY_PATH}"
if [ -n "${ABI3_GENERATED:-}" ]; then
  # already generated folders (DIR/demo/abi3, DIR/zlib/abi3), e.g. by the .NET tests' build/cpython-tests
  for m in demo zlib; do mkdir -p "$work/$m" && cp -r "$ABI3_GENERATED/$m/abi3" "$work/$m/"; rm -f "$work/$m/abi3/"*.so; done
  cp -r "$ABI3_GENERATED/demo/classic" "$work/demo/"
else
  ./bindgen.sh gen examples/demo/bindings.yaml --target abi3 --target classic --out "$work/demo"
  ./bindgen.sh gen examples/zlib/bindings.yaml --target abi3 --out "$work/zlib"
fi
for m in demo zlib; do
  (cd "$work/$m/abi3" && BINDGEN_WERROR=1 /usr/bin/python3 setup.py -q build_ext --inplace)
done
so_demo=$(ls "$work"/demo/abi3/demo*.so)
so_zlib=$(ls "$work"/zlib/abi3/zlibbind*.so)
case "$so_demo" in *.abi3.so) ;; *) echo "not an abi3 module: $so_demo" >&2; exit 1 ;; esac
sums=$(sha256sum "$so_demo" "$so_zlib")

# -- pytest for interpreters that lack it --------------------------------------------------
shim="$work/pytest-shim"
mkdir -p "$shim"
for p in pytest _pytest pluggy iniconfig packaging attr exceptiongroup tomli py py.py; do
  ln -s "/usr/lib/python3/dist-packages/$p" "$shim/$p"
done

if [ -n "${ABI3_PYTHONS:-}" ]; then
  # shellcheck disable=SC2206
  pythons=($ABI3_PYTHONS)
else
  pythons=()
  for p in $(ls -d "$HOME"/.pyenv/versions/*/bin/python 2>/dev/null | sort -V); do
    [ -x "$p" ] || continue
    if "$p" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 8) else 1)' 2>/dev/null; then pythons+=("$p"); fi
  done
fi
[ ${#pythons[@]} -gt 0 ] || { echo "no CPython >= 3.8 found" >&2; exit 1; }

failed=()
for py in "${pythons[@]}"; do
  version=$("$py" -c 'import platform; print(platform.python_version())')
  echo
  echo "==> CPython $version ($py)"
  include=$("$py" -c "import sysconfig; print(sysconfig.get_paths()['include'])")
  for m in demo/abi3/demo zlib/abi3/zlibbind demo/classic/demo; do
    if ! gcc -c -fPIC -Wall -Wextra -Werror -I"$include" -I"$here/examples/demo" -DDEMO_WITH_EXTRAS=1 \
         "$work/$m.c" -o "$work/$(basename "$(dirname "$m")")-$(basename "$m")-$version.o"; then
      failed+=("$version: $m.c does not compile against its headers")
    fi
  done
  if ! (cd "$here" && BINDGEN_TARGET=abi3 BINDGEN_MODULE_PATH="$work/demo/abi3:$work/zlib/abi3" \
        PYTHONPATH="$shim" "$py" -m pytest -q -p no:cacheprovider -W "ignore::DeprecationWarning:_pytest.assertion.rewrite" tests/behaviour); then
    failed+=("$version: behaviour suite")
  fi
  "$py" -c "import sys; sys.path[:0] = ['$work/demo/abi3']; import demo; assert demo.__file__ == '$so_demo', demo.__file__"
done

# the modules were not rebuilt along the way
echo "$sums" | sha256sum --check --quiet

echo
if [ ${#failed[@]} -gt 0 ]; then
  printf 'abi3 matrix FAILED:\n'; printf '  %s\n' "${failed[@]}"
  exit 1
fi
echo "abi3 matrix passed: one demo.abi3.so and one zlibbind.abi3.so on ${#pythons[@]} interpreters"
