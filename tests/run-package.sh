#!/usr/bin/env bash
# `bindgen package` end to end: for examples/demo and examples/zlib, generates the project, builds wheels
# offline with `python -m build --no-isolation --wheel` on CPython (expects a cp38-abi3 wheel) and on PyPy
# (expects the pp39-pypy39_pp73 tag), installs each into a fresh venv (python3-installer, no pip, no
# network) and runs the one behaviour suite (tests/behaviour, BINDGEN_TARGET=package) against the
# installed packages: CPython (abi3 backend; the HPy 0.9 py3-none wheel, BINDGEN_PACKAGE_BACKEND=hpy at build
# time, hpy backend), PyPy (hpy backend, then cffi via <MODULE>_BACKEND=cffi).
# The stubs are checked against the runtime with mypy's stubtest: the installed package (abi3), classic, cython and cffi.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
cpython=/usr/bin/python3
pypy=pypy3
work="$here/build/package"
rm -rf "$work"
mkdir -p "$work/wheels"
bash examples/demo/build.sh "$work/lib" >/dev/null
export LD_LIBRARY_PATH="$work/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LIBRARY_PATH="$work/lib${LIBRARY_PATH:+:$LIBRARY_PATH}"
export BINDGEN_WERROR=1
unset BINDGEN_MODULE_PATH DEMO_BACKEND ZLIBBIND_BACKEND

fail() { echo "run-package.sh: $*" >&2; exit 1; }

for ex in demo zlib; do
  ./bindgen.sh package "examples/$ex/bindings.yaml" --out "$work/project/$ex" -q
  for impl in cpython pypy; do
    py=$cpython; [ $impl = pypy ] && py=$pypy
    # a clean copy per interpreter, so neither build sees the other's build/ folder
    rm -rf "$work/build-$impl/$ex"; mkdir -p "$work/build-$impl"
    cp -r "$work/project/$ex" "$work/build-$impl/$ex"
    (cd "$work/build-$impl/$ex" && "$py" -m build --no-isolation --wheel -o "$work/wheels/$impl" .) \
      >"$work/build-$impl-$ex.log" 2>&1 || { tail -40 "$work/build-$impl-$ex.log"; fail "building the $ex wheel with $py failed"; }
  done
done
# The HPy 0.9 backend for CPython: one universal binary per module in a py3-none wheel (built with
# /usr/bin/python3 and its hpy 0.9.0, scripts/install-hpy.sh). ~10 s per module.
for ex in demo zlib; do
  rm -rf "$work/build-cpython-hpy/$ex"; mkdir -p "$work/build-cpython-hpy"
  cp -r "$work/project/$ex" "$work/build-cpython-hpy/$ex"
  (cd "$work/build-cpython-hpy/$ex" && CFLAGS="-Wall -Wextra -Werror" BINDGEN_PACKAGE_BACKEND=hpy \
     "$cpython" -m build --no-isolation --wheel -o "$work/wheels/cpython-hpy" .) >"$work/build-cpython-hpy-$ex.log" 2>&1 \
    || { tail -40 "$work/build-cpython-hpy-$ex.log"; fail "building the $ex HPy 0.9 wheel with $cpython failed"; }
done
ls "$work/wheels/cpython-hpy/demo-0.0.0-py3-none-linux_x86_64.whl" "$work/wheels/cpython-hpy/zlibbind-0.0.0-py3-none-linux_x86_64.whl" \
   >/dev/null || fail "HPy 0.9 wheels with the py3-none tag are missing: $(ls "$work"/wheels/cpython-hpy)"
ls "$work/wheels/cpython/demo-0.0.0-cp38-abi3-linux_x86_64.whl" "$work/wheels/cpython/zlibbind-0.0.0-cp38-abi3-linux_x86_64.whl" \
   "$work/wheels/pypy/demo-0.0.0-pp39-pypy39_pp73-linux_x86_64.whl" "$work/wheels/pypy/zlibbind-0.0.0-pp39-pypy39_pp73-linux_x86_64.whl" \
   >/dev/null || fail "wheels with the expected tags are missing: $(ls "$work"/wheels/*)"
echo "wheels: $(cd "$work/wheels" && ls */*.whl | tr '\n' ' ')"

"$cpython" -m venv --system-site-packages "$work/venv-cpython"
"$cpython" -m venv --system-site-packages "$work/venv-cpython-hpy"   # hpy 0.9 comes from the system site
"$pypy" -m venv --without-pip --system-site-packages "$work/venv-pypy"
for impl in cpython cpython-hpy pypy; do
  for whl in "$work/wheels/$impl"/*.whl; do
    "$work/venv-$impl/bin/python" -m installer "$whl" || fail "installing $whl failed"
  done
done

status=0
suite() {  # suite NAME PYTHON [ENV...]
  local name=$1 py=$2; shift 2
  # run outside the checkout so only the installed packages can be imported
  if (cd "$work" && env "$@" BINDGEN_TARGET=package "$py" -m pytest -q -p no:cacheprovider --rootdir="$here/tests/behaviour" \
        "$here/tests/behaviour") >"$work/pytest-$name.log" 2>&1; then
    echo "$name: $(tail -1 "$work/pytest-$name.log")"
  else
    tail -60 "$work/pytest-$name.log"; echo "package behaviour suite failed: $name" >&2; status=1
  fi
}
# The stubs (MODULE.pyi, the same for every Python target; __init__.pyi in the package) against the runtime:
# mypy's stubtest compares every name, signature (parameter names, defaults) and class with what imports.
stubtest() {  # stubtest NAME PYTHON "STUBTEST ARGS" [ENV...]
  local name=$1 py=$2 args=$3; shift 3
  # shellcheck disable=SC2086  # $args: word splitting wanted
  if (cd "$work" && env "$@" "$py" -m mypy.stubtest $args demo zlibbind) >"$work/stubtest-$name.log" 2>&1; then
    echo "stubtest $name: $(tail -1 "$work/stubtest-$name.log")"
  else
    cat "$work/stubtest-$name.log"; echo "stubtest failed: $name" >&2; status=1
  fi
}
stubtest package-abi3 "$work/venv-cpython/bin/python" "--allowlist $here/tests/stubtest-capi.allowlist"
for t in classic cython cffi; do
  for ex in demo zlib; do ./bindgen.sh build "examples/$ex/bindings.yaml" --target $t --python $cpython --out "$work/gen-$ex" -q; done
done
stubtest classic $cpython "--allowlist $here/tests/stubtest-capi.allowlist" MYPYPATH="$work/gen-demo/classic:$work/gen-zlib/classic" PYTHONPATH="$work/gen-demo/classic:$work/gen-zlib/classic"
stubtest cython $cpython "--allowlist $here/tests/stubtest-cython.allowlist" MYPYPATH="$work/gen-demo/cython:$work/gen-zlib/cython" PYTHONPATH="$work/gen-demo/cython:$work/gen-zlib/cython"
stubtest cffi $cpython "--allowlist $here/tests/stubtest-cffi.allowlist" \
  MYPYPATH="$work/gen-demo/cffi:$work/gen-zlib/cffi" PYTHONPATH="$work/gen-demo/cffi:$work/gen-zlib/cffi"

suite cpython-abi3 "$work/venv-cpython/bin/python" BINDGEN_EXPECT_BACKEND=abi3
suite cpython-hpy09 "$work/venv-cpython-hpy/bin/python" BINDGEN_EXPECT_BACKEND=hpy
suite pypy-hpy "$work/venv-pypy/bin/python" BINDGEN_EXPECT_BACKEND=hpy
suite pypy-cffi "$work/venv-pypy/bin/python" BINDGEN_EXPECT_BACKEND=cffi DEMO_BACKEND=cffi ZLIBBIND_BACKEND=cffi
exit $status
