#!/usr/bin/env bash
# Large APIs: no target's output may be truncated or fail to compile because of its size. tests/scale/gen_scale.py
# writes a synthetic library (N functions, N/10 structs, N/10 enums); `bindgen gen` writes all six targets, every
# target must name all N functions (tests/scale/check_complete.py), then classic, cffi (API) and Cython are built
# with -O0 -Werror (-O2 on this much C costs minutes and GBs) by /usr/bin/python3 and imported, and the C# output
# is built by `dotnet build` and called.
# Default N=1500 (its C is ~2.5 MB, beyond Scriban's old 1 MiB cut); BINDGEN_FULL=1: N=5000 and also abi3 and hpy
# (pypy3) built and imported. Usage: tests/run-scale.sh [N]. Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 BINDGEN_WERROR=1 CFLAGS="-O0"
full="${BINDGEN_FULL:-0}"
n="${1:-$([ "$full" = 1 ] && echo 5000 || echo 1500)}"
work="$here/build/scale"
rm -rf "$work"; mkdir -p "$work"
start=$SECONDS

/usr/bin/python3 tests/scale/gen_scale.py "$work" "$n"
gcc -O0 -shared -fPIC -Wall -Wextra -Werror "$work/scale.c" -o "$work/libscale.so"
export LIBRARY_PATH="$work${LIBRARY_PATH:+:$LIBRARY_PATH}" LD_LIBRARY_PATH="$work${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
./bindgen.sh --version >/dev/null   # builds the CLI once, before the parallel builds
( cd "$work" && "$here/bindgen.sh" gen bindings.yaml --out out -q )
/usr/bin/python3 tests/scale/check_complete.py "$work/out" "$n" classic abi3 hpy cffi cython csharp

# The last function of the header, called through each built target (1 + 2 + n - 4 when n - 4 is a scale_add).
last=$(( (n - 1) / 8 * 8 ))
want=$(( 3 + last ))

# One target: build it in place, import it, call its last scale_add; one line of result, its log in $work.
one() {
  local t="$1" py=/usr/bin/python3 log="$work/build-$1.log"
  [ "$t" = hpy ] && py=pypy3
  if [ "$t" = csharp ]; then
    mkdir -p "$work/call"
    printf '%s\n' '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework><OutputType>Exe</OutputType>' \
      '<Nullable>enable</Nullable><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>' \
      '<ItemGroup><ProjectReference Include="../out/csharp/scalebind.csproj" /></ItemGroup></Project>' >"$work/call/call.csproj"
    echo "System.Console.WriteLine(ScaleLib.Scale.ScaleAdd$last(1, 2));" >"$work/call/Program.cs"
    if dotnet build "$work/call/call.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly -o "$work/call/bin" >"$log" 2>&1 \
       && [ "$(dotnet "$work/call/bin/call.dll" 2>>"$log")" = "$want" ]; then echo "scale: csharp builds and calls"; return 0; fi
  else
    if ( cd "$work" && "$here/bindgen.sh" build bindings.yaml --target "$t" --out out --python "$py" -q ) >"$log" 2>&1 \
       && [ "$(PYTHONPATH="$work/out/$t" "$py" -c "import scalebind as m; print(m.scale_add$last(1, 2))" 2>>"$log")" = "$want" ]; then
      echo "scale: $t builds and imports"; return 0
    fi
  fi
  echo "scale: $t FAILED (build/scale/build-$t.log)"; tail -20 "$log"; return 1
}
export -f one; export work here last want
targets=(cython classic cffi csharp)
[ "$full" = 1 ] && targets+=(abi3 hpy)
printf '%s\n' "${targets[@]}" | xargs -n 1 -P 2 bash -c 'one $1' _ \
  || { echo "scale: FAILED" >&2; exit 1; }
echo "scale: $n functions, every target complete, ${targets[*]} compiled ($((SECONDS - start)) s)"
