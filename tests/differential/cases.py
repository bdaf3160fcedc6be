"""The differential cases: every case of the reliability bad-input matrix (../reliability/matrix.py, the one
generator of cases from `bindgen ir`), plus valid calls at each role's edge values, so that results are
compared too, not only refusals. Every target runs exactly this list (run_outcomes.py; C#: csharp/).

    cases.py IR.json [--full 0|1]   -> one JSON document: {"module", "structs", "handles", "cases"}

Edge values (valid arguments; the other parameters keep their good value):
  value int       0, the lowest and the highest value of the C type (not the highest for SLOW functions)
  value float     0.0, -0.0, 1e308 (out of a C float's range), 5e-324 (the smallest double)
  value enum      every member
  value bool      False
  string utf8     "", non-ASCII text (2-, 3- and 4-byte UTF-8)
  string bytes    b"", non-ASCII bytes
  buffer in       a bytearray and a memoryview instead of bytes, a huge one (1 MiB; full: 16 MiB)
  buffer out      a huge bytearray (1 MiB; full: 16 MiB), one byte
BINDGEN_FULL (--full 1) adds the ints next to each end and powers of two.
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reliability"))
import matrix  # noqa: E402

# C functions whose int parameters scale the work: microseconds of sleep, a timeout, a repeat count (the
# output is len * times bytes). Their highest values would make a case run for hours or allocate gigabytes,
# so they get 0 and the lowest value only.
SLOW = {"demo_busy_sum", "demo_busy_sum_progress", "demo_rendezvous", "demo_repeat"}


def edge_values(spec, role, full, slow):
    """(label, token) valid arguments at the edges of ROLE."""
    kind = role["role"]
    t = role.get("type") or {}
    huge = (16 if full else 1) << 20
    out = []
    if kind in ("value", "inout"):
        tk = t.get("kind")
        if tk == "int":
            lo, hi = matrix.int_range(t)
            values = [0, lo] if slow else [0, lo, hi]
            if full and not slow:
                values += [lo + 1, hi - 1] + [v for b in (7, 8, 15, 16, 31, 32, 63) for v in (1 << b, -(1 << b))
                                              if lo <= v <= hi]
            out += [(f"int={v}", ["lit", v]) for v in dict.fromkeys(values)]
        elif tk == "float":
            out += [("0.0", ["float", "0.0"]), ("-0.0", ["float", "-0.0"]), ("1e308", ["float", "1e308"]),
                    ("5e-324", ["float", "5e-324"])]
        elif tk == "enum":
            out += [(f"enum={m['value']}", ["lit", m["value"]]) for m in spec.enums[t["enum"]]["members"]]
        elif tk == "bool":
            out.append(("false", ["lit", False]))
    elif kind == "string":
        if role.get("encoding") == "utf8":
            out += [("empty", ["str", ""]), ("non-ascii", ["str", "h\u00e9\u20ac\U0001f600"])]
        else:
            out += [("empty-bytes", ["bytes", ""]), ("non-ascii", ["bytes", "68c3a9e282ac"])]
    elif kind == "buffer":
        n = 4 * role.get("element_size", 1)
        if role["direction"] == "in":
            out += [("bytearray", ["pattern_bytearray", n]), ("memoryview", ["memoryview", n]),
                    (f"huge={huge}", ["pattern_bytes", huge])]
        else:
            out += [(f"huge={huge}", ["bytearray", huge]), ("one-byte", ["bytearray", 1])]
    return out


def generate(ir, full=False):
    spec = matrix.Spec(ir)
    cases = matrix.generate(ir)

    def edges(label, call, params, c_name):
        base = matrix.call_args(spec, params)
        if base is None:
            return
        names = [p for p in matrix.visible(params) if not p["role"].get("is_self")]
        for i, p in enumerate(names):
            for suffix, token in edge_values(spec, p["role"], full, c_name in SLOW):
                args = list(base)
                args[i] = token
                cases.append({"id": f"{label}[{p['py_name']}:edge:{suffix}]", "call": call, "args": args,
                              "expect": matrix.accepted(spec)})

    for f in ir["functions"]:
        edges(f["py_name"], {"kind": "function", "name": f["py_name"]}, f["params"], f["c_name"])
    for h in spec.handles.values():
        cls = h["class_name"]
        if "constructor" not in h:  # made only by a factory function (as in matrix.generate)
            continue
        ctor_args = matrix.call_args(spec, h["constructor"]["params"])
        edges(cls, {"kind": "ctor", "class": cls}, h["constructor"]["params"], h["constructor"]["c_name"])
        if ctor_args is None:
            continue
        for m in h["methods"]:
            call = {"kind": "method", "class": cls, "ctor_args": ctor_args, "name": m["py_name"]}
            edges(f"{cls}.{m['py_name']}", call, m["params"], m["c_name"])
    # keyword-only parameters (zlib's crc32(buf, *, crc=0)) are passed by name: call["keywords"] names them
    params = {("function", f["py_name"]): f["params"] for f in ir["functions"]}
    for h in spec.handles.values():
        params[("ctor", h["class_name"])] = h.get("constructor", {}).get("params", [])
        params.update({("method", f"{h['class_name']}.{m['py_name']}"): m["params"] for m in h["methods"]})
    for c in cases:
        call = c["call"]
        key = (call["kind"], call.get("name") if call["kind"] == "function" else
               call.get("class") if call["kind"] == "ctor" else f"{call.get('class')}.{call.get('name')}")
        shown = [p for p in matrix.visible(params.get(key, [])) if not p["role"].get("is_self")]
        if any(p.get("keyword_only") for p in shown):
            c["call"] = dict(call, keywords=[p["py_name"] if p.get("keyword_only") else None for p in shown])
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


def document(ir, full=False):
    structs = {s["class_name"]: [f["py_name"] for f in s.get("fields", []) if f.get("py_name")]
               for s in ir.get("structs", []) if not s.get("opaque")}
    return {"module": ir["name"], "structs": structs,
            "handles": sorted(h["class_name"] for h in ir.get("handles", [])),
            "csharp": csharp_names(ir), "cases": generate(ir, full)}


def csharp_names(ir):
    """For the C# runner: each call's C# name, its visible parameters' C# names in the order the cases pass
    them, and its results (the Python value's parts: return, out/inout parameters, produced buffers)."""
    def entry(fn):
        names = {p["py_name"]: p["cs_name"] for p in fn["params"]}
        return {"name": fn["cs_name"],
                "params": [p["cs_name"] for p in matrix.visible(fn["params"]) if not p["role"].get("is_self")],
                "results": [dict(r, param=names.get(r["param"], r["param"])) if "param" in r else r
                            for r in fn.get("results", [])]}
    out = {f"function:{f['py_name']}": entry(f) for f in ir["functions"]}
    for h in ir.get("handles", []):
        if "constructor" in h:
            out[f"ctor:{h['class_name']}"] = entry(h["constructor"])
        for m in h["methods"]:
            out[f"method:{h['class_name']}.{m['py_name']}"] = entry(m)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ir")
    ap.add_argument("--full", default="0")
    args = ap.parse_args()
    with open(args.ir) as f:
        ir = json.load(f)
    json.dump(document(ir, args.full == "1"), sys.stdout, indent=None)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
