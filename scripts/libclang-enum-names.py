#!/usr/bin/env python3
"""Rewrites libclang enum members in C# under src/Parser from their C names to the generated ones.

The parser's interop is generated from the root bindings.yaml, whose `strip_prefix` and PascalCase rules name
members like bindgen names every C# enum member: CXCursorKind.CXCursor_StructDecl -> CXCursorKind.StructDecl,
CXTypeKind.CXType_Char_U -> CXTypeKind.CharU. Run it on parser code written against the old hand-written names
(e.g. a branch merged after self-hosting): python3 scripts/libclang-enum-names.py [FILES...] (default: src/Parser).
"""
import glob
import re
import sys

PREFIXES = {
    "CXCursorKind": "CXCursor_", "CXTypeKind": "CXType_", "CXTokenKind": "CXToken_",
    "CXDiagnosticSeverity": "CXDiagnostic_", "CXChildVisitResult": "CXChildVisit_", "CX_StorageClass": "CX_SC_",
    "CXCallingConv": "CXCallingConv_", "CXTranslationUnit_Flags": "CXTranslationUnit_", "CXErrorCode": "CXError_",
    "CXTypeLayoutError": "CXTypeLayoutError_",
}
PATTERN = re.compile(r"\b(" + "|".join(PREFIXES) + r")\.([A-Za-z0-9_]+)")


def camel(name: str) -> str:
    """bindgen's Naming.CamelCase: split on '_', capitalize each part, lower the rest of all-caps parts."""
    out = ""
    for part in (p for p in name.split("_") if p):
        all_upper = all(not c.isalpha() or c.isupper() for c in part)
        out += part[0].upper() + (part[1:].lower() if all_upper else part[1:])
    return "_" + out if out[:1].isdigit() else out or "_"


def rename(match: re.Match) -> str:
    enum, member = match.group(1), match.group(2)
    prefix = PREFIXES[enum]
    return f"{enum}.{camel(member[len(prefix):])}" if member.startswith(prefix) else match.group(0)


files = sys.argv[1:] or [f for f in glob.glob("src/Parser/**/*.cs", recursive=True) if "/Generated/" not in f]
for path in files:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    new = PATTERN.sub(rename, text)
    # CXEvalResultKind is an anonymous enum in Index.h: its members are constants of the Libclang class.
    new = re.sub(r"\bCXEvalResultKind\.CXEval_(\w+)", r"Libclang.CXEval_\1", new)
    new = new.replace("using static Bindgen.Parser.Interop.Libclang;", "using static Bindgen.Parser.Interop.Libclang.Native;")
    if new != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)
        print(f"rewrote {path}")
