using Bindgen.Model.IR;
using Bindgen.Model.Plan;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.Cython;

/// <summary>How a bound function is rendered: a module function, a handle method, or a handle's __init__.</summary>
public enum FunctionMode { Function, Method, Constructor }

/// <summary>
/// Lowers one BoundFunction to the lines of a Cython `def`: C locals, argument conversion, buffer acquisition,
/// the call (under `with nogil` when asked), callback exceptions, the error check and the results, in the
/// order SPEC.md fixes. Every decision comes from the IR; this class only chooses Cython spellings.
/// Generated locals: c_NAME for C values, _b_/_h_ for Py_buffers, _s_ for encoded strings, _cb_ for callbacks,
/// _r_/_n_ for alloc buffers, _ret for the C return; so they never clash with Python parameter names.
/// </summary>
public sealed partial class FunctionLowering(BoundModule module, CythonNames names)
{
    internal sealed class Code
    {
        public readonly List<string> Lines = new();
        int _depth;
        public void Add(string line) => Lines.Add(new string(' ', 4 * _depth) + line);
        public void Indent() => _depth++;
        public void Dedent() => _depth--;
    }

    /// <summary>The name messages use, as the C-API targets do: the function, Class.method, or the class for __init__.</summary>
    string Display(BoundFunction f, FunctionMode mode) => f.MethodOf is { } h
        ? (mode == FunctionMode.Constructor ? names.Handle(h) : $"{names.Handle(h)}.{f.PyName}") : f.PyName;

    public PyFunction Lower(BoundFunction f, FunctionMode mode)
    {
        var decls = new Code();
        var pre = new Code();
        var body = new Code();
        var fin = new List<string>();
        var args = new List<string>();
        var pendingChecks = new List<string>();

        foreach (var p in f.Params) Param(f, p, mode, decls, pre, body, fin, pendingChecks);

        // alloc buffers: sized after every other argument (their expressions name other parameters).
        foreach (var p in f.Params)
        {
            if (p.Role is not BufferRole { Alloc: { } alloc } b) continue;
            var n = "_n_" + p.CName;
            // Every operand is a converted C value (an input buffer: its data pointer, c_NAME is its void *).
            var plan = CallPlanner.For(module, f).Alloc(p.CName);
            var expr = plan.Render(o => "c_" + o.Param, (call, r) =>
            {
                // c_NAME of an input buffer is a void *, which Cython casts to the callee's pointer type only when told.
                var types = plan.Callees[call.Function];
                var args = call.Args.Select((a, i) => a is ParamExpr pe && plan.Operand(pe.Param).Kind == AllocOperandKind.InputBuffer && i < types.Count
                    ? $"<{CyTypes.Pyx(types[i])}>{r(a)}" : r(a));
                return $"{names.C(call.Function)}({string.Join(", ", args)})";
            });
            body.Add($"{n} = <Py_ssize_t>({expr})");
            body.Add($"if {n} < 0:");
            body.Add($"    raise MemoryError(\"{Display(f, mode)}(): cannot allocate %d bytes\" % <unsigned long long>{n})");
            body.Add($"_r_{p.CName} = PyBytes_FromStringAndSize(NULL, {n})");
            body.Add($"c_{p.CName} = PyBytes_AS_STRING(_r_{p.CName})");
            if (b.LengthParam is { } len)
                body.Add($"c_{len} = <{CyTypes.Pyx(b.LengthCType!)}>({Units(CallPlanner.For(module, f).Buffer(p.CName), n)})");
        }

        foreach (var p in f.Params) args.Add(Arg(p));

        // The call.
        var err = CallPlanner.For(module, f).ErrorCheck;
        var ret = f.Return;
        var call = $"{names.C(f.CName)}({string.Join(", ", args)})";
        if (f.Stream is not null) call = StreamInput(f, pre, body, fin, decls);
        if (ret.Kind != ReturnKind.Void || f.Stream is not null) decls.Add($"cdef {(ret.Kind == ReturnKind.Void ? "int" : Local(ret.CSpelling))} _ret");
        if (err?.Code == CodeSource.Errno) decls.Add("cdef int _errno = 0");
        var callLines = new List<string> { f.Stream is not null ? "_ss = " + call : ret.Kind == ReturnKind.Void ? call : "_ret = " + call };
        if (err?.Code == CodeSource.Errno) callLines.Add("_errno = _bg_errno");
        if (f.Gil == GilPolicy.Release)
        {
            body.Add("with nogil:");
            foreach (var l in callLines) body.Add("    " + l);
        }
        else foreach (var l in callLines) body.Add(l);

        foreach (var c in pendingChecks) foreach (var l in c.Split('\n')) body.Add(l);
        if (f.Stream is { } st)
        {
            body.Add("if _ss == -1:");
            body.Add("    raise MemoryError()");
            body.Add("if _ss == -2:");
            body.Add($"    raise OverflowError(\"{f.PyName}() argument '{st.InputName}' is longer than one call can take\")");
        }

        if (err is not null) ErrorCheck(f, err, body);

        foreach (var p in f.Params)
            if (p.TransferFull && p.Role is HandleRole { IsSelf: false } hr)
                body.Add($"{(hr.Nullable ? $"if {p.PyName} is not None: " : "")}(<{names.Handle(hr.Handle)}>{p.PyName})._ptr = NULL  # transfer: full, C owns it now");
            else if (p.TransferFull && p.Role is HandleRole { IsSelf: true })
                body.Add("self._ptr = NULL  # transfer: full, C owns it now");

        Results(f, mode, body, decls);

        var lines = new List<string>();
        lines.AddRange(decls.Lines);
        // __init__ called again on a live object: the old C object is destroyed first, never leaked.
        if (mode == FunctionMode.Constructor) lines.Add("self._bg_destroy()");
        lines.AddRange(pre.Lines);
        if (fin.Count > 0)
        {
            lines.Add("try:");
            lines.AddRange(body.Lines.Select(l => "    " + l));
            lines.Add("finally:");
            lines.AddRange(fin.Select(l => "    " + l));
        }
        else lines.AddRange(body.Lines);

        var sig = SigParams(f);
        var name = mode == FunctionMode.Constructor ? "__init__" : f.PyName;
        return mode switch
        {
            FunctionMode.Function => new PyFunction(name, Signature(sig, mode), PyLiterals.Doc(f.Doc), lines) { Fast = FastEntry(f.PyName, null, sig) },
            // Methods are plain method descriptors (binding=False): no bound method object per call, the text
            // signature in their docstring; METH_NOARGS when they take nothing but self, else a vectorcall entry.
            FunctionMode.Method when sig.Count == 0 => new PyFunction(name, Signature(sig, mode), MethodDoc(name, sig, f.Doc), lines)
            {
                Decorators = ["cython.binding(False)", "cython.always_allow_keywords(False)"],
            },
            FunctionMode.Method => new PyFunction(name, Signature(sig, mode), MethodDoc(name, sig, f.Doc), lines)
            {
                Decorators = ["cython.binding(False)"], Fast = FastEntry(f.PyName, names.Handle(f.MethodOf!), sig),
            },
            _ => new PyFunction(name, Signature(sig, mode), PyLiterals.Doc(f.Doc), lines),
        };
    }

    /// <summary>A byte count in the C length's unit (the plan's UnitBytes).</summary>
    static string Units(BufferLengthPlan u, string bytes) => u.Scaled ? $"{bytes} // {u.UnitBytes}" : bytes;

    /// <summary>A spelling for a writable local: top-level const of a non-pointer dropped.</summary>
    static string Local(string spelling)
    {
        var s = spelling.Trim();
        if (!s.Contains('*') && s.StartsWith("const ")) s = s[6..];
        return CyTypes.Pyx(s);
    }

    /// <summary>One Python parameter of the `def` (self excluded): its rendered default, if any.</summary>
    internal sealed record SigParam(string Name, string? Default, bool KeywordOnly);

    static List<SigParam> SigParams(BoundFunction f)
    {
        var ps = new List<SigParam>();
        if (f.Stream is { } st) ps.Add(new SigParam(st.InputName, null, false));
        bool sawDefault = false;
        foreach (var p in f.PyParams)
        {
            if (p.Default is { } d) { ps.Add(new SigParam(p.PyName, PyLiterals.Default(d), p.KeywordOnly)); sawDefault = true; }
            // A required parameter after one with a default: keyword-only in spirit, checked in the body.
            else ps.Add(new SigParam(p.PyName, sawDefault ? Required : null, p.KeywordOnly));
        }
        return ps;
    }

    const string Required = "_bg_REQUIRED";

    static string Signature(IReadOnlyList<SigParam> sig, FunctionMode mode)
    {
        var ps = new List<string>();
        if (mode != FunctionMode.Function) ps.Add("self");
        bool star = false;
        foreach (var p in sig)
        {
            if (p.KeywordOnly && !star) { ps.Add("*"); star = true; }
            ps.Add(p.Default is null ? p.Name : $"{p.Name}={p.Default}");
        }
        return string.Join(", ", ps);
    }

    void Param(BoundFunction f, BoundParam p, FunctionMode mode, Code decls, Code pre, Code body, List<string> fin, List<string> pendingChecks)
    {
        var c = "c_" + p.CName;
        var py = p.PyName;
        if (p.Role.Visible && p.Default is null && f.PyParams.TakeWhile(x => x != p).Any(x => x.Default is not null))
        {
            pre.Add($"if {py} is _bg_REQUIRED:");
            pre.Add($"    raise TypeError(\"{f.PyName}() missing required argument '{py}'\")");
        }
        switch (p.Role)
        {
            case ValueRole v:
                decls.Add($"cdef {Local(v.Type.CSpelling)} {c}");
                pre.Add($"{c} = {FromPy(v.Type, py, p.CName)}");
                break;
            case InoutRole io:
                decls.Add($"cdef {Local(io.Type.CSpelling)} {c}");
                pre.Add($"{c} = {FromPy(io.Type, py, p.CName)}");
                break;
            case StringRole s:
                decls.Add($"cdef bytes _s_{p.CName} = None");
                decls.Add($"cdef const char *{c} = NULL");
                var conv = s.Encoding == StringEncoding.Utf8 ? "_bg_utf8" : "_bg_bytes";
                pre.Add($"_s_{p.CName} = {conv}({py}, {(s.Nullable ? "True" : "False")}, \"{py}\")");
                pre.Add($"if _s_{p.CName} is not None:");
                pre.Add($"    {c} = _s_{p.CName}");
                break;
            case BufferRole { IsUtf8Text: true } t:
            {
                // Counted UTF-8 text: the str's encoded bytes (kept in _s_ for the call) and their length, NUL allowed.
                decls.Add($"cdef bytes _s_{p.CName} = None");
                decls.Add($"cdef void *{c} = NULL");
                body.Add($"_s_{p.CName} = _bg_utf8n({py}, {(t.Nullable ? "True" : "False")}, \"{py}\")");
                body.Add($"if _s_{p.CName} is not None:");
                body.Add($"    {c} = <char *>_s_{p.CName}");
                var lt = CyTypes.Pyx(t.LengthCType!);
                body.Add($"    c_{t.LengthParam} = <{lt}>len(_s_{p.CName})");
                body.Add($"    if <Py_ssize_t>c_{t.LengthParam} != len(_s_{p.CName}):");
                body.Add($"        raise OverflowError(\"{f.CName}: string '{py}' is too long for its length parameter\")");
                break;
            }
            case BufferRole b:
                decls.Add($"cdef void *{c} = NULL");
                if (b.Alloc is not null)
                {
                    decls.Add($"cdef object _r_{p.CName} = None");
                    decls.Add($"cdef Py_ssize_t _n_{p.CName} = 0");
                    break;
                }
                decls.Add($"cdef Py_buffer _b_{p.CName}");
                decls.Add($"cdef bint _h_{p.CName} = False");
                var writable = b.Direction == BufferDirection.In ? "False" : "True";
                var indent = "";
                if (b.Nullable) { body.Add($"if {py} is not None:"); indent = "    "; }
                body.Add($"{indent}_bg_get_buffer({py}, &_b_{p.CName}, {writable}, \"{py}\")");
                body.Add($"{indent}_h_{p.CName} = True");
                body.Add($"{indent}{c} = _b_{p.CName}.buf");
                if (b.LengthParam is { } len)
                {
                    var lt = CyTypes.Pyx(b.LengthCType!);
                    var units = Units(CallPlanner.For(module, f).Buffer(p.CName), $"_b_{p.CName}.len");
                    body.Add($"{indent}c_{len} = <{lt}>({units})");
                    body.Add($"{indent}if <Py_ssize_t>c_{len} != {units}:");
                    body.Add($"{indent}    raise OverflowError(\"{f.CName}: buffer '{py}' is too large for its length parameter\")");
                }
                fin.Add($"if _h_{p.CName}:");
                fin.Add($"    PyBuffer_Release(&_b_{p.CName})");
                break;
            case LengthRole l:
                decls.Add($"cdef {CyTypes.Pyx(l.ValueCType)} {c} = 0");
                break;
            case ProducedRole pr:
                decls.Add($"cdef {CyTypes.Pyx(pr.ValueCType)} {c} = 0");
                break;
            case OutRole o:
                decls.Add($"cdef {Local(o.Type.CSpelling)} {c}");
                pre.Add($"_bg_memset(&{c}, 0, sizeof({c}))");
                break;
            case HandleRole h:
                var hcls = names.Handle(h.Handle);
                decls.Add($"cdef {CyTypes.Pyx(module.Handle(h.Handle).PointerCSpelling)} {c} = NULL");
                if (h.IsSelf) pre.Add($"{c} = _bg_ptr_{hcls}(self)");
                else pre.Add($"{c} = _bg_arg_{hcls}({py}, {(h.Nullable ? "True" : "False")}, \"{py}\")");
                if (module.Handle(h.Handle).KeepsCallbacks)
                {
                    var obj = h.IsSelf ? "self" : py;
                    pendingChecks.Add(h.Nullable ? $"if {obj} is not None:\n    (<{hcls}>{obj})._bg_pending()" : $"(<{hcls}>{obj})._bg_pending()");
                }
                break;
            case StructRefRole sr:
                var scls = names.Struct(sr.Struct);
                decls.Add($"cdef {CyTypes.Pyx(module.Struct(sr.Struct).CSpelling)} *{c} = NULL");
                pre.Add($"{c} = _bg_structref_{scls}({py}, {(sr.Nullable ? "True" : "False")}, \"{py}\")");
                break;
            case CallbackRole cb:
                var holder = "_cb_" + p.CName;
                decls.Add($"cdef _bg_Callback {holder} = None");
                decls.Add($"cdef _bg_fp_{cb.Signature.Name} {c} = NULL");
                pre.Add($"{holder} = _bg_callback({py}, {(cb.Nullable ? "True" : "False")}, \"{py}\")");
                pre.Add($"if {holder} is not None:");
                pre.Add($"    {c} = _bg_tramp_{cb.Signature.Name}");
                pre.Add($"    c_{cb.UserDataParam} = <void *>{holder}");
                if (cb.Scope == CallbackScope.Forever)
                {
                    var owner = f.Params.FirstOrDefault(x => x.Role is HandleRole);
                    if (owner is not null)
                    {
                        var ocls = names.Handle(((HandleRole)owner.Role).Handle);
                        var obj = ((HandleRole)owner.Role).IsSelf ? "self" : owner.PyName;
                        // Kept by the handle until replaced or the handle is gone: C may call it at any later time.
                        var guard = ((HandleRole)owner.Role).Nullable ? $"if {obj} is not None: " : "";
                        pre.Add($"{guard}(<{ocls}>{obj})._bg_keep(\"{f.CName}.{p.CName}\", {holder})");
                    }
                }
                else pendingChecks.Add($"if {holder} is not None:\n    {holder}.reraise()");
                break;
            case UserDataRole:
                decls.Add($"cdef void *{c} = NULL");
                break;
            case StorageRole sr:
            {
                // The object's own zeroed storage; freed here unless the constructor succeeded and self took it.
                var h = module.Handle(sr.Handle);
                decls.Add($"cdef {CyTypes.Pyx(h.PointerCSpelling)} {c} = NULL");
                body.Add($"{c} = <{CyTypes.Pyx(h.PointerCSpelling)}>_bg_calloc(1, {h.StorageSize})");
                body.Add($"if {c} == NULL:");
                body.Add("    raise MemoryError()");
                fin.Add($"_bg_free(<void *>{c})");
                break;
            }
            case FixedRole:
                break;
        }
    }

    string Arg(BoundParam p)
    {
        var c = "c_" + p.CName;
        var cast = CyTypes.Pyx(p.CSpelling);
        return p.Role switch
        {
            FixedRole fx => fx.CValue,
            StringRole => $"<{cast}>{c}",
            BufferRole => $"<{cast}>{c}",
            UserDataRole => $"<{cast}>{c}",
            LengthRole { IsPointer: true } or ProducedRole or OutRole or InoutRole => "&" + c,
            StructRefRole => $"<{cast}>{c}",
            _ => c,
        };
    }

    /// <summary>A Python expression converted to a C value of type t, with exact range checks.</summary>
    string FromPy(BoundType t, string py, string what) => t switch
    {
        IntType i => IntFromPy(py, i, Local(i.CSpelling), what),
        EnumType e => IntFromPy(py, new IntType("", e.Size, e.Signed), Local(e.CSpelling), what),
        FloatType => $"_bg_float({py}, \"{what}\")",
        BoolType => $"_bg_bool({py}, \"{what}\")",
        StructType s => $"_bg_struct_{names.Struct(s.Struct)}({py}, \"{what}\")",
        _ => py,
    };

    /// <summary>
    /// A Python int → C integer of the given range: _bg_i64 (a fast path for exact ints, else _bg_int's checks and
    /// messages), _bg_u64 for ranges past 2**63.
    /// </summary>
    internal static string IntFromPy(string py, IntType range, string cast, string what) =>
        !range.Signed && range.Size >= 8
            ? $"<{cast}>_bg_u64({py}, {range.MaxValue}, \"{what}\")"
            : $"<{cast}>_bg_i64({py}, {CMin(range)}, {range.MaxValue}, \"{what}\")";

    /// <summary>The lower bound as a C constant expression (-2**63 has no C literal, and Cython folds -2**63 + 1 - 1 back into one).</summary>
    static string CMin(IntType range) => range.Signed && range.Size >= 8 ? "_bg_LLONG_MIN" : range.MinValue;

}
