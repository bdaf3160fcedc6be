using Bindgen.Model.IR;
using Bindgen.Model.Plan;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.Cffi;

/// <summary>
/// One bound function as a Python wrapper over lib: converts visible arguments, fills hidden ones, calls C,
/// frees/wraps owned results, applies the error convention and returns the results in BoundFunction.Results order.
/// Phases: arguments, value lengths, alloc buffers (their EXPR may read any argument), out storage, call, results.
/// </summary>
public sealed class FunctionLowering(CffiLowering ctx, BoundFunction f)
{
    readonly List<string> _args = new();
    readonly List<string> _lengths = new();
    readonly List<string> _allocs = new();
    readonly List<string> _outs = new();
    /// <summary>C param name → the Python expression passed to C.</summary>
    readonly Dictionary<string, string> _arg = new();
    /// <summary>C param name → the Python expression of its C value (for alloc EXPRs).</summary>
    readonly Dictionary<string, string> _value = new();

    public FunctionModel Lower(string name, bool isMethod)
    {
        var sig = new List<string>();
        var lines = new List<string>();
        if (isMethod) sig.Add("self");
        if (f.Stream is { } st) sig.Add(st.InputName);
        bool sawDefault = false, star = false;
        foreach (var p in f.PyParams)
        {
            if (p.KeywordOnly && !star) { sig.Add("*"); star = true; }
            if (p.Default is { } d) { sig.Add($"{p.PyName}={CffiNames.Scalar(d)}"); sawDefault = true; }
            else if (sawDefault)
            {
                sig.Add($"{p.PyName}=_REQUIRED");
                lines.Add($"if {p.PyName} is _REQUIRED:");
                lines.Add($"    raise TypeError(\"{name}() missing required argument '{p.PyName}'\")");
            }
            else sig.Add(p.PyName);
        }

        foreach (var p in f.Params) LowerParam(p);
        // Buffers whose alloc EXPR reads another parameter's value run after every argument is known.
        foreach (var p in f.Params) if (p.Role is BufferRole { Alloc: not null } b) LowerAlloc(p, b);

        var after = f.Stream is null ? AfterCall().ToList() : null;
        bool passThrough = after is [] || (after is ["return _r"] && f.Return.Kind != ReturnKind.Void);
        if (passThrough && lines.Count == 0 && _lengths.Count + _allocs.Count + _outs.Count == 0 &&
            f.Params.FirstOrDefault(p => p.Role is HandleRole { IsSelf: true }) is { } self && _args.SequenceEqual(SelfPointer(self.CName)))
        {
            // A method passing only self's pointer and plain values: self._ptr goes to C as it is. A closed
            // object's None makes cffi raise TypeError, which becomes _get()'s ValueError (as if checked first);
            // any other TypeError is re-raised. The try costs nothing until something raises.
            _arg[self.CName] = "self._ptr";
            var direct = Call();
            return Model(name, sig, ["try:", "    " + (after is [] ? direct : "return " + direct), "except TypeError:", "    self._get()", "    raise"], "");
        }
        lines.AddRange(_args);
        lines.AddRange(_lengths);
        lines.AddRange(_allocs);
        lines.AddRange(_outs);
        var call = Call();
        if (f.Stream is not null) lines.AddRange(StreamLines(call));
        else
        {
            // A result C gives as it is: returned straight from the call, no local.
            if (f.Return.Kind != ReturnKind.Void && after is ["return _r"]) lines.Add("return " + call);
            else
            {
                lines.Add(f.Return.Kind == ReturnKind.Void ? call : "_r = " + call);
                lines.AddRange(after!);
            }
        }
        // No argument and C's result as it is: on CPython the module function is lib's own (a call without a Python
        // frame; cffi raises TypeError for any argument; its __doc__ is cffi's C declaration). PyPy keeps the wrapper.
        bool lib = !isMethod && f.Params.Count == 0 && passThrough;
        return Model(name, sig, lines, lib ? ctx.LibFunction(f.CName) : "");
    }

    /// <summary>The open object's pointer read from its slot; _get() raises for a closed one.</summary>
    static string[] SelfPointer(string c) => [$"_h_{c} = self._ptr", $"if _h_{c} is None:", $"    _h_{c} = self._get()"];

    string Call() => $"{ctx.LibFunction(f.CName)}({string.Join(", ", f.Params.Select(p => _arg.GetValueOrDefault(p.CName, "_ffi.NULL")))})";

    FunctionModel Model(string name, List<string> sig, List<string> lines, string direct) => new()
    {
        Name = name,
        Direct = direct,
        Signature = string.Join(", ", sig),
        DocLiteral = f.Doc is { Length: > 0 } doc ? CffiNames.Doc(doc) : "",
        Lines = lines,
    };

    static string Lit(string s) => CffiNames.Str(s);

    void LowerParam(BoundParam p)
    {
        var py = p.PyName;
        var c = p.CName;
        switch (p.Role)
        {
            case ValueRole { Type: EnumType }:
                _args.Add($"{py} = _index({py})");
                _arg[c] = _value[c] = py;
                break;
            case ValueRole { Type: StructType st } when ctx.Twinned(st.Struct):
                _arg[c] = $"_twin_value({py}, {ctx.StructClass(st.Struct)}, {Lit(py)}, {Lit("struct " + CdefWriter.TwinName(st.Struct) + " *")})";
                break;
            case ValueRole { Type: StructType st }:
                _arg[c] = $"_struct_value({py}, {ctx.StructClass(st.Struct)}, {Lit(py)})";
                break;
            case ValueRole:
                _arg[c] = _value[c] = py;
                break;
            case StringRole s:
                // The exact type without a NUL in line (no helper frame); anything else through _utf8/_bytes,
                // which convert or raise naming the parameter.
                bool utf8 = s.Encoding == StringEncoding.Utf8;
                _args.Add(utf8 ? $"if type({py}) is str and \"\\0\" not in {py}:" : $"if type({py}) is bytes and b\"\\0\" not in {py}:");
                _args.Add(utf8 ? $"    _s_{c} = {py}.encode()" : $"    _s_{c} = {py}");
                _args.Add("else:");
                _args.Add($"    _s_{c} = {(utf8 ? "_utf8" : "_bytes")}({py}, {Lit(py)}, {(s.Nullable ? "True" : "False")})");
                _arg[c] = $"_s_{c}";
                break;
            case BufferRole { Alloc: null } b:
                LowerBuffer(p, b);
                LowerLength(p, b, _lengths);
                break;
            case BufferRole:
                break; // LowerAlloc
            case OutRole o:
                _outs.Add($"_o_{c} = _new({ctx.TypeConst(o.Type.CSpelling + " *")})");
                _arg[c] = $"_o_{c}";
                break;
            case InoutRole io:
                var initial = io.Type is EnumType ? $"_index({py})" : $"_not_none({py}, {Lit(py)})";
                _args.Add($"_io_{c} = _new({ctx.TypeConst(io.Type.CSpelling + " *")}, {initial})");
                _arg[c] = $"_io_{c}";
                _value[c] = py;
                break;
            case HandleRole { IsSelf: true }:
                _args.AddRange(SelfPointer(c));
                _arg[c] = _value[c] = $"_h_{c}";
                break;
            case HandleRole h:
            {
                // An open object of the exact class in line; anything else (None, closed, wrong type) through _handle_ptr.
                var cls = ctx.HandleClass(h.Handle);
                _args.Add($"_h_{c} = {py}._ptr if type({py}) is {cls} else None");
                _args.Add($"if _h_{c} is None:");
                _args.Add($"    _h_{c} = _handle_ptr({py}, {cls}, {Lit(py)}, {(h.Nullable ? "True" : "False")})");
                _arg[c] = _value[c] = $"_h_{c}";
                break;
            }
            case StructRefRole sr:
                _arg[c] = $"_struct_ptr({py}, {ctx.StructClass(sr.Struct)}, {Lit(py)}, {(sr.Nullable ? "True" : "False")})";
                break;
            case CallbackRole cb:
                var tramp = ctx.Api ? "_lib." + CffiNames.Trampoline(cb.Signature.Name) : CffiNames.AbiCallbackPointer(cb.Signature.Name);
                _args.Add($"_cb_{c}, _ud_{c} = _callback({py}, {tramp}, {Lit(py)}, {(cb.Nullable ? "True" : "False")})");
                _arg[c] = $"_cb_{c}";
                _arg[cb.UserDataParam] = $"_ud_{c}";
                if (cb.Scope == CallbackScope.Forever && KeeperOf() is { } keeper)
                    _args.Add($"{keeper}._keep_callback({Lit(f.CName + "." + c)}, _ud_{c})");
                break;
            case StorageRole sr:
            {
                // allocate: true: zeroed storage owned by the new object (kept alive until its destructor ran).
                var h = ctx.Module.Handle(sr.Handle);
                _outs.Add($"_st_{c} = _new(_CHARS, {h.StorageSize})");
                _outs.Add($"_p_{c} = _cast({ctx.TypeConst(h.PointerCSpelling)}, _st_{c})");
                _arg[c] = _value[c] = $"_p_{c}";
                break;
            }
            case FixedRole fx:
                _arg[c] = _value[c] = fx.Value.IsNull ? "_ffi.NULL"
                    : fx.Value.Kind == ScalarKind.String ? CffiNames.Bytes(fx.Value.Text) : CffiNames.Scalar(fx.Value);
                break;
        }
    }

    /// <summary>The Python object that keeps a scope: forever callable alive: self, or the first handle argument.</summary>
    string? KeeperOf()
    {
        if (f.MethodOf is not null) return "self";
        var h = f.Params.FirstOrDefault(p => p.Role is HandleRole);
        return h is null ? null : h.PyName;
    }

    /// <summary>The hidden length (capacity in units) and produced count of buffer p, whose byte size is _nb_c.</summary>
    void LowerLength(BoundParam p, BufferRole b, List<string> into)
    {
        var c = p.CName;
        var u = Plan.Buffer(c);
        var cap = u.Scaled ? $"_nb_{c} // {u.UnitBytes}" : $"_nb_{c}";
        if (b.LengthParam is { } lp)
        {
            if (b.LengthIsPointer)
            {
                into.Add($"_n_{lp} = _new({ctx.TypeConst((b.LengthCType ?? "size_t") + " *")}, {cap})");
                _arg[lp] = $"_n_{lp}";
                _value[lp] = cap;
            }
            else _arg[lp] = _value[lp] = cap;
        }
        if (b.ProducedParam is { } pp)
        {
            into.Add($"_pr_{pp} = _new({ctx.TypeConst((b.ProducedCType ?? "size_t") + " *")}, 0)");
            _arg[pp] = $"_pr_{pp}";
        }
        _arg[c] = b.ByteElements ? $"_b_{c}" : $"_cast({ctx.TypeConst(b.PointerCType)}, _b_{c})";
    }

    /// <summary>
    /// A caller's buffer as (_b_c, _nb_c = its size in bytes). The common exact type (bytes to read, bytearray to
    /// write) is taken in line: bytes as it is when C reads bytes (cffi passes its data), otherwise a char[] view
    /// by from_buffer, never a copy. Anything else goes through _rbuf/_wbuf, which check it and name the parameter.
    /// </summary>
    void LowerBuffer(BoundParam p, BufferRole b)
    {
        var (py, c) = (p.PyName, p.CName);
        if (b.IsUtf8Text)
        {
            // Counted UTF-8 text: a str's encoded bytes and their length (NUL allowed); anything else through _utf8n.
            _args.Add($"if type({py}) is str:");
            _args.Add($"    _b_{c} = {py}.encode()");
            _args.Add($"    _nb_{c} = len(_b_{c})");
            _args.Add("else:");
            _args.Add($"    _b_{c}, _nb_{c} = _utf8n({py}, {Lit(py)}, {(b.Nullable ? "True" : "False")})");
            return;
        }
        bool read = b.Direction == BufferDirection.In;
        var fast = read && b.ByteElements ? py : $"_from_buffer(_CHARS, {py}, {(read ? "False" : "True")})";
        _args.Add($"if type({py}) is {(read ? "bytes" : "bytearray")}:");
        _args.Add($"    _b_{c}, _nb_{c} = {fast}, len({py})");
        _args.Add("else:");
        _args.Add($"    _b_{c}, _nb_{c} = {(read ? "_rbuf" : "_wbuf")}({py}, {Lit(py)}, {(b.Nullable ? "True" : "False")})");
    }

    void LowerAlloc(BoundParam p, BufferRole b)
    {
        var c = p.CName;
        var expr = Plan.Alloc(c).Render(AllocOperand, ctx.LibRef, l => l.ToString(System.Globalization.CultureInfo.InvariantCulture), "//");
        _allocs.Add($"_nb_{c} = {expr}");
        // cffi itself rejects a size no buffer can have (ValueError when negative, OverflowError or MemoryError when
        // huge): caught rather than tested, so the usual call pays nothing (a try costs nothing until it raises).
        _allocs.Add("try:");
        _allocs.Add($"    _b_{c} = _new_buffer(_CHARS, _nb_{c})");
        _allocs.Add("except (ValueError, OverflowError, MemoryError):");
        _allocs.Add($"    _alloc_failed(_nb_{c}, {Lit(Display)})");
        LowerLength(p, b, _allocs);
    }

    /// <summary>An alloc operand in Python: its C value, or an input buffer as passed to C (bytes or its char[] view).</summary>
    string AllocOperand(AllocOperand o) => o.Kind == AllocOperandKind.InputBuffer ? _arg[o.Param]
        : _value.TryGetValue(o.Param, out var v) ? v : f.Params.First(x => x.CName == o.Param).PyName;

    /// <summary>The name messages use, as the C-API targets do: the function, Class.method, or the class for a constructor.</summary>
    string Display => f.MethodOf is { } h
        ? (ReferenceEquals(ctx.Module.Handle(h).Constructor, f) ? ctx.HandleClass(h) : $"{ctx.HandleClass(h)}.{f.PyName}") : f.PyName;

    IEnumerable<string> AfterCall()
    {
        var lines = new List<string>();
        foreach (var p in f.Params)
            if (p.TransferFull && p.Role is HandleRole { IsSelf: false } th)
                lines.Add(th.Nullable ? $"if {p.PyName} is not None: {p.PyName}._detach()" : $"{p.PyName}._detach()");

        // Owned outputs first: whatever happens next, they are freed / owned exactly once.
        var closeOnError = new List<string>();
        foreach (var p in f.Params)
        {
            if (p.Role is not OutRole o) continue;
            var c = p.CName;
            if (o.Type is HandleType ht)
            {
                lines.Add($"_v_{c} = _wrap_handle({ctx.HandleClass(ht.Handle)}, _o_{c}[0], True)");
                closeOnError.Add($"_v_{c}");
            }
            else if (o.Type is StringType st && o.Ownership == Ownership.Owned)
                lines.Add($"_v_{c} = _take_string(_o_{c}[0], {Enc(st.Encoding)}, {ctx.LibRef(o.Free ?? "free")})");
        }
        if (ctx.ChecksCallbacks(f)) lines.Add("_raise_callback_error()");
        if (Plan.ErrorCheck is { } check) lines.AddRange(ErrorLines(check, closeOnError));
        if (f.Params.FirstOrDefault(p => p.Role is StorageRole) is { } sp)
        {
            // Only after success: a failed constructor's storage is dropped without running the destructor.
            lines.Add($"return _wrap_storage({ctx.HandleClass(((StorageRole)sp.Role).Handle)}, _p_{sp.CName}, _st_{sp.CName})");
            return lines;
        }

        var results = f.Results.Select(ResultExpr).ToList();
        if (results.Count == 1) lines.Add("return " + results[0]);
        else if (results.Count > 1) lines.Add("return (" + string.Join(", ", results) + ")");
        return lines;
    }

    /// <summary>
    /// A stream method: the C call and its error check become a local function the shared loop (_stream in the
    /// runtime) calls until the output length field is left non-zero; the layout names the four fields.
    /// </summary>
    IEnumerable<string> StreamLines(string call)
    {
        var s = f.Stream!;
        yield return $"_b_in, _nb_in = _rbuf({s.InputName}, {Lit(s.InputName)}, False)";
        yield return "def _call():";
        yield return $"    {(f.Return.Kind == ReturnKind.Void ? call : "_r = " + call)}";
        if (Plan.ErrorCheck is { } check)
            foreach (var l in ErrorLines(check, new List<string>())) yield return "    " + l;
        var self = f.Params.First(p => p.Role is HandleRole { IsSelf: true });
        yield return $"return _stream(self, {_arg[self.CName]}, _b_in, _nb_in, {Layout(s)}, _call, {Lit(f.PyName)}, {Lit(s.InputName)})";
    }

    /// <summary>((offset, pointer), (offset, length C type, max), ... , chunk) of a stream's fields, for _stream.</summary>
    static string Layout(BoundStream s)
    {
        static string Len(BoundStreamField fl) => $"({fl.Offset}, {Lit(CffiNames.IntType(fl.Size, fl.Signed))}, {fl.MaxValue})";
        return $"({s.InputData.Offset}, {Len(s.InputLength)}, {s.OutputData.Offset}, {Len(s.OutputLength)}, {s.Chunk})";
    }

    static string Enc(StringEncoding e) => e == StringEncoding.Utf8 ? "True" : "False";

    /// <summary>The call's plan (error check, buffer units, alloc sizes), decided once for every target.</summary>
    CallPlan Plan => CallPlanner.For(ctx.Module, f);

    /// <summary>The plan's error check over _r, a Python int (exact for every C integer) or a cdata pointer.</summary>
    IEnumerable<string> ErrorLines(ErrorCheckPlan err, List<string> closeOnError)
    {
        var cls = ctx.ExceptionRef(err.ExceptionClass);
        string cond = err.Test switch
        {
            FailureTest.NotSuccess => err.Success.Count == 1 ? $"_r != {err.Success[0]}" : $"_r not in ({string.Join(", ", err.Success)})",
            FailureTest.Null => "_r == _ffi.NULL",
            FailureTest.MinusOne => "_r == -1",
            _ => "_r < 0",
        };
        var fn = Lit(f.CName);
        string raise = err.Code switch
        {
            CodeSource.None => $"_raise_null({cls}, {fn})",
            CodeSource.Errno => $"_raise_errno({cls})",
            _ => $"_raise_code({cls}, _r, {Message(err)}, {fn})",
        };
        yield return $"if {cond}:";
        foreach (var v in closeOnError) yield return $"    _close_quietly({v})";
        yield return "    " + raise;
    }

    string Message(ErrorCheckPlan err) => err.Message switch
    {
        MessageSource.CodeFunction => $"{ctx.LibRef(err.MessageFunction!)}(_r)",
        MessageSource.HandleFunction => $"{ctx.LibRef(err.MessageFunction!)}({_value.GetValueOrDefault(err.MessageArgParam!, _arg.GetValueOrDefault(err.MessageArgParam!, "_ffi.NULL"))})",
        _ => "None",
    };

    string ResultExpr(BoundResult r)
    {
        switch (r.Source)
        {
            case ResultSource.Return:
                return f.Return.Kind switch
                {
                    ReturnKind.String when f.Return.Type is StringType st => f.Return.Ownership == Ownership.Owned
                        ? $"_take_string(_r, {Enc(st.Encoding)}, {ctx.LibRef(f.Return.Free ?? "free")})"
                        : $"_string(_r, {Enc(st.Encoding)})",
                    ReturnKind.Handle when f.Return.Type is HandleType ht =>
                        $"_wrap_handle({ctx.HandleClass(ht.Handle)}, _r, {(f.Return.Ownership == Ownership.Owned ? "True" : "False")})",
                    _ => ValueExpr(f.Return.Type, "_r"),
                };
            case ResultSource.Out:
            {
                var p = f.Param(r.Param!);
                var o = (OutRole)p.Role;
                var c = p.CName;
                return o.Type switch
                {
                    HandleType => $"_v_{c}",
                    StringType st => o.Ownership == Ownership.Owned ? $"_v_{c}" : $"_string(_o_{c}[0], {Enc(st.Encoding)})",
                    StructType s => $"{ctx.StructClass(s.Struct)}._adopt(_o_{c})",
                    var t => ValueExpr(t, $"_o_{c}[0]"),
                };
            }
            case ResultSource.Inout:
            {
                var p = f.Param(r.Param!);
                return ValueExpr(((InoutRole)p.Role).Type, $"_io_{p.CName}[0]");
            }
            case ResultSource.AllocBuffer:
            {
                var p = f.Param(r.Param!);
                var b = (BufferRole)p.Role;
                var produced = Produced(b, Plan.Buffer(p.CName));
                var n = produced is null ? $"_nb_{p.CName}" : $"min({produced}, _nb_{p.CName})";
                return $"_unpack(_b_{p.CName}, {n})";
            }
            default:
            {
                var p = f.Param(r.Param!);
                var b = (BufferRole)p.Role;
                return b.ProducedParam is { } pp ? $"_pr_{pp}[0]" : $"_n_{b.LengthParam}[0]";
            }
        }
    }

    /// <summary>The produced size in bytes of buffer c (from its pointer length or produced param), or null.</summary>
    static string? Produced(BufferRole b, BufferLengthPlan u)
    {
        string? count = b.ProducedParam is { } pp ? $"_pr_{pp}[0]" : b.LengthIsPointer ? $"_n_{b.LengthParam}[0]" : null;
        if (count is null) return null;
        return u.Scaled ? $"{count} * {u.UnitBytes}" : count;
    }

    string ValueExpr(BoundType t, string v) => t switch
    {
        EnumType e when ctx.EnumClass(e.Enum) is { } cls => $"_enum_value({cls}, {v})",
        StructType s when ctx.Twinned(s.Struct) => $"_from_twin({ctx.StructClass(s.Struct)}, {v})",
        StructType s => $"{ctx.StructClass(s.Struct)}._copy({v})",
        _ => v,
    };
}
