#!/usr/bin/env bash
# Reliability suites (issue #10), over examples/demo on every Python target:
#   matrix     the bad-input matrix generated from `bindgen ir` (tests/reliability/matrix.py), each target's
#              cases in child processes so a crash is a reported failure: classic, abi3, cython, cffi (API
#              mode on CPython and on PyPy), hpy (PyPy, plainly and in HPy debug mode with hpy.debug's
#              LeakDetector around every case)
#   leaks      every matrix case (good calls and bad ones) repeated under Debian's python3-dbg, modules built
#              with it: sys.getallocatedblocks and sys.gettotalrefcount per case, then all cases in rounds
#              under tracemalloc and RSS, demo_live_objects and demo_free_count checked: classic, abi3,
#              cython, cffi
#   sanitize   libdemo and the generated modules built with -fsanitize=address,undefined, then the
#              behaviour suite and the matrix: no reports
#   fuzz       mutated specs and malformed headers through the spec loader, parser, binder and emitters, and a
#              `bindgen gen` killed mid-write (xunit, tests/Bindgen.Tests/Reliability; needs the .NET build):
#              diagnostics and exit 1, never an unhandled exception or a hang; earlier output intact
#
#   bash tests/run-reliability.sh [matrix] [leaks] [sanitize] [fuzz]     (default: all)
#
# Environment:
#   BINDGEN_FULL=1   the full figures: every matrix case 200 times under python3-dbg (>= 10^5 calls per target)
#                    plus 20 whole rounds, 10^4 mutated specs, 200 mutated headers, 30 killed gens (the default
#                    is scaled down to stay short: 10 repetitions and 1 round, 500 specs, 20 headers, 4 kills,
#                    and the sanitizer run skips the zlib module)
#   RELIABILITY_TARGETS  matrix targets (default: classic abi3 cython cffi cffi-pypy hpy hpy-debug csharp)
#   LEAK_TARGETS, SANITIZE_TARGETS  (default: classic abi3 cython cffi)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
work="$here/build/reliability"
py=/usr/bin/python3
full=${BINDGEN_FULL:-0}
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(matrix leaks sanitize fuzz)
mkdir -p "$work"
failed=()

bash examples/demo/build.sh "$work/lib" >/dev/null
export LD_LIBRARY_PATH="$work/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LIBRARY_PATH="$work/lib${LIBRARY_PATH:+:$LIBRARY_PATH}"
export BINDGEN_WERROR=1
./bindgen.sh ir examples/demo/bindings.yaml >"$work/demo.ir.json"

# build_demo TARGET OUTDIR [bindgen build args...]
build_demo() {
  local t=$1 out=$2
  shift 2
  ./bindgen.sh build examples/demo/bindings.yaml --target "$t" --out "$out" -q "$@"
}

run_matrix() {
  local targets=${RELIABILITY_TARGETS:-"classic abi3 cython cffi cffi-pypy hpy hpy-debug csharp"}
  local t dir exe
  for t in $targets; do
    if [ "$t" = csharp ]; then   # examples/demo and examples/zlib (MODULE:C# class)
      local m cls log
      for m in demo:DemoLib.Demo zlib:Zlibbind.Zlibbind; do
        cls=${m#*:} m=${m%%:*} log="$work/matrix-cs-${m}.log"
        rm -rf "$work/matrix-cs/$m"; mkdir -p "$work/matrix-cs"
        ./bindgen.sh ir examples/$m/bindings.yaml >"$work/matrix-cs/$m.ir.json"
        # build: also compiles the shim library (static inline functions and macros), found through LD_LIBRARY_PATH
        ./bindgen.sh build examples/$m/bindings.yaml --target csharp --out "$work/matrix-cs/$m" -q
        echo "csharp ($m):"
        LD_LIBRARY_PATH="$work/matrix-cs/$m/csharp:$LD_LIBRARY_PATH" "$py" tests/reliability/csharp/run_matrix.py "$work/matrix-cs/$m.ir.json" "$work/matrix-cs/$m/csharp" "$cls" \
          "$work/matrix-cs/$m-work" >"$log" 2>&1 || { grep -vE '^(PASS|SKIP) ' "$log" | tail -40; failed+=("matrix:csharp-$m"); continue; }
        grep -E '^  [a-z]|^matrix csharp' "$log"
      done
      continue
    fi
    exe=$py
    dir="$work/matrix/${t%-debug}"
    case "$t" in
      cffi) build_demo cffi "$work/matrix" --python "$py" ;;
      cffi-pypy) build_demo cffi "$work/matrix-pypy" --python pypy3; exe=pypy3; dir="$work/matrix-pypy/cffi" ;;
      hpy) build_demo hpy "$work/matrix"; exe=pypy3 ;;
      hpy-debug) exe=pypy3 ;;   # the hpy build, loaded with debug=True by its loader stub
      *) build_demo "$t" "$work/matrix" ;;
    esac
    if [ "$t" = hpy-debug ]; then
      BINDGEN_HPY_DEBUG=1 PYTHONPATH="$dir" "$py" tests/reliability/run_matrix.py "$work/demo.ir.json" demo \
        --python "$exe" --label "$t" || failed+=("matrix:$t")
    else
      PYTHONPATH="$dir" "$py" tests/reliability/run_matrix.py "$work/demo.ir.json" demo \
        --python "$exe" --label "$t" || failed+=("matrix:$t")
    fi
  done
}

# Leaks: modules built by Debian's debug interpreter (Py_DEBUG: every Py_INCREF counts in
# sys.gettotalrefcount), each matrix case repeated (refcount growth of half a reference per call fails),
# then all cases in rounds under tracemalloc and RSS, with demo_live_objects and demo_free_count checked.
run_leaks() {
  local dbg=/usr/bin/python3-dbg repeat=10 rounds=1 t
  [ "$full" = 1 ] && { repeat=200; rounds=20; }
  for t in ${LEAK_TARGETS:-classic abi3 cython cffi}; do
    build_demo "$t" "$work/leaks" --python "$dbg"
    # cffi: Debian's _cffi_backend is a release build, whose Py_INCREFs the debug total does not count:
    # its leaks show in the allocated blocks only.
    MATRIX_COUNT_REFS=$([ "$t" = cffi ] && echo 0 || echo 1) \
      PYTHONPATH="$work/leaks/$t" "$py" tests/reliability/run_matrix.py "$work/demo.ir.json" demo \
      --python "$dbg" --label "$t-dbg" --repeat "$repeat" --rounds "$rounds" || failed+=("leaks:$t")
  done
}

# Sanitizers: libdemo and every module (demo and zlib) built with ASan+UBSan (UBSan fatal), run with the ASan
# runtime preloaded into Debian's python3 (leak detection off: the interpreter itself keeps memory at exit).
run_sanitize() {
  local san="$work/asan" t log status=0
  local flags="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
  CFLAGS="$flags" LDFLAGS="-fsanitize=address,undefined" bash examples/demo/build.sh "$san/lib" >/dev/null
  nm -D "$san/lib/libdemo.so" >"$san/libdemo.nm"
  grep -q __asan_report "$san/libdemo.nm" || { echo "libdemo.so is not instrumented" >&2; failed+=("sanitize:build"); return; }
  local preload
  preload="$(gcc -print-file-name=libasan.so)"
  # Controls: a heap overflow and a signed overflow in an instrumented library must be reported.
  printf '%s\n' '#include <stdlib.h>' \
    'int bad_read(int i) { volatile char *p = malloc(4); int r = p[i]; free((void *)p); return r; }' \
    'int bad_add(int x) { return x + 2147483647; }' >"$san/control.c"
  gcc -shared -fPIC -g -fsanitize=address -o "$san/control-asan.so" "$san/control.c"
  gcc -shared -fPIC $flags -o "$san/control-ubsan.so" "$san/control.c"
  local fn lib expect
  for fn in bad_read bad_add; do
    lib=$san/control-ubsan.so expect="runtime error:"
    [ $fn = bad_read ] && { lib=$san/control-asan.so; expect="AddressSanitizer: heap-buffer-overflow"; }
    if env LD_PRELOAD="$preload" ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1 \
        "$py" -c "import ctypes; ctypes.CDLL('$lib').$fn(4 if '$fn' == 'bad_read' else 1)" \
        >"$san/control-$fn.log" 2>&1 || ! grep -q "$expect" "$san/control-$fn.log"; then
      echo "sanitizer control $fn was not reported: the sanitizers are not active" >&2
      failed+=("sanitize:control"); return
    fi
  done
  for t in ${SANITIZE_TARGETS:-classic abi3 cython cffi}; do
    local extra=()
    [ "$t" = cffi ] && extra=(--python "$py")
    CFLAGS="$flags" LDFLAGS="-fsanitize=address,undefined" LD_LIBRARY_PATH="$san/lib" LIBRARY_PATH="$san/lib" \
      build_demo "$t" "$san/demo" "${extra[@]}"
    # zlib's module too in the full run; the default run skips its tests (demo exercises every annotation)
    local skip_zlib=(--ignore=tests/behaviour/test_zlib.py)
    if [ "$full" = 1 ]; then
      skip_zlib=()
      CFLAGS="$flags" LDFLAGS="-fsanitize=address,undefined" LD_LIBRARY_PATH="$san/lib" LIBRARY_PATH="$san/lib" \
        ./bindgen.sh build examples/zlib/bindings.yaml --target "$t" --out "$san/zlib" -q "${extra[@]}"
    fi
    log="$san/pytest-$t.log"
    status=0
    env LD_PRELOAD="$preload" ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
      UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 LD_LIBRARY_PATH="$san/lib" \
      BINDGEN_TARGET="$t" BINDGEN_MODULE_PATH="$san/demo/$t:$san/zlib/$t" \
      "$py" -m pytest -q -p no:cacheprovider tests/behaviour "${skip_zlib[@]}" >"$log" 2>&1 || status=1
    env LD_PRELOAD="$preload" ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
      UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 LD_LIBRARY_PATH="$san/lib" PYTHONPATH="$san/demo/$t" \
      "$py" tests/reliability/run_matrix.py "$work/demo.ir.json" demo --python "$py" --label "$t-asan" >>"$log" 2>&1 \
      || status=1
    if grep -qE "AddressSanitizer|runtime error:|LeakSanitizer" "$log"; then status=1; fi
    if [ $status = 0 ]; then
      echo "$t (ASan+UBSan): $(grep -E '^[0-9]+ passed' "$log" | tail -1); $(grep -E '^matrix ' "$log" | tail -1)"
    else
      tail -60 "$log"; failed+=("sanitize:$t")
    fi
  done
}

# Generator robustness (tests/Bindgen.Tests/Reliability): mutated specs, broken and mutated headers, killed gen.
run_fuzz() {
  local count=500
  [ "$full" = 1 ] && count=10000
  BINDGEN_FUZZ_COUNT=$count BINDGEN_FULL=$full dotnet test Bindgen.sln -c Release --no-build -nologo -v quiet \
    --filter "FullyQualifiedName~Bindgen.Tests.Reliability" --logger "console;verbosity=detailed" >"$work/fuzz.log" 2>&1 \
    || { grep -vE '^\s*at ' "$work/fuzz.log" | tail -60; failed+=("fuzz"); return; }
  grep -E "spec fuzz:|header fuzz:|killed gen:|Total tests|Passed:|Failed:" "$work/fuzz.log" | sed 's/^ *//'
}

for part in "${parts[@]}"; do
  echo "==> reliability: $part"
  started=$SECONDS
  case "$part" in
    matrix) run_matrix ;;
    leaks) run_leaks ;;
    sanitize) run_sanitize ;;
    fuzz) run_fuzz ;;
    *) echo "unknown part $part" >&2; exit 2 ;;
  esac
  echo "($part: $((SECONDS - started)) s)"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "reliability: FAILED: ${failed[*]}"
  exit 1
fi
echo "reliability: all passed (${parts[*]}; BINDGEN_FULL=$full)"
