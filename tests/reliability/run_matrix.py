"""Runs the bad-input matrix (matrix.py) against one generated module, in child processes, so that a
crash (segfault, abort, a hang past the timeout) is one reported failing case, not a dead suite.

    run_matrix.py IR.json MODULE --python EXE [--repeat N] [--report FILE]

The parent (any Python 3) generates the cases and starts `EXE run_matrix.py --child ...`, which imports
MODULE (sys.path/PYTHONPATH as set by the caller; BINDGEN_HPY_DEBUG=1 loads HPy in debug mode), runs
the cases in order and prints one line per finished case. When the child dies, the case it was running
is recorded as a crash and a fresh child continues with the next case. Exit status 1 when any case
failed or crashed, or when there were no cases at all.
"""

import argparse
import gc
import json
import os
import platform
import subprocess
import sys
import tempfile

CASE_TIMEOUT = 120  # seconds for a whole child batch without progress: a hang counts as a crash


# -- child ---------------------------------------------------------------------------------------

# The documented HPy 0.0.4 limitation (README): no callbacks from threads created in C.
HPY_NO_FOREIGN_THREADS = "HPy 0.0.4 cannot enter Python there"
LIMITATION = "LIMITATION: "
INFO = "INFO: "


class MatrixBoom(Exception):
    pass


def collect():
    for _ in range(3 if platform.python_implementation() == "CPython" else 6):
        gc.collect()


class Child:
    def __init__(self, module):
        self.mod = module
        self.refcount_deltas = []
        self.block_deltas = []
        self.count_refs = os.environ.get("MATRIX_COUNT_REFS", "1") == "1"
        self.hpy_debug = os.environ.get("BINDGEN_HPY_DEBUG") == "1"
        self.all_cases = []
        self.kept = []

    def make(self, token):
        kind = token[0]
        if kind == "lit":
            return token[1]
        if kind == "float":
            return float(token[1])
        if kind == "bytes":
            return bytes.fromhex(token[1])
        if kind == "bytearray":
            return bytearray(token[1])
        if kind == "noncontig":
            return memoryview(bytearray(2 * token[1]))[::2]
        if kind == "str":
            return token[1]
        if kind == "object":
            return object()
        if kind == "leak":  # the leak-detection control: keeps one new object per call
            self.kept.append(object())
            return self.kept[-1]
        if kind == "struct":
            return getattr(self.mod, token[1])()
        if kind in ("handle", "closed_handle"):
            h = getattr(self.mod, token[1])(*[self.make(t) for t in token[2]])
            if kind == "closed_handle":
                h.close()
            return h
        if kind == "callback":
            result = token[1]
            return lambda *args: result
        if kind == "raising_callback":
            def explode(*args):
                self.calls += 1
                raise MatrixBoom("raised by the callback")
            return explode
        if kind == "reentrant_callback":
            result, probe = token[1], token[2]

            def reenter(*args):
                self.calls += 1
                self.reentrant_results.append(getattr(self.mod, probe)())
                return result
            self.reentrant_probe = probe
            return reenter
        raise ValueError(f"unknown token {token!r}")

    def invoke(self, case):
        call = case["call"]
        args = [self.make(t) for t in case["args"]]
        if call["kind"] == "function":
            return getattr(self.mod, call["name"])(*args)
        if call["kind"] == "ctor":
            h = getattr(self.mod, call["class"])(*args)
            h.close()
            return h
        if call["kind"] == "method":
            h = getattr(self.mod, call["class"])(*[self.make(t) for t in call["ctor_args"]])
            if call.get("closed_self"):
                h.close()
            try:
                return getattr(h, call["name"])(*args)
            finally:
                h.close()
        raise ValueError(f"unknown call {call!r}")

    def lifecycle(self, case):
        call = case["call"]
        live = getattr(self.mod, "demo_live_objects", None)
        collect()
        before = live() if live else None
        cls = getattr(self.mod, call["class"])
        ctor_args = [self.make(t) for t in call["ctor_args"]]
        h = cls(*ctor_args)
        h.close()
        h.close()  # the destructor must not run again
        if call.get("probe"):
            try:
                getattr(h, call["probe"])()
                return "use after close did not raise"
            except ValueError:
                pass
        with cls(*ctor_args) as h2:
            pass
        h2.close()
        for _ in range(3):
            cls(*ctor_args)  # dropped: the finalizer runs the destructor once
        del h, h2
        collect()
        if live is not None and live() != before:
            return f"demo_live_objects changed by {live() - before} (destructor not run exactly once)"
        return None

    def repeated(self, case, repeat):
        """Runs CASE REPEAT times; with REPEAT >= 10 also fails it when, after warm-up calls, the allocated
        memory blocks (sys.getallocatedblocks, any build) or, on a debug interpreter, the total reference
        count (sys.gettotalrefcount) grew by half a block or reference per call or more."""
        total = getattr(sys, "gettotalrefcount", lambda: 0)
        for _ in range(repeat if repeat < 10 else 3):  # warm-up
            message = self.run(case)
            if message:
                return message
        if repeat < 10:
            return None
        # A real leak grows steadily; interpreter caches grow in bounded bursts (CPython's own type lookups
        # and free lists, a few dozen blocks, then nothing). A case is a suspect when a window of REPEAT
        # calls grew by half a block or reference per call, and fails only when each of three confirmation
        # windows of max(20 * REPEAT, 400) calls grows by as much per call.
        confirm = max(20 * repeat, 400)
        for window, calls in enumerate((repeat, confirm, confirm, confirm)):
            gc.collect()
            refs, blocks = total(), sys.getallocatedblocks()
            for _ in range(calls):
                message = self.run(case)
                if message:
                    return message
            gc.collect()
            refs, blocks = total() - refs, sys.getallocatedblocks() - blocks
            if not self.count_refs:
                refs = 0
            if window == 0:
                self.refcount_deltas.append(refs)
                self.block_deltas.append(blocks)
            if blocks < calls // 2 and refs < calls // 2:
                return None
        if blocks >= calls // 2:
            return f"LEAK: {blocks} more allocated blocks after {calls} calls (reference count {refs:+d})"
        return f"LEAK: total reference count grew by {refs} over {calls} calls ({blocks:+d} blocks)"

    def whole_rounds(self, rounds):
        """Every other case ROUNDS times over: tracemalloc'd memory, RSS and live C objects must stay flat."""
        import tracemalloc
        cases = [c for c in self.all_cases if "whole_rounds" not in c["expect"] and not c["id"].endswith("control")]
        live = getattr(self.mod, "demo_live_objects", None)

        def one_round():
            for case in cases:
                message = self.run(case)
                if message:
                    return f"{case['id']}: {message}"
            return None

        for _ in range(2):
            message = one_round()
            if message:
                return message
        collect()
        live0 = live() if live else 0
        rss0 = rss_bytes()
        tracemalloc.start()
        traced0 = tracemalloc.get_traced_memory()[0]
        for _ in range(rounds):
            message = one_round()
            if message:
                return message
        collect()
        traced = tracemalloc.get_traced_memory()[0] - traced0
        tracemalloc.stop()
        rss = rss_bytes() - rss0
        calls = rounds * len(cases)
        refs, blocks = self.refcount_deltas, self.block_deltas
        summary = (f"{calls} calls in {rounds} rounds: tracemalloc {traced:+d} B, RSS {rss:+d} B, "
                   f"live C objects {(live() if live else 0) - live0:+d}"
                   + (f"; per case: refcount delta max {max(refs)}, allocated-block delta max {max(blocks)}"
                      if refs else ""))
        sys.stderr.write("whole rounds: " + summary + "\n")
        if live and live() != live0:
            return "LEAK: C objects left alive: " + summary
        if traced > 256 * 1024:
            return "LEAK: tracemalloc grew: " + summary
        if rss > 16 * 1024 * 1024:
            return "LEAK: RSS grew: " + summary
        return "INFO: " + summary

    def run(self, case):
        """None when the case passed, else a message. With BINDGEN_HPY_DEBUG=1 (the module loaded in HPy
        debug mode) every run is inside hpy.debug.LeakDetector: a handle left open fails the case."""
        if not self.hpy_debug:
            return self.run_plain(case)
        from hpy.debug import LeakDetector
        detector = LeakDetector()
        detector.start()
        message = self.run_plain(case)
        try:
            detector.stop()
        except Exception as exc:  # noqa: BLE001 - HPyLeakError lists the open handles
            return message or f"HPy debug mode: {type(exc).__name__}: {exc}"
        return message

    def run_plain(self, case):
        expect = case["expect"]
        self.calls = 0
        self.reentrant_results = []
        if "lifecycle" in expect:
            return self.lifecycle(case)
        frees = getattr(self.mod, "demo_free_count", None) if "frees" in expect else None
        before = frees() if frees else None
        try:
            result = self.invoke(case)
        except BaseException as exc:  # noqa: BLE001 - judged below
            name = type(exc).__name__
            if isinstance(exc, RuntimeError) and HPY_NO_FOREIGN_THREADS in str(exc):
                return LIMITATION + str(exc)
            mro = {k.__name__ for k in type(exc).__mro__}
            if "raises" in expect:
                return None if mro & set(expect["raises"]) else f"raised {name}: {exc} (expected {expect['raises']})"
            if "ok_or" in expect:
                return None if mro & set(expect["ok_or"]) else f"raised {name}: {exc}"
            if expect.get("callback_raises"):
                return None if isinstance(exc, MatrixBoom) else f"raised {name}: {exc} (expected MatrixBoom)"
            return f"raised {name}: {exc}"
        if "raises" in expect:
            return f"returned {result!r} (expected {expect['raises']})"
        if expect.get("callback_raises") and self.calls:
            return f"returned {result!r} although the callback raised"
        if expect.get("reentrant"):
            direct = getattr(self.mod, self.reentrant_probe)()
            if any(r != direct for r in self.reentrant_results):
                return f"re-entrant call returned {self.reentrant_results!r}, directly {direct!r}"
        if frees is not None:
            delta = frees() - before
            if delta != expect["frees"]:
                return f"owned return freed {delta} times (expected {expect['frees']})"
        return None


def rss_bytes():
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def load(name):
    import importlib
    try:
        return importlib.import_module(name)
    except ImportError:
        import glob
        try:
            import hpy.universal
        except ImportError:
            raise ImportError(f"{name} not importable, and no hpy.universal to try") from None
        for directory in sys.path:
            for so in sorted(glob.glob(os.path.join(directory or ".", f"{name}.hpy*.so"))):
                return hpy.universal.load(name, so)
        raise


def child_main(cases_file, module, start, repeat):
    with open(cases_file) as f:
        cases = json.load(f)
    out = sys.stdout
    try:
        child = Child(load(module))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops
        out.write(json.dumps({"fatal": f"cannot import {module}: {type(exc).__name__}: {exc}"}) + "\n")
        return
    child.all_cases = cases
    for index in range(start, len(cases)):
        try:
            if "whole_rounds" in cases[index]["expect"]:
                message = child.whole_rounds(cases[index]["expect"]["whole_rounds"])
            else:
                message = child.repeated(cases[index], repeat)
        except BaseException as exc:  # noqa: BLE001 - a harness problem is a failure too
            message = f"harness error {type(exc).__name__}: {exc}"
        out.write(json.dumps({"index": index, "error": message}) + "\n")
        out.flush()
    collect()
    out.write(json.dumps({"done": True}) + "\n")
    out.flush()


# -- parent --------------------------------------------------------------------------------------

def run_cases(cases, module, python, repeat, env=None):
    """Returns {index: None | message}; a child crash marks its current case and continues."""
    results = {}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(cases, f)
        cases_file = f.name
    try:
        start = 0
        while start < len(cases):
            proc = subprocess.Popen(
                [python, os.path.abspath(__file__), "--child", cases_file, module, str(start), str(repeat)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            try:
                stdout, stderr = proc.communicate(timeout=CASE_TIMEOUT + len(cases) * repeat * 0.05)
            except subprocess.TimeoutExpired:
                proc.kill()
                stdout, stderr = proc.communicate()
                stderr += "\n(timeout: killed)"
            done = False
            for line in stdout.splitlines():
                if not line.startswith("{"):
                    continue
                record = json.loads(line)
                if record.get("fatal"):
                    raise SystemExit(f"matrix: {record['fatal']}")
                if record.get("done"):
                    done = True
                else:
                    results[record["index"]] = record["error"]
                    start = record["index"] + 1
            if done and proc.returncode == 0:
                break
            if start >= len(cases):
                # every case finished, but the interpreter failed at exit (e.g. a crash in a finalizer)
                results[len(cases) - 1] = (results.get(len(cases) - 1) or "") + \
                    f" [interpreter exited with {proc.returncode} after the last case: {stderr.strip()[-300:]}]"
                break
            results[start] = f"CRASH: child exited with {proc.returncode}: {stderr.strip()[-300:]}"
            start += 1
    finally:
        os.unlink(cases_file)
    return results


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
        return 0
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import matrix
    ap = argparse.ArgumentParser()
    ap.add_argument("ir")
    ap.add_argument("module")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--repeat", type=int, default=1, help="run each case N times (leak hunting)")
    ap.add_argument("--rounds", type=int, default=0,
                    help="then run all cases ROUNDS more times: tracemalloc, RSS and live C objects must stay flat")
    ap.add_argument("--label", default="")
    ap.add_argument("--only", default="", help="substring of the case ids to run")
    args = ap.parse_args()
    with open(args.ir) as f:
        cases = matrix.generate(json.load(f))
    cases = [c for c in cases if args.only in c["id"]]
    if not cases:
        print("matrix: no cases generated", file=sys.stderr)
        return 1
    # Control case: a good call that is told to expect TypeError must be reported as failing, proving
    # that the child really calls the module and judges the outcome.
    control = next((dict(c, id="control", expect={"raises": ["TypeError"]}) for c in cases
                    if c["expect"].get("frees") or c["expect"].get("reentrant")), None)
    leak_control = None
    if args.repeat >= 10:
        # Leak control: a call whose argument the harness itself keeps must be reported as a leak.
        leak_control = next((dict(c, id="leak-control", args=[["leak"]] + c["args"][1:]) for c in cases
                             if c["id"].endswith(":object]")), None)
    if args.rounds:
        cases.append({"id": "all-cases[whole-rounds:tracemalloc+rss+live-objects]", "call": {}, "args": [],
                      "expect": {"whole_rounds": args.rounds}})
    controls = [c for c in (control, leak_control) if c]
    results = run_cases(cases + controls, args.module, args.python, args.repeat)
    outcome = {c["id"]: results.pop(len(cases) + i, None) for i, c in enumerate(controls)}
    if control and not outcome["control"]:
        print(f"matrix {args.label}: the control case passed: the harness judges nothing", file=sys.stderr)
        return 1
    if leak_control and not (outcome["leak-control"] or "").startswith("LEAK"):
        print(f"matrix {args.label}: the leak control was not reported ({outcome['leak-control']!r}): "
              "the leak check measures nothing", file=sys.stderr)
        return 1
    for i, msg in sorted(results.items()):
        if msg and msg.startswith(INFO):
            print(f"{args.label} {cases[i]['id']}: {msg[len(INFO):]}")
            results[i] = None
    limited = [(cases[i]["id"], msg) for i, msg in sorted(results.items()) if msg and msg.startswith(LIMITATION)]
    failed = [(cases[i]["id"], msg) for i, msg in sorted(results.items()) if msg and not msg.startswith(LIMITATION)]
    missing = len(cases) - len(results)
    for case_id, msg in limited:
        print(f"limited {args.label} {case_id}: {msg[len(LIMITATION):]}")
    for case_id, msg in failed:
        print(f"FAIL {args.label} {case_id}: {msg}")
    crashes = sum(1 for _, m in failed if m.startswith("CRASH"))
    print(f"matrix {args.label}: {len(cases)} cases, {len(cases) - len(failed) - missing - len(limited)} passed, "
          f"{len(limited)} documented limitations, {len(failed)} failed ({crashes} crashes), {missing} not run")
    return 1 if failed or missing else 0


if __name__ == "__main__":
    sys.exit(main())
