"""The C# side of the differential test: builds CsOutcomes against a spec's generated C# bindings, writes the
applicable cases as C# (gen mode, by reflection over the bindings), runs them in child processes (a crash
is that case's outcome, as on Python) and writes the outcomes as JSON, like ../run_outcomes.py.

    run.py CASES.json BINDINGS_DIR WORK_DIR --out OUTCOMES.json

BINDINGS_DIR is `bindgen gen SPEC --target csharp`'s csharp/ folder; the native library must be findable
(LD_LIBRARY_PATH). Cases C#'s static types cannot express (wrong-typed or out-of-range arguments) get no
outcome: compare.py compares them on the Python targets only.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.join(HERE, "CsOutcomes", "CsOutcomes.csproj")
sys.path.insert(0, os.path.dirname(HERE))
import run_outcomes  # noqa: E402


def build(out, bindings, cases_file=None):
    cmd = ["dotnet", "build", PROJECT, "-c", "Release", "-nologo", "-v", "quiet", "-clp:ErrorsOnly;NoSummary",
           "-o", out, f"-p:BindingsDir={bindings}"]
    if cases_file:
        cmd.append(f"-p:CasesFile={cases_file}")
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        print(done.stdout[-6000:], file=sys.stderr)
        raise SystemExit(f"differential csharp: building CsOutcomes failed (exit {done.returncode})")
    return os.path.join(out, "CsOutcomes.dll")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cases")
    ap.add_argument("bindings")
    ap.add_argument("work")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    args.work = os.path.abspath(args.work)
    os.makedirs(args.work, exist_ok=True)
    cases_file = os.path.abspath(args.cases)
    with open(cases_file) as f:
        cases = json.load(f)["cases"]
    gen_dll = build(os.path.join(args.work, "gen"), os.path.abspath(args.bindings))
    cs_path = os.path.join(args.work, "Cases.g.cs")
    subprocess.run(["dotnet", gen_dll, "gen", cases_file, cs_path], check=True)
    run_dll = build(os.path.join(args.work, "run"), os.path.abspath(args.bindings), cs_path)
    outcomes = run_outcomes.run_cases(lambda start: ["dotnet", run_dll, "run", cases_file, str(start)], len(cases))
    return run_outcomes.write(cases, outcomes, args.out, every=False)


if __name__ == "__main__":
    sys.exit(main())
