"""Runs the C# bad-input matrix (cases.py) against the generated C# bindings of a spec, in child processes,
so a crash (segfault, abort, a hang past the timeout) is one reported failing case, not a dead suite.

    run_matrix.py IR.json BINDINGS_DIR MODULE_CLASS WORK_DIR

BINDINGS_DIR is `bindgen gen SPEC --target csharp`'s csharp/ folder; the native library must be findable
(LD_LIBRARY_PATH). Builds CsMatrix twice (gen mode writes Cases.g.cs by reflection over the bindings, then the
runner with the cases), runs it, and restarts a fresh child after the case that killed one. Prints one line
per case and a summary by role; exit status 1 when any case failed or crashed, or when there were no cases.
"""

import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.join(HERE, "CsMatrix", "CsMatrix.csproj")
CASE_TIMEOUT = 120  # seconds for one child run (all its cases take ~1 s): a hang counts as a crash


def build(out, bindings, cases_file=None):
    cmd = ["dotnet", "build", PROJECT, "-c", "Release", "-nologo", "-v", "quiet", "-clp:ErrorsOnly;NoSummary",
           "-o", out, f"-p:BindingsDir={bindings}"]
    if cases_file:
        cmd.append(f"-p:CasesFile={cases_file}")
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        print(done.stdout, file=sys.stderr)
        raise SystemExit(f"csharp matrix: building CsMatrix failed (exit {done.returncode})")
    return os.path.join(out, "CsMatrix.dll")


def role_of(case):
    cid = case["id"]
    suffix = cid[cid.rfind("[") + 1:-1]
    return suffix.split(":")[-1] if ":" in suffix else suffix


def main():
    ir_path, bindings, module_class, work = sys.argv[1:5]
    os.makedirs(work, exist_ok=True)
    ir = json.load(open(ir_path))
    sys.path.insert(0, HERE)
    import cases as generator
    cases = generator.generate(ir)
    if not cases:
        print("csharp matrix: no cases generated", file=sys.stderr)
        return 1
    cases += generator.controls()
    cases_path = os.path.join(work, "cases.jsonl")
    with open(cases_path, "w") as f:
        for c in cases:
            f.write(json.dumps(c) + "\n")
    gen_dll = build(os.path.join(work, "gen"), bindings)
    cs_path = os.path.join(work, "Cases.g.cs")
    subprocess.run(["dotnet", gen_dll, "gen", cases_path, cs_path, module_class], check=True)
    run_dll = build(os.path.join(work, "run"), bindings, cs_path)

    results = {}
    start = 0
    while start < len(cases):
        proc = subprocess.Popen(["dotnet", run_dll, "run", cases_path, str(start)], stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        current = None
        try:
            out, _ = proc.communicate(timeout=CASE_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
        for line in out.splitlines():
            if line.startswith("START "):
                current = int(line.split()[1])
            elif current is not None and line.split(" ", 1)[0] in ("PASS", "FAIL", "SKIP"):
                results[current] = line
                current = None
            elif line.startswith("FATAL"):
                print(line)
                return 1
        if current is not None:
            tail = "; ".join(out.splitlines()[-3:])
            results[current] = f"CRASH {cases[current]['id']}: exit {proc.returncode}: {tail}"
            start = current + 1
        elif proc.returncode != 0 and len(results) < len(cases):
            print(f"csharp matrix: runner exited {proc.returncode}:\n{out}", file=sys.stderr)
            return 1
        else:
            start = len(cases)

    by_role = collections.defaultdict(collections.Counter)
    failed = 0
    counts = collections.Counter()
    for i, c in enumerate(cases):
        line = results.get(i, f"FAIL {c['id']}: no result")
        verdict = line.split(" ", 1)[0]
        if "control" in c:
            ok = verdict == c["control"]
            print(f"{'PASS' if ok else 'FAIL'} {c['id']}: the harness reported {verdict} (must be {c['control']})")
            failed += not ok
            continue
        if verdict == "SKIP" and not c["call"].get("may_be_unbound"):
            line = "FAIL" + line[4:] + " (the IR binds it: it must exist in C#)"
            verdict = "FAIL"
        by_role[role_of(c)][verdict] += 1
        counts[verdict] += 1
        print(line)
        failed += verdict in ("FAIL", "CRASH")
    for role in sorted(by_role):
        print(f"  {role}: " + ", ".join(f"{n} {v.lower()}" for v, n in sorted(by_role[role].items())))
    na = generator.not_applicable(ir)
    if na:
        print(f"  not applicable in C#: {len(na)} struct_ref parameter(s), `in T` has no null: {', '.join(na)}")
    print(f"matrix csharp: {sum(counts.values())} cases: {counts['PASS']} passed, {counts['FAIL']} failed, "
          f"{counts['CRASH']} crashed, {counts['SKIP']} skipped (inline/macro, not exported)"
          f"; {len(generator.controls())} harness controls")
    return 1 if failed or counts["PASS"] == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
