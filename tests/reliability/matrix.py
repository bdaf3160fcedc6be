"""The bad-input matrix: cases generated from the bound IR (`bindgen ir SPEC`), one set per parameter
role, never listed by hand. Each case is plain JSON (values are tokens that the child turns into Python
objects), so the same list runs on every target and in a child process (see run_matrix.py).

Roles and what they get (other parameters get a good value, so only the bad one can fail):
  value int      None, str, float, NaN, one past each end of the C type's range, 2**100  -> TypeError/OverflowError;
                 -1 for signed types (negative counts and lengths) -> a result or the function's own error
  value float    None, str, an int too large for a double -> TypeError/OverflowError; NaN, +-inf -> accepted
  value enum     None, str, one past the top of its C type -> TypeError/OverflowError
  value struct / struct_ref   None (unless nullable), int, another struct class, a handle -> TypeError
  string utf8    None (unless nullable), bytes, int -> TypeError; embedded NUL, lone surrogate -> ValueError
  string bytes   None, str, int -> TypeError; embedded NUL -> ValueError; invalid UTF-8 -> accepted
  counted utf8   (string: utf8 + length) None (unless nullable), bytes, int -> TypeError; embedded NUL, "" -> accepted;
                 lone surrogate -> ValueError
  buffer in      None (unless nullable), str, int -> TypeError; non-contiguous -> TypeError/BufferError;
                 zero-length -> accepted (or the function's own error)
  buffer out/inout  read-only bytes, None, str -> TypeError; non-contiguous; zero-length -> accepted/own error
  handle         None (unless nullable), int, another handle class -> TypeError; a closed handle -> ValueError
  callback       None (unless nullable), a non-callable -> TypeError; scope call: a callback that raises
                 (re-raised when C called it), a callback that calls back into the module (correct result)
  self (methods) a closed handle -> ValueError
  handles        close twice, then use -> ValueError; destructor runs once (demo_live_objects when present)
  owned returns  freed exactly once per call (demo_free_count when the free function is demo_free), returned
                 strings and owned out parameters alike
  good calls     every function, constructor and method with good values: a result or its own error
"""

import json
import sys

TYPE = ["TypeError"]
OVERFLOW = ["OverflowError"]
VALUE = ["ValueError"]
NON_CONTIGUOUS = ["TypeError", "BufferError", "ValueError"]


class Spec:
    """The parts of the IR the generator needs, indexed."""

    def __init__(self, ir):
        self.ir = ir
        self.structs = {s["c_name"]: s for s in ir.get("structs", [])}
        self.handles = {h["c_type"]: h for h in ir.get("handles", [])}
        self.enums = {e["c_name"]: e for e in ir.get("enums", [])}
        self.errors = sorted({e["exception_class"] for e in ir.get("errors", []) if e.get("exception_class")})
        zero_arg = [f for f in ir["functions"] if not visible(f["params"]) and f["return"]["kind"] != "void"
                    and not f.get("error_check")]
        self.probe = zero_arg[0]["py_name"] if zero_arg else None


def visible(params):
    return [p for p in params if p["role"].get("visible")]


def int_range(t):
    bits = 8 * t["size"]
    return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if t.get("signed") else (0, (1 << bits) - 1)


def good_value(spec, role, depth=0):
    """A value every target accepts for ROLE (never None: None is its own case)."""
    kind = role["role"]
    t = role.get("type") or {}
    if kind in ("value", "inout"):
        tk = t.get("kind")
        if tk == "int":
            return ["lit", 1]
        if tk == "float":
            return ["lit", 1.0]
        if tk == "bool":
            return ["lit", True]
        if tk == "enum":
            members = spec.enums[t["enum"]]["members"]
            return ["lit", members[-1]["value"] if members else 0]
        if tk == "struct":
            return ["struct", spec.structs[t["struct"]]["class_name"]]
        if tk == "string":
            return ["str", "1"]
        return None
    if kind == "string":
        return ["str", "1"] if role.get("encoding") == "utf8" else ["bytes", "31"]
    if kind == "buffer" and role.get("text") == "utf8":  # counted UTF-8 text takes str
        return ["str", "1"]
    if kind == "buffer":
        n = 4 * role.get("element_size", 1)
        return ["bytes", "00" * n] if role["direction"] == "in" else ["bytearray", n]
    if kind == "struct_ref":
        return ["struct", spec.structs[role["struct"]]["class_name"]]
    if kind == "handle":
        return handle_token(spec, role["handle"], depth) if depth < 3 else None
    if kind == "callback":
        return ["callback", callback_result(role)]
    return None


def callback_result(role):
    ret = role["signature"]["return"]
    return {"int": 0, "float": 0.0, "bool": False, "enum": 0}.get(ret.get("kind"))


def handle_token(spec, c_type, depth=0, closed=False):
    h = spec.handles[c_type]
    if "constructor" not in h:  # made only by a factory function (demo's DemoWidget): no token of its own
        return None
    args = call_args(spec, h["constructor"]["params"], depth + 1)
    if args is None:
        return None
    return ["closed_handle" if closed else "handle", h["class_name"], args]


def call_args(spec, params, depth=0):
    args = []
    for p in visible(params):
        if p["role"].get("is_self"):
            continue
        value = good_value(spec, p["role"], depth)
        if value is None:
            return None
        args.append(value)
    return args


def bad_values(spec, role, name):
    """(case id suffix, token, expectation) for one parameter role."""
    kind = role["role"]
    t = role.get("type") or {}
    nullable = role.get("nullable", False)
    out = []

    def add(label, token, expect):
        out.append((label, token, expect))

    def wrong_types(*extra):
        if not nullable:
            add("none", ["lit", None], raises(TYPE))
        add("object", ["object"], raises(TYPE))
        for label, token in extra:
            add(label, token, raises(TYPE))

    if kind in ("value", "inout"):
        tk = t.get("kind")
        if tk == "int":
            lo, hi = int_range(t)
            wrong_types(("str", ["str", "1"]), ("float", ["lit", 1.5]), ("nan", ["float", "nan"]))
            if lo < 0:
                add("negative", ["lit", -1], accepted(spec))  # e.g. a negative count or length: C decides
            add("min-1", ["lit", lo - 1], raises(OVERFLOW))
            add("max+1", ["lit", hi + 1], raises(OVERFLOW))
            add("huge", ["lit", 1 << 100], raises(OVERFLOW))
        elif tk == "float":
            wrong_types(("str", ["str", "1.0"]))
            add("int-too-big", ["lit", 10 ** 400], raises(OVERFLOW))
            for special in ("nan", "inf", "-inf"):
                add(special, ["float", special], accepted(spec))
        elif tk == "enum":
            lo, hi = int_range(t)
            wrong_types(("str", ["str", "1"]), ("float", ["lit", 1.5]))
            add("max+1", ["lit", hi + 1], raises(OVERFLOW))
        elif tk == "struct":
            wrong_types(("int", ["lit", 42]), *other_struct(spec, t["struct"]))
        elif tk == "bool":
            pass  # every object has a truth value
    elif kind == "struct_ref":
        wrong_types(("int", ["lit", 42]), *other_struct(spec, role["struct"]))
    elif kind == "string":
        if role.get("encoding") == "utf8":
            wrong_types(("bytes", ["bytes", "31"]), ("int", ["lit", 1]))
            add("nul", ["str", "a\0b"], raises(VALUE))
            add("surrogate", ["str", "\ud800"], raises(VALUE))
        else:
            wrong_types(("str", ["str", "1"]), ("int", ["lit", 1]))
            add("nul", ["bytes", "610062"], raises(VALUE))
            add("invalid-utf8", ["bytes", "fffe"], accepted(spec))
    elif kind == "buffer" and role.get("text") == "utf8":  # counted UTF-8 text: str only, NUL allowed
        wrong_types(("bytes", ["bytes", "31"]), ("int", ["lit", 1]))
        add("nul", ["str", "a\0b"], accepted(spec))
        add("empty", ["str", ""], accepted(spec))
        add("surrogate", ["str", "\ud800"], raises(VALUE))
    elif kind == "buffer":
        n = role.get("element_size", 1)
        if role["direction"] == "in":
            wrong_types(("str", ["str", "text"]), ("int", ["lit", 4]))
            add("empty", ["bytes", ""], accepted(spec))
        else:
            wrong_types(("str", ["str", "text"]), ("readonly", ["bytes", "00" * 4 * n]))
            add("empty", ["bytearray", 0], accepted(spec))
        add("non-contiguous", ["noncontig", 4 * n], raises(NON_CONTIGUOUS))
    elif kind == "handle":
        others = [(f"other-handle-{h['class_name']}", handle_token(spec, c))
                  for c, h in spec.handles.items() if c != role["handle"]]
        wrong_types(("int", ["lit", 42]), *[(label, tok) for label, tok in others if tok])
        closed = handle_token(spec, role["handle"], closed=True)
        if closed:
            add("closed", closed, raises(VALUE))
    elif kind == "callback":
        wrong_types(("str", ["str", "not callable"]), ("int", ["lit", 42]))
        if role.get("scope", "call") == "call":
            add("raises", ["raising_callback"], {"callback_raises": True})
            if spec.probe:
                add("reentrant", ["reentrant_callback", callback_result(role), spec.probe], {"reentrant": True})
    return out


def other_struct(spec, c_name):
    return [(f"other-struct-{s['class_name']}", ["struct", s["class_name"]])
            for c, s in spec.structs.items() if c != c_name and not s.get("opaque")][:1]


def raises(names):
    return {"raises": list(names)}


def accepted(spec):
    # No crash: a result, or the function's own error classes / a clean ValueError-family refusal.
    return {"ok_or": spec.errors + ["ValueError", "OverflowError", "MemoryError"]}


def generate(ir):
    spec = Spec(ir)
    cases = []

    def emit(case_id, call, args, expect):
        cases.append({"id": case_id, "call": call, "args": args, "expect": expect})

    def for_callable(label, call, params, self_role=None):
        base = call_args(spec, params)
        if base is None:
            return
        emit(f"{label}[good]", call, base, accepted(spec))
        names = [p for p in visible(params) if not p["role"].get("is_self")]
        for i, p in enumerate(names):
            for suffix, token, expect in bad_values(spec, p["role"], p["py_name"]):
                if token is None:
                    continue
                args = list(base)
                args[i] = token
                emit(f"{label}[{p['py_name']}:{suffix}]", call, args, expect)
        if self_role is not None:
            emit(f"{label}[self:closed]", dict(call, closed_self=True), base, raises(VALUE))

    for f in ir["functions"]:
        for_callable(f["py_name"], {"kind": "function", "name": f["py_name"]}, f["params"])
        owned = [f["return"]] + [p["role"] for p in f["params"] if p["role"]["role"] == "out"]
        if any(r.get("ownership") == "owned" and r.get("free") == "demo_free" for r in owned):
            args = call_args(spec, f["params"])
            if args is not None:
                emit(f"{f['py_name']}[owned-return:freed-once]", {"kind": "function", "name": f["py_name"]},
                     args, {"frees": 1})
    for c_type, h in spec.handles.items():
        cls = h["class_name"]
        if "constructor" not in h:  # made only by a factory function, whose own cases cover it
            continue
        ctor_args = call_args(spec, h["constructor"]["params"])
        for_callable(cls, {"kind": "ctor", "class": cls}, h["constructor"]["params"])
        if ctor_args is None:
            continue
        for m in h["methods"]:
            self_role = next((p["role"] for p in m["params"] if p["role"].get("is_self")), None)
            call = {"kind": "method", "class": cls, "ctor_args": ctor_args, "name": m["py_name"]}
            for_callable(f"{cls}.{m['py_name']}", call, m["params"], self_role)
        emit(f"{cls}[lifecycle:close-twice-then-use]", {"kind": "lifecycle", "class": cls, "ctor_args": ctor_args,
             "probe": next((m["py_name"] for m in h["methods"] if call_args(spec, m["params"]) == []), None)},
             [], {"lifecycle": True})
    return cases


def main():
    ir = json.load(open(sys.argv[1]))
    for case in generate(ir):
        print(json.dumps(case))


if __name__ == "__main__":
    main()
