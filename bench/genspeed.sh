#!/usr/bin/env bash
# Generator speed for bench/run.sh: `bindgen gen` of every target on /usr/include/sqlite3.h (bench/specs/
# sqlite3.yaml) as a cold process and warm (repeated in one process), vs `swig -python` on the same header.
# usage: genspeed.sh WORK [R]   → one JSON object on stdout
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work=$1 r=${2:-10}
g="$work/genspeed"
mkdir -p "$g"
./bindgen.sh --version >/dev/null   # builds the CLI when needed
dotnet build bench/Bindgen.Bench -c Release -nologo -v quiet -clp:ErrorsOnly >&2
cat >"$g/sqlite3.i" <<'SWIG'
%module sqlite3swig
%{
#include <sqlite3.h>
%}
%include "/usr/include/sqlite3.h"
SWIG
warm=$(dotnet bench/Bindgen.Bench/bin/Release/net10.0/bindgen-bench.dll --gen "$g/warm" bench/specs/sqlite3.yaml "$r")
/usr/bin/python3 - "$g" "$r" "$warm" <<'PY'
import json, statistics, subprocess, sys, time
g, r, warm = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
def times(cmd):
    out = []
    for _ in range(r):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out.append((time.perf_counter() - t) * 1e3)
    return {"min_ms": min(out), "median_ms": statistics.median(out)}
cold = times(["dotnet", "build/cli/bindgen.dll", "gen", "bench/specs/sqlite3.yaml", "--out", g + "/cold", "-q"])
swig = times(["swig", "-python", "-w451", "-o", g + "/sqlite3_wrap.c", "-outdir", g, g + "/sqlite3.i"])
print(json.dumps({"variant": "gen", "mode": "gen", "results": {
    "repeats": r, "cold": cold, "warm": warm["warm"], "first_in_process_ms": warm["first_in_process_ms"], "swig": swig}}))
PY
