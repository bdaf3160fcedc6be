#!/usr/bin/env bash
# C# part of bench/run.sh: generates the csharp target of bench/lib into WORK/gen, builds bench/CSharpCalls
# against it and prints its JSON. usage: csharp.sh WORK SMOKE(0|1)   (LD_LIBRARY_PATH must hold libbench.so)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work=$1 smoke=$2
./bindgen.sh gen bench/lib/bindings.yaml --target csharp --out "$work/gen" -q >&2
dotnet build bench/CSharpCalls -c Release -nologo -v quiet -clp:ErrorsOnly -p:GeneratedDir="$work/gen/csharp" \
  -o "$work/csharp-bin" >&2
if [ "$smoke" = 1 ]; then
  dotnet "$work/csharp-bin/bench-csharp-calls.dll" 3 2000
else
  dotnet "$work/csharp-bin/bench-csharp-calls.dll" "${BENCH_REPEATS:-25}" 200000
fi
