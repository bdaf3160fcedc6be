#!/usr/bin/env bash
# Header fidelity corpus (tests/corpus/corpus.txt: zlib, bzlib, lzma, expat, sqlite3, yaml, png, z3 from Debian's
# -dev packages). For each header: `bindgen init` writes the starter spec (plus its library), `bindgen coverage`
# must report 0 failed and >= 95% of the declarations bound or skipped with a reason, then the starter output
# of every target must compile: classic, abi3, cffi (API) and cython built with /usr/bin/python3 and imported,
# hpy built with pypy3 and imported, and all eight C# outputs built by one `dotnet build`.
# Headers run two at a time. Usage: tests/run-corpus.sh [NAME...]   (default: all). Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 BINDGEN_WERROR=1
work="$here/build/corpus"
bindgen="$here/build/cli/bindgen.dll"

# One header, every step; prints one summary line, its logs stay in $work/NAME/.
one() {
  local name="$1" headers="$2" lib="$3" dir="$work/$1" ok=1 status=()
  rm -rf "$dir"; mkdir -p "$dir"
  local paths=(); IFS=, read -ra hs <<<"$headers"; for h in "${hs[@]}"; do paths+=("/usr/include/$h"); done
  dotnet "$bindgen" init "${paths[@]}" --module "corpus_$name" -o "$dir/bindings.yaml" 2>"$dir/init.log" \
    || { echo "$name: init FAILED"; cat "$dir/init.log"; return 1; }
  sed -i "s|^# library: .*|library: $lib|" "$dir/bindings.yaml"
  [ ! -f "tests/corpus/$name.extra.yaml" ] || cat "tests/corpus/$name.extra.yaml" >>"$dir/bindings.yaml"
  dotnet "$bindgen" coverage --spec "$dir/bindings.yaml" >"$dir/coverage.txt" 2>&1 || true
  local last; last="$(tail -1 "$dir/coverage.txt")"
  if [[ "$last" =~ ^coverage:\ ([0-9]+)\ bound,\ ([0-9]+)\ skipped,\ ([0-9]+)\ failed\ of\ ([0-9]+)\ declarations$ ]]; then
    local b=${BASH_REMATCH[1]} s=${BASH_REMATCH[2]} f=${BASH_REMATCH[3]} n=${BASH_REMATCH[4]}
    if [ "$f" -ne 0 ] || [ $(( (b + s) * 100 )) -lt $(( n * 95 )) ]; then ok=0; status+=("coverage FAILED"); fi
    status+=("$n decls: $b bound, $s skipped, $f failed")
  else
    ok=0; status+=("coverage printed no summary line")
  fi
  ( cd "$dir" && dotnet "$bindgen" gen bindings.yaml --out out -q ) >"$dir/gen.log" 2>&1 || { echo "$name: gen FAILED"; cat "$dir/gen.log"; return 1; }
  local t py
  for t in classic abi3 cffi cython hpy; do
    py=/usr/bin/python3; [ "$t" = hpy ] && py=pypy3
    if ( cd "$dir" && dotnet "$bindgen" build bindings.yaml --target "$t" --out out --python "$py" -q ) >"$dir/build-$t.log" 2>&1 \
       && PYTHONPATH="$dir/out/$t" "$py" -c "import corpus_$name" >>"$dir/build-$t.log" 2>&1; then
      status+=("$t ok")
    else
      ok=0; status+=("$t FAILED (build/corpus/$name/build-$t.log)")
    fi
  done
  echo "$name: ${status[*]}"
  [ $ok = 1 ]
}

list=()
while read -r name headers lib; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  if [ $# -eq 0 ] || [[ " $* " == *" $name "* ]]; then list+=("$name $headers $lib"); fi
done < tests/corpus/corpus.txt
[ ${#list[@]} -gt 0 ] || { echo "run-corpus: no header selected" >&2; exit 2; }

./bindgen.sh --version >/dev/null   # builds the CLI once, before the parallel runs
mkdir -p "$work"
export -f one; export work bindgen
failed=0
printf '%s\n' "${list[@]}" | xargs -d '\n' -n 1 -P 2 bash -c 'one $1' _ || failed=1

# Every C# output in one project: one `dotnet build` instead of eight (each module has its own namespace).
cs="$work/csharp-all"
rm -rf "$cs"; mkdir -p "$cs"
{
  echo '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework><OutputType>Library</OutputType>'
  echo '<Nullable>enable</Nullable><AllowUnsafeBlocks>true</AllowUnsafeBlocks><TreatWarningsAsErrors>true</TreatWarningsAsErrors>'
  echo '<EnableDefaultCompileItems>false</EnableDefaultCompileItems><NoWarn>$(NoWarn);CS1591</NoWarn></PropertyGroup><ItemGroup>'
  for entry in "${list[@]}"; do n="${entry%% *}"; echo "<Compile Include=\"../$n/out/csharp/*.cs\" />"; done
  echo '</ItemGroup></Project>'
} >"$cs/corpus.csproj"
if dotnet build "$cs/corpus.csproj" -nologo -v quiet -clp:ErrorsOnly >"$cs/build.log" 2>&1; then
  echo "csharp: ${#list[@]} outputs build"
else
  grep -E "error" "$cs/build.log" | sort -u | head -30; echo "csharp: build FAILED ($cs/build.log)"; failed=1
fi

[ $failed = 0 ] || { echo "corpus: FAILED"; exit 1; }
echo "corpus: ${#list[@]} headers, every target compiles, 0 failed"
