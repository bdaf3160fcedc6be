#!/usr/bin/env bash
# gen time against header size: zlib.h -> sqlite3.h -> all of llvm-c/*.h (llvm-14), default rules (no annotations),
# every target. Prints one markdown row per header set: bytes, declarations, coverage counts, `bindgen gen` wall time.
# Usage: bench/gen.sh   (builds the CLI through ./bindgen.sh first)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$here/build/bench-gen"
rm -rf "$work"; mkdir -p "$work"
"$here/bindgen.sh" --version >/dev/null
bindgen=(dotnet "$here/build/cli/bindgen.dll")

row() {
  local name="$1" incdir="$2"; shift 2
  local dir="$work/$name"; mkdir -p "$dir"
  {
    echo "module: bench_${name//-/_}"
    printf 'headers: [%s]\n' "$(printf '%s\n' "$@" | paste -sd, - | sed 's/,/, /g')"
    [ -n "$incdir" ] && echo "include_dirs: [$incdir]"
  } >"$dir/bindings.yaml"
  local bytes; bytes=$(cat "$@" | wc -c)
  "${bindgen[@]}" coverage --spec "$dir/bindings.yaml" >"$dir/coverage.txt" || true
  local last; last=$(tail -1 "$dir/coverage.txt")
  local start end
  start=$(date +%s.%N)
  "${bindgen[@]}" gen "$dir/bindings.yaml" --out "$dir/out" -q
  end=$(date +%s.%N)
  printf '| %s | %d | %d | %s | %.2f s |\n' "$name" "$#" "$bytes" "${last#coverage: }" "$(awk "BEGIN { print $end - $start }")"
}

echo "| headers | files | bytes | coverage | gen, 6 targets |"
echo "|---|---|---|---|---|"
row zlib "" /usr/include/zlib.h
row sqlite3 "" /usr/include/sqlite3.h
row llvm-c /usr/lib/llvm-14/include /usr/lib/llvm-14/include/llvm-c/*.h
