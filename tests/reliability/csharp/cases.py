"""The C# bad-input matrix: cases generated from the bound IR (`bindgen ir SPEC`), one set per parameter role,
never listed by hand (the C# counterpart of ../matrix.py). Prints one JSON case a line; CsMatrix (gen mode)
turns them into C# calls by reflection over the generated bindings, and run_matrix.py runs them in a child.

C# is statically typed, so the Python matrix's wrong-type and overflow cases do not exist here. Per role:
  string, handle, callback  null -> ArgumentNullException, or when nullable a result or the function's own error
  string                  embedded NUL -> ArgumentException;
                          utf8: a lone surrogate -> an ArgumentException (strict UTF-8 encoder);
                          bytes: invalid UTF-8 -> a result or the function's own error
  buffer                  an empty (default) span -> a result or the function's own error
  handle                  a disposed handle -> ObjectDisposedException;
                          transfer: full: after the call, passing it again, and using it -> ObjectDisposedException,
                          Dispose -> no-op (C owns it now)
  callback                scope call: a callback that throws -> the same exception from the outer call;
                          a callback that calls back into the library -> a result;
                          scope forever (a method): a callback that throws, then every other method of the
                          handle -> the same exception from the call during which C called it
  value int (signed)      -1 -> a result or the function's own error: the exception class of its error
                          convention (return codes: Code not a success code)
  owned results           freed exactly once per call (when the library has FREE_count(), e.g. demo_free_count)
  self (methods)          a disposed handle -> ObjectDisposedException
  handles                 Dispose twice -> no-op, then a method -> ObjectDisposedException; destructor ran
                          (the live-object counter, when the library has one, is back where it was)
  at the end              after a full GC and the finalizers, the live-object counter is 0 (no handle leaked)
  good calls              every function, constructor and method with good values: a result or its own error
struct_ref parameters are `in T` of a blittable struct in C#: no null exists, so no case (not_applicable()
lists them, run_matrix.py prints the count).
"""

import json
import sys


def visible(params):
    return [p for p in params if p["role"].get("visible") and not p["role"].get("is_self")]


def own_errors(ir, fn):
    """The exception FN's error convention raises and its success codes (no class: FN has no convention; the
    runner also accepts the module's base exception, which a NULL from a constructor raises)."""
    name = (fn.get("error_check") or {}).get("error")
    conv = next((e for e in ir.get("errors", []) if e["name"] == name), None)
    # An alloc size no buffer can have (e.g. a size function's error value) is OutOfMemoryException by contract,
    # as MemoryError is in the Python matrix.
    oom = ["OutOfMemoryException"] if any(p["role"].get("alloc") for p in fn["params"]) else []
    if conv is None or not conv.get("exception_class"):
        return {"ok_or": oom}
    expect = {"ok_or": [conv["exception_class"]] + oom}
    if conv["kind"] == "return_code":
        expect["success"] = conv.get("success", [])
    return expect


def bad_values(role, probe, transfer=False):
    kind = role["role"]
    nullable = role.get("nullable", False)
    out = []
    if kind == "string":
        if not nullable:
            out.append(("null", {"raises": "ArgumentNullException"}))
        else:
            out.append(("null", {"ok_or_own": True}))  # nullable: C gets NULL
        out.append(("nul", {"raises": "ArgumentException"}))
        if role.get("encoding") == "utf8":
            out.append(("surrogate", {"raises_family": "ArgumentException"}))  # strict UTF-8: EncoderFallbackException
        else:
            out.append(("invalid-utf8", {"ok_or_own": True}))
    elif kind == "buffer" and role.get("text") == "utf8":  # counted UTF-8 text: a string, NUL allowed
        out.append(("null", {"ok_or_own": True} if nullable else {"raises": "ArgumentNullException"}))
        out.append(("nul", {"ok_or_own": True}))
        out.append(("surrogate", {"raises_family": "ArgumentException"}))
    elif kind == "buffer":
        out.append(("empty", {"ok_or_own": True}))  # default span: C gets a valid pointer and length 0 (or NULL)
    elif kind == "handle":
        if not nullable:
            out.append(("null", {"raises": "ArgumentNullException"}))
        else:
            out.append(("null", {"ok_or_own": True}))  # nullable: C gets NULL
        out.append(("disposed", {"raises": "ObjectDisposedException"}))
        if transfer:  # C takes it: the C# object gives it up (no double destroy), passing it again is refused
            out.append(("transferred", {"lifecycle": True}))
    elif kind == "callback":
        if not nullable:
            out.append(("null", {"raises": "ArgumentNullException"}))
        else:
            out.append(("null", {"ok_or_own": True}))  # nullable: C gets NULL
        if role.get("scope", "call") == "call":
            out.append(("throws", {"rethrows": True}))
            if probe:
                out.append(("reentrant:" + probe, {"reentrant": True}))
        else:  # kept by the handle: C calls it during later calls, which re-throw its exception
            out.append(("throws-later", {"rethrows_later": True}))
    elif kind in ("value", "inout"):
        t = role.get("type") or {}
        if t.get("kind") == "int" and t.get("signed"):
            out.append(("negative", {"ok_or_own": True}))
    return out


def generate(ir):
    cases = []
    probe = next((f["cs_name"] for f in ir["functions"] if not visible(f["params"])
                  and f["return"]["kind"] != "void" and not f.get("error_check")), None)
    live = next((f["cs_name"] for f in ir["functions"] if f["c_name"].endswith("_live_objects")
                 and not visible(f["params"])), None)
    def emit(case_id, call, param, bad, expect):
        if expect.get("ok_or_own"):
            expect = own_errors(ir, call["fn"])
        call = {k: v for k, v in call.items() if k != "fn"}
        cases.append({"id": case_id, "call": call, "param": param, "bad": bad, "expect": expect})

    def for_callable(label, call, params, has_self):
        emit(f"{label}[good]", call, None, None, {"ok_or_own": True})
        for p in visible(params):
            for bad, expect in bad_values(p["role"], probe, p.get("transfer_full", False)):
                emit(f"{label}[{p['cs_name']}:{bad.split(':')[0]}]", call, p["cs_name"], bad, expect)
        if has_self:
            emit(f"{label}[self:disposed]", call, "self", "disposed", {"raises": "ObjectDisposedException"})

    for f in ir["functions"]:
        # static inline functions and function-like macros: C# calls them through the shim library
        call = {"kind": "function", "name": f["cs_name"], "may_be_unbound": False, "fn": f}
        for_callable(f["cs_name"], call, f["params"], False)
        # owned results (returned or out) freed exactly once per call, when the library counts its frees
        owned = [f["return"]] + [p["role"] for p in f["params"] if p["role"]["role"] == "out"]
        frees = {r["free"] for r in owned if r.get("ownership") == "owned" and r.get("free")}
        counter = next((g["cs_name"] for g in ir["functions"] for free in frees
                        if g["c_name"] == free + "_count" and not visible(g["params"])), None)
        if counter:
            emit(f"{f['cs_name']}[owned-result:freed-once]", dict(call, counter=counter), None, None,
                 {"frees": 1})
    for h in ir.get("handles", []):
        cls = h["class_name"]
        if "constructor" not in h:  # made only by a factory function (demo's DemoWidget), whose own cases cover it
            continue
        for_callable(cls, {"kind": "ctor", "class": cls, "fn": h["constructor"]}, h["constructor"]["params"], False)
        for m in h["methods"]:
            has_self = any(p["role"].get("is_self") for p in m["params"])
            call = {"kind": "method" if has_self else "function", "class": cls, "name": m["cs_name"], "fn": m}
            for_callable(f"{cls}.{m['cs_name']}", call, m["params"], has_self)
        use = next((m["cs_name"] for m in h["methods"] if not visible(m["params"])
                    and any(p["role"].get("is_self") for p in m["params"])), None)
        cases.append({"id": f"{cls}[lifecycle:dispose-twice-then-use]", "call": {"kind": "lifecycle", "class": cls,
                      "use": use, "live": live}, "param": None, "bad": None, "expect": {"lifecycle": True}})
    if live:  # last: every handle the cases left to the GC is finalized, so no C object is left alive
        cases.append({"id": f"module[leaks:{live}-zero-after-gc]", "call": {"kind": "finalized", "live": live},
                      "param": None, "bad": None, "expect": {"lifecycle": True}})
    return cases


def not_applicable(ir):
    """Parameters whose bad values C#'s types rule out: struct_ref is `in T` (no null)."""
    fns = ir["functions"] + [m for h in ir.get("handles", []) for m in h["methods"] + ([h["constructor"]] if "constructor" in h else [])]
    return [f"{f['cs_name']}({p['cs_name']})" for f in fns for p in visible(f["params"])
            if p["role"]["role"] == "struct_ref"]


def controls():
    """Two cases that must NOT pass, proving the harness sees a wrong result and a crash."""
    return [{"id": "control[mismatch]", "call": {"kind": "control", "what": "nothing"}, "param": None, "bad": None,
             "expect": {"raises": "ArgumentNullException"}, "control": "FAIL"},
            {"id": "control[crash]", "call": {"kind": "control", "what": "crash"}, "param": None, "bad": None,
             "expect": {"ok_or": []}, "control": "CRASH"}]


def main():
    ir = json.load(open(sys.argv[1]))
    for case in generate(ir):
        print(json.dumps(case))


if __name__ == "__main__":
    main()
