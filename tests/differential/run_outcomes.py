"""Runs the differential cases (cases.py's document) against one generated module and writes each case's
normalised outcome, in child processes so that a crash is one case's outcome ("crash"), not a dead run.

    run_outcomes.py CASES.json --python EXE --out OUTCOMES.json      (the module: the document's "module")

The child reuses the reliability matrix's child (../reliability/run_matrix.py: argument tokens, calls,
handle lifecycle, module loading, HPy included) and only adds the normalisation. An outcome is JSON:
  ["ok", VALUE, MUTATED]      VALUE normalised: None, bool, ["int", n] (enums as ints), ["float", repr],
                              ["str", s], ["bytes", hex], lists for tuples/lists, ["handle", class],
                              ["struct", class, {field: VALUE}]; MUTATED: the bytearray arguments afterwards
                              (hex, or ["len", n, sha1] when long), so out buffers are compared too
  ["raise", CLASS, CODE, MESSAGE]   CODE: the exception's `.code` (None when it has none); MESSAGE only for
                              the spec's own exception classes (whose message is the convention's)
  ["lifecycle", None | MESSAGE], plus "frees"/"reentrant"/"callback_calls" details where the case has them
  ["crash", EXIT STATUS]
"""

import argparse
import hashlib
import json
import os
import select
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "reliability"))
import run_matrix  # noqa: E402

CASE_TIMEOUT = 30  # seconds for one case (they take milliseconds): longer counts as a hang


class OutcomeChild(run_matrix.Child):
    def __init__(self, module, doc):
        super().__init__(module)
        self.structs = doc["structs"]
        self.handles = set(doc["handles"])
        self.own = set()  # the spec's exception classes: every Exception subclass the module exports
        for name in dir(module):
            value = getattr(module, name)
            if isinstance(value, type) and issubclass(value, BaseException):
                self.own.add(name)
        self.mutable = []

    def make(self, token):
        kind = token[0]
        if kind == "pattern_bytes":
            return bytes(i % 251 for i in range(token[1]))
        if kind == "pattern_bytearray":
            value = bytearray(i % 251 for i in range(token[1]))
        elif kind == "memoryview":
            return memoryview(bytes(i % 251 for i in range(token[1])))
        else:
            value = super().make(token)
        if isinstance(value, bytearray):
            self.mutable.append(value)
        return value

    def invoke(self, case):
        keywords = case["call"].get("keywords")
        if not keywords or case["call"]["kind"] not in ("function", "method"):
            return super().invoke(case)
        # keyword-only parameters by name (the matrix passes every argument by position)
        call = case["call"]
        values = [self.make(t) for t in case["args"]]
        args = [v for v, k in zip(values, keywords) if k is None]
        kwargs = {k: v for v, k in zip(values, keywords) if k is not None}
        if call["kind"] == "function":
            return getattr(self.mod, call["name"])(*args, **kwargs)
        h = getattr(self.mod, call["class"])(*[self.make(t) for t in call["ctor_args"]])
        if call.get("closed_self"):
            h.close()
        try:
            return getattr(h, call["name"])(*args, **kwargs)
        finally:
            h.close()

    def norm(self, value, depth=0):
        if depth > 4:
            return ["deep", type(value).__name__]
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, int):
            return ["int", int(value)]
        if isinstance(value, float):
            return ["float", repr(value)]
        if isinstance(value, str):
            return ["str", value]
        if isinstance(value, (bytes, bytearray, memoryview)):
            return blob(bytes(value))
        if isinstance(value, (tuple, list)):
            return [self.norm(v, depth + 1) for v in value]
        name = type(value).__name__
        if name in self.handles:
            return ["handle", name]
        if name in self.structs:
            return ["struct", name, {f: self.norm(getattr(value, f, "<missing>"), depth + 1)
                                     for f in self.structs[name]}]
        return ["object", name]

    def raised(self, exc):
        name = type(exc).__name__
        own = name in self.own
        code = getattr(exc, "code", None)
        message = str(exc)
        if isinstance(exc, OSError) and exc.strerror:  # the errno convention's message, not "[Errno N] ..."
            message = exc.strerror
        return ["raise", name, self.norm(code) if own else None, message if own else None]

    def outcome(self, case):
        expect = case["expect"]
        self.calls = 0
        self.reentrant_results = []
        self.mutable = []
        if "lifecycle" in expect:
            try:
                return ["lifecycle", self.lifecycle(case)]
            except BaseException as exc:  # noqa: BLE001 - an outcome like any other
                return self.raised(exc)
        frees = getattr(self.mod, "demo_free_count", None) if "frees" in expect else None
        before = frees() if frees else None
        try:
            result = ["ok", self.norm(self.invoke(case)), [blob(bytes(b)) for b in self.mutable]]
        except BaseException as exc:  # noqa: BLE001 - an outcome like any other
            result = self.raised(exc)
        if frees is not None:
            result.append({"frees": frees() - before})
        if expect.get("reentrant"):
            result.append({"reentrant": [self.norm(r) for r in self.reentrant_results]})
        if expect.get("callback_raises"):
            result.append({"callback_calls": self.calls})
        return result


def blob(data):
    if len(data) <= 64:
        return ["bytes", data.hex()]
    return ["bytes", len(data), hashlib.sha1(data).hexdigest()]


def child_main(cases_file, module, start):
    with open(cases_file) as f:
        doc = json.load(f)
    cases = doc["cases"]
    out = sys.stdout
    try:
        mod = run_matrix.load(module)
        # the generated module, never a namesake elsewhere on sys.path (the standard library's zlib)
        if not any(hasattr(mod, c["call"].get("name") or c["call"].get("class") or "") for c in cases):
            raise ImportError(f"{getattr(mod, '__file__', mod)!r} is not the generated module")
        child = OutcomeChild(mod, doc)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops
        out.write(json.dumps({"fatal": f"cannot import {module}: {type(exc).__name__}: {exc}"}) + "\n")
        return
    for index in range(start, len(cases)):
        out.write(json.dumps({"start": index}) + "\n")
        out.flush()
        try:
            outcome = child.outcome(cases[index])
        except BaseException as exc:  # noqa: BLE001 - a harness problem is an outcome too, and differs
            outcome = ["harness-error", type(exc).__name__, str(exc)]
        out.write(json.dumps({"index": index, "outcome": outcome}) + "\n")
        out.flush()
    run_matrix.collect()
    out.write(json.dumps({"done": True}) + "\n")
    out.flush()


def run_cases(command, count):
    """{index: outcome} from the child processes `command(start)` starts (this file's --child, or the C#
    runner: both print {"start": i} before case i and {"index": i, "outcome": ...} after it, then
    {"done": true}); a child crash or hang is its current case's outcome and a fresh child goes on."""
    outcomes = {}
    start = 0
    while start < count:
        with tempfile.TemporaryFile("w+") as errors:
            proc = subprocess.Popen(command(start), stdout=subprocess.PIPE, stderr=errors, text=True)
            current, done, hung = None, False, False
            while True:
                ready, _, _ = select.select([proc.stdout], [], [], CASE_TIMEOUT)
                if not ready:  # no line for CASE_TIMEOUT seconds: the running case hangs
                    proc.kill()
                    hung = True
                    break
                line = proc.stdout.readline()
                if not line:
                    break
                if not line.startswith("{"):
                    continue
                record = json.loads(line)
                if record.get("fatal"):
                    raise SystemExit(f"differential: {record['fatal']}")
                if "start" in record:
                    current = record["start"]
                elif record.get("done"):
                    done = True
                else:
                    outcomes[record["index"]] = record["outcome"]
                    current = None
            proc.stdout.close()
            proc.wait()
            errors.seek(0)
            stderr = errors.read()
        if done:
            break
        if current is None:  # died between cases (or at exit): nothing to blame, stop rather than loop
            raise SystemExit(f"differential: child exited with {proc.returncode} outside a case: {stderr[-300:]}")
        outcomes[current] = ["hang"] if hung else ["crash", proc.returncode]
        print(f"  {'hang' if hung else 'crash'} in case {current}: exit {proc.returncode}: {stderr.strip()[-200:]}",
              file=sys.stderr)
        start = current + 1
    return outcomes


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return 0
    ap = argparse.ArgumentParser()
    ap.add_argument("cases")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    with open(args.cases) as f:
        doc = json.load(f)
    cases = doc["cases"]
    if not cases:
        print("differential: no cases", file=sys.stderr)
        return 1
    cases_file = os.path.abspath(args.cases)
    outcomes = run_cases(lambda start: [args.python, os.path.abspath(__file__), "--child", cases_file, doc["module"],
                                        str(start)], len(cases))
    return write(cases, outcomes, args.out, every=True)


def write(cases, outcomes, path, every):
    """Writes {case id: outcome}; with EVERY, a case without an outcome fails (1), else it is left out."""
    missing = [c["id"] for i, c in enumerate(cases) if i not in outcomes]
    with open(path, "w") as f:
        json.dump({c["id"]: outcomes[i] for i, c in enumerate(cases) if i in outcomes}, f, indent=0)
    if every and missing:
        print(f"differential: {len(missing)} cases not run, first {missing[0]}", file=sys.stderr)
        return 1
    if not outcomes:
        print("differential: no outcomes at all", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
