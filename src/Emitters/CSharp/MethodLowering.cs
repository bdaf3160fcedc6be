using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Plan;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.CSharp;

/// <summary>
/// Lowers one bound function to a C# method: the public signature (SPEC.md "C# surface") and a body that
/// converts arguments, pins them, calls the [LibraryImport] declaration, then applies ownership, callback
/// exceptions, the error convention and the results. Roles are read from the IR, never re-derived.
/// Generated locals start with "__" (C reserves those names, so they never clash with parameters).
/// </summary>
internal sealed partial class MethodLowering
{
    readonly CsContext cx;
    readonly BoundFunction f;
    readonly MethodKind kind;
    readonly BoundHandle? owner;
    readonly CFunction c;

    readonly List<(int Order, string Text)> _params = new();
    readonly CodeWriter _pre = new();
    readonly List<string> _fixed = new();
    readonly List<string> _unpin = new();
    readonly string[] _args;
    readonly CodeWriter _afterCall = new();
    readonly CodeWriter _post = new();
    readonly List<string> _cleanupOnThrow = new();
    readonly List<string> _pendingChecks = new();
    /// <summary>Handles whose forever callables may have run during the call (checked after the call-scope ones).</summary>
    readonly List<string> _keeperChecks = new();
    readonly CodeWriter _assign = new();
    readonly List<string> _extraOuts = new();
    readonly Dictionary<string, string> _gch = new();
    readonly Dictionary<string, string> _leases = new();
    /// <summary>The C value of each parameter by C name, for alloc expressions (longs).</summary>
    readonly Dictionary<string, string> _cValue = new();
    string? _ctorPointer;
    /// <summary>The constructor initialises storage the object allocated (allocate: true): no destructor when it fails.</summary>
    bool _storage;

    public MethodLowering(CsContext cx, BoundFunction f, MethodKind kind, BoundHandle? owner)
    {
        this.cx = cx; this.f = f; this.kind = kind; this.owner = owner;
        c = cx.Module.Header.FindFunction(f.CName) ?? throw new InvalidOperationException($"{f.CName} is not in the header model");
        _args = new string[c.Params.Count];
    }

    string NativeParamType(BoundParam p) =>
        p.Role is CallbackRole cb ? cx.FunctionPointer(cb.Signature) : cx.NativeType(c.Params[p.Index].Type) ?? "void*";

    string NativeParamType(int index) => cx.NativeType(c.Params[index].Type) ?? "void*";

    string NativeReturnType => cx.NativeType(c.Return) ?? "void*";

    static string L(BoundParam p) => "__" + p.CName;

    /// <summary>expr (of C# type exprType) as the P/Invoke parameter type: cast only where the types differ.</summary>
    static string Cast(string type, string expr, string exprType) => type == exprType ? expr : $"({type}){expr}";

    /// <summary>The handle lease of a handle parameter (or "__self").</summary>
    string LeaseOf(BoundParam p) => _leases[p.CName];

    public MethodModel Lower()
    {
        // Alloc buffers last: their size expressions read other parameters' C values (lengths, handles).
        // Out arrays after the rest too: their free call passes other parameters' native values.
        static bool Late(BoundParam p) => p.Role is BufferRole { Alloc: not null } or OutArrayRole;
        foreach (var p in f.Params.Where(p => !Late(p))) LowerParam(p);
        foreach (var p in f.Params.Where(Late)) LowerParam(p);
        return f.Stream is null ? Assemble() : AssembleStream();
    }

    void AddParam(BoundParam p, string text) => _params.Add((p.Index, text));

    void LowerParam(BoundParam p)
    {
        var name = p.CsName;
        switch (p.Role)
        {
            case ValueRole v:
                AddParam(p, $"{cx.PublicType(v.Type)} {name}{Default(p, v.Type)}");
                _args[p.Index] = CsContext.ToNative(v.Type, name);
                _cValue[p.CName] = $"(long){name}";
                break;
            case StringRole s:
                LowerString(p, s);
                break;
            case BufferRole b:
                LowerBuffer(p, b);
                break;
            case LengthRole:
            case ProducedRole:
            case UserDataRole:
                break; // filled in by the buffer / callback they belong to
            case OutRole o:
                LowerOut(p, o);
                break;
            case InoutRole io:
                {
                    var nt = cx.NativeType(io.Type);
                    AddParam(p, $"ref {cx.PublicType(io.Type)} {name}");
                    _pre.Line($"{nt} {L(p)} = {CsContext.ToNative(io.Type, name)};");
                    _args[p.Index] = $"&{L(p)}";
                    _assign.Line($"{name} = {CsContext.FromNative(io.Type, L(p))};");
                    break;
                }
            case HandleRole h:
                LowerHandle(p, h);
                break;
            case StructRefRole sr:
                {
                    var st = cx.StructName(sr.Struct);
                    AddParam(p, $"{(sr.IsConst ? "in" : "ref")} {st} {name}");
                    _fixed.Add($"fixed ({st}* {L(p)}_p = &{name})");
                    _args[p.Index] = Cast(NativeParamType(p), $"{L(p)}_p", st + "*");
                    break;
                }
            case CallbackRole cb:
                LowerCallback(p, cb);
                break;
            case StringArrayRole sa:
                LowerStringArray(p, sa);
                break;
            case OutArrayRole oa:
                LowerOutArray(p, oa);
                break;
            case StorageRole sr:
                {
                    // allocate: true: zeroed native storage that never moves; freed (without the destructor) if the constructor fails.
                    var h = cx.Module.Handle(sr.Handle);
                    _pre.Line($"void* {L(p)} = NativeMemory.AllocZeroed((nuint){h.StorageSize});");
                    _cleanupOnThrow.Add($"NativeMemory.Free({L(p)});");
                    _args[p.Index] = Cast(NativeParamType(p), L(p), "void*");
                    _ctorPointer = L(p);
                    _storage = true;
                    break;
                }
            case FixedRole { IsString: true } fs:
                _fixed.Add($"fixed (byte* {L(p)}_p = {CsSyntax.String(fs.Value.Text + "\0")}u8)");
                _args[p.Index] = Cast(NativeParamType(p), $"{L(p)}_p", "byte*");
                break;
            case FixedRole fx:
                _args[p.Index] = FixedValue(NativeParamType(p), fx.Value);
                _cValue[p.CName] = fx.Value.IsNull ? "0L" : $"(long){_args[p.Index]}";
                break;
            default:
                throw new NotSupportedException(p.Role.GetType().Name);
        }
    }

    static string FixedValue(string nativeType, ScalarValue v) => v.Kind switch
    {
        ScalarKind.Null => nativeType.EndsWith('*') || nativeType.StartsWith("delegate*") ? "null" : "default",
        ScalarKind.Bool => $"({nativeType})({(v.Text is "true" or "True" ? 1 : 0)})",
        ScalarKind.String => $"({nativeType})({v.Text})",
        _ => $"unchecked(({nativeType})({v.Text}))",
    };

    string Default(BoundParam p, BoundType? t)
    {
        if (p.Default is not { } d) return "";
        var type = t is null ? "" : cx.PublicType(t);
        var text = d.Kind switch
        {
            ScalarKind.Null => "null",
            ScalarKind.Bool => d.Text is "true" or "True" ? "true" : "false",
            ScalarKind.String => CsSyntax.String(d.Text),
            ScalarKind.Float when type == "float" => d.Text + "f",
            _ when t is EnumType => $"({type})({d.Text})",
            _ => d.Text,
        };
        return " = " + text;
    }

    void LowerString(BoundParam p, StringRole s)
    {
        var name = p.CsName;
        bool bytes = s.Encoding == StringEncoding.Bytes;
        var type = (bytes ? "byte[]" : "string") + (s.Nullable ? "?" : "");
        AddParam(p, $"{type} {name}{Default(p, null)}");
        var nullable = s.Nullable ? "true" : "false";
        _pre.Line($"byte[]? {L(p)}_z = {cx.Interop}.{(bytes ? "BytesZ" : "Utf8Z")}({name}, nameof({name}), {nullable});");
        _fixed.Add($"fixed (byte* {L(p)}_p = {L(p)}_z)");
        _args[p.Index] = Cast(NativeParamType(p), $"{L(p)}_p", "byte*");
    }

    /// <summary>Extension: a list of strings as a NULL-terminated table of NUL-terminated copies, freed after the call.</summary>
    void LowerStringArray(BoundParam p, StringArrayRole sa)
    {
        var name = p.CsName;
        AddParam(p, $"ReadOnlySpan<{(sa.Encoding == StringEncoding.Bytes ? "byte[]" : "string")}> {name}");
        _pre.Line($"using var {L(p)} = new {cx.Interop}.StringArray({name}, nameof({name}));");
        _args[p.Index] = Cast(NativeParamType(p), $"{L(p)}.Pointer", "byte**");
        var lp = f.Param(sa.LengthParam);
        _args[lp.Index] = $"checked(({NativeParamType(lp.Index)}){name}.Length)";
        _cValue[lp.CName] = $"(long){name}.Length";
    }

    /// <summary>Extension: an array C allocated, copied out (then released with its free function, given the native arguments it names).</summary>
    void LowerOutArray(BoundParam p, OutArrayRole oa)
    {
        var name = p.CsName;
        var et = cx.NativeType(oa.Element);
        var pub = cx.PublicType(oa.Element);
        var lp = f.Param(oa.LengthParam);
        var lt = PointeeType(lp.Index);
        _pre.Line($"{et}* {L(p)} = null;");
        _pre.Line($"{lt} {L(lp)} = 0;");
        _args[p.Index] = Cast(NativeParamType(p), $"&{L(p)}", et + "**");
        _args[lp.Index] = $"&{L(lp)}";
        var span = $"new ReadOnlySpan<{et}>({L(p)}, checked((int){L(lp)}))";
        var copy = et == pub ? $"{span}.ToArray()" : $"global::System.Array.ConvertAll({span}.ToArray(), __x => {CsContext.FromNative(oa.Element, "__x")})";
        _post.Line($"var {L(p)}_value = {L(p)} == null ? global::System.Array.Empty<{pub}>() : {copy};");
        if (oa.Free is { } free)
        {
            if (oa.FreeArgs.Count == 1 && oa.FreeArgs[0] == p.CName) _post.Line(FreeCall(free, L(p)));
            else
            {
                var ff = cx.Module.Header.FindFunction(free)!;
                var args = oa.FreeArgs.Select((a, i) =>
                {
                    var nt = cx.NativeType(ff.Params[i].Type) ?? "void*";
                    var value = a == p.CName ? L(p) : a == lp.CName ? L(lp) : _args[f.Param(a).Index];
                    return $"({nt}){value}";
                });
                _post.Line($"if ({L(p)} != null) {cx.Native}.{CsSyntax.Verbatim(free)}({string.Join(", ", args)});");
            }
        }
        AddParam(p, $"out {pub}[] {name}");
        _assign.Line($"{name} = {L(p)}_value;");
    }

    /// <summary>The C# element type of a buffer (void and char are bytes).</summary>
    string ElementType(BoundParam p)
    {
        var t = cx.NativeType(c.Params[p.Index].Type) ?? "void*";
        var e = t.EndsWith('*') ? t[..^1] : t;
        return e is "void" ? "byte" : e.EndsWith('*') ? "nint" : e;
    }

    void LowerBuffer(BoundParam p, BufferRole b)
    {
        var name = p.CsName;
        var elem = ElementType(p);
        // The C length in the plan's unit: an alloc buffer is a byte[] (bytes / UnitBytes), a caller's buffer a span of
        // ElementSize-byte elements (its Length, times ElementSize where the C length counts bytes).
        var u = Plan.Buffer(p.CName);
        string unitExpr;
        if (b.IsUtf8Text)
        {
            // Counted UTF-8 text: the string's bytes, no terminator (NUL allowed); an empty one still passes a valid pointer.
            AddParam(p, $"string{(b.Nullable ? "?" : "")} {name}{Default(p, null)}");
            _pre.Line($"byte[]? {L(p)}_z = {cx.Interop}.Utf8N({name}, nameof({name}), {(b.Nullable ? "true" : "false")});");
            _fixed.Add($"fixed (byte* {L(p)}_p = {L(p)}_z)");
            var valid = $"{cx.Interop}.NonNull({L(p)}_p)";
            _args[p.Index] = Cast(NativeParamType(p), b.Nullable ? $"({L(p)}_z is null ? null : {valid})" : valid, "byte*");
            unitExpr = $"({L(p)}_z?.Length ?? 0)";
        }
        else if (b.Alloc is not null)
        {
            AllocBuffer(p);
            _fixed.Add($"fixed (byte* {L(p)}_p = &MemoryMarshal.GetArrayDataReference({L(p)}_buf))");
            _args[p.Index] = Cast(NativeParamType(p), $"{L(p)}_p", "byte*");
            unitExpr = u.Scaled ? $"{L(p)}_buf.Length / {u.UnitBytes}" : $"{L(p)}_buf.Length";
        }
        else
        {
            var spanType = b.Direction == BufferDirection.In ? "ReadOnlySpan" : "Span";
            AddParam(p, $"{spanType}<{elem}> {name}");
            _fixed.Add($"fixed ({elem}* {L(p)}_p = &MemoryMarshal.GetReference({name}))");
            var ptr = b.Nullable ? $"{L(p)}_p" : $"{cx.Interop}.NonNull({L(p)}_p)";
            _args[p.Index] = Cast(NativeParamType(p), ptr, elem + "*");
            unitExpr = u.UnitBytes == u.ElementSize || u.ElementSize <= 1 ? $"{name}.Length" : $"{name}.Length * {u.ElementSize}";
        }
        if (b.LengthParam is { } lenName)
        {
            var lp = f.Param(lenName);
            if (b.LengthIsPointer)
            {
                var lt = PointeeType(lp.Index);
                _pre.Line($"{lt} {L(lp)} = checked(({lt})({unitExpr}));");
                _args[lp.Index] = $"&{L(lp)}";
            }
            else
            {
                _args[lp.Index] = $"checked(({NativeParamType(lp.Index)})({unitExpr}))";
            }
            _cValue[lp.CName] = $"(long)({unitExpr})";
        }
        if (b.ProducedParam is { } prodName)
        {
            var pp = f.Param(prodName);
            var pt = PointeeType(pp.Index);
            _pre.Line($"{pt} {L(pp)} = 0;");
            _args[pp.Index] = $"&{L(pp)}";
        }
    }

    /// <summary>The native type a pointer parameter points to (e.g. "nuint" for size_t *).</summary>
    string PointeeType(int index)
    {
        var t = NativeParamType(index);
        return t.EndsWith('*') ? t[..^1] : t;
    }

    /// <summary>The produced length of a buffer, in the C length's unit, as a long expression.</summary>
    string? ProducedOf(BufferRole b)
    {
        if (b.ProducedParam is { } prod) return $"(long){L(f.Param(prod))}";
        if (b.LengthIsPointer && b.LengthParam is { } len) return $"(long){L(f.Param(len))}";
        return null;
    }

    /// <summary>
    /// The byte[] of an alloc buffer, sized by its plan's expression over the parameters' C values. Input buffers the
    /// expression passes to a function are pinned just for that evaluation (the call pins them again).
    /// </summary>
    void AllocBuffer(BoundParam p)
    {
        var plan = Plan.Alloc(p.CName);
        var size = plan.Render(AllocOperandCs, AllocCall, l => l + "L");
        var pins = plan.InputBuffers.Select(o => f.Param(o.Param)).ToList();
        if (pins.Count > 0)
        {
            _pre.Line($"long {L(p)}_size;");
            foreach (var pin in pins)
                _pre.Line($"fixed ({ElementType(pin)}* {L(pin)}_pin = &MemoryMarshal.GetReference({pin.CsName}))");
            _pre.Line($"    {L(p)}_size = {size};");
            size = $"{L(p)}_size";
        }
        _pre.Line($"byte[] {L(p)}_buf = new byte[{cx.Interop}.AllocSize({size})];");
    }

    /// <summary>A call in an alloc expression: each argument converted to the callee's native parameter type.</summary>
    string AllocCall(CallExpr call, Func<Expr, string> render)
    {
        var fn = cx.Module.Header.FindFunction(call.Function)!;
        var args = call.Args.Select((a, i) =>
        {
            var nt = i < fn.Params.Count ? cx.NativeType(fn.Params[i].Type) ?? "long" : "long";
            if (a is ParamExpr pe && _leases.TryGetValue(pe.Param, out var lease)) return $"({nt}){lease}.Pointer";
            if (a is ParamExpr pb && f.Param(pb.Param).Role is BufferRole) return $"({nt}){render(a)}";
            return $"unchecked(({nt}){render(a)})";
        });
        return $"(long){cx.Native}.{CsSyntax.Verbatim(call.Function)}({string.Join(", ", args)})";
    }

    /// <summary>An alloc operand: an input buffer's pinned pointer, otherwise the parameter's C value.</summary>
    string AllocOperandCs(AllocOperand o)
    {
        if (o.Kind == AllocOperandKind.InputBuffer) return $"{L(f.Param(o.Param))}_pin";
        if (_cValue.TryGetValue(o.Param, out var v)) return v;
        throw new InvalidOperationException($"alloc expression of {f.CName} refers to '{o.Param}', whose value is not known before the call");
    }

    void LowerOut(BoundParam p, OutRole o)
    {
        var name = p.CsName;
        bool self = kind == MethodKind.Constructor && o.Type is HandleType ht && owner is not null && ht.Handle == owner.CType;
        switch (o.Type)
        {
            case StringType st:
                _pre.Line($"byte* {L(p)} = null;");
                _args[p.Index] = Cast(NativeParamType(p), $"&{L(p)}", "byte**");
                _post.Line($"var {L(p)}_value = {cx.Interop}.{(st.Encoding == StringEncoding.Bytes ? "Bytes" : "Utf8")}({L(p)});");
                if (o.Ownership == Ownership.Owned) _post.Line(FreeCall(o.Free, L(p)));
                AddParam(p, $"out {cx.PublicType(st)}? {name}");
                _assign.Line($"{name} = {L(p)}_value;");
                break;
            case HandleType h:
                _pre.Line($"void* {L(p)} = null;");
                _args[p.Index] = Cast(NativeParamType(p), $"&{L(p)}", "void**");
                if (self) { _ctorPointer = L(p); break; }
                var cls = cx.HandleClass(h.Handle);
                _post.Line($"var {L(p)}_obj = {L(p)} == null ? null : new {cls}(new {cx.Interop}.Adopted((nint){L(p)}, {(o.Ownership == Ownership.Owned ? "true" : "false")}));");
                _cleanupOnThrow.Add($"{L(p)}_obj?.Dispose();");
                AddParam(p, $"out {cls}? {name}");
                _assign.Line($"{name} = {L(p)}_obj;");
                break;
            default:
                var nt = cx.NativeType(o.Type);
                _pre.Line($"{nt} {L(p)} = default;");
                _args[p.Index] = Cast(NativeParamType(p), $"&{L(p)}", nt + "*");
                AddParam(p, $"out {cx.PublicType(o.Type)} {name}");
                _assign.Line($"{name} = {CsContext.FromNative(o.Type, L(p))};");
                break;
        }
    }

    void LowerHandle(BoundParam p, HandleRole h)
    {
        if (h.IsSelf)
        {
            _pre.Line($"using var __self = new {cx.Interop}.HandleLease(this, \"this\", false);");
            _leases[p.CName] = "__self";
            if (cx.Keepers.Contains(h.Handle)) _keeperChecks.Add("this.CallbackKeeper.TakePending()");
            _args[p.Index] = Cast(NativeParamType(p), "__self.Pointer", "void*");
            return;
        }
        var name = p.CsName;
        AddParam(p, $"{cx.HandleClass(h.Handle)}{(h.Nullable ? "?" : "")} {name}{Default(p, null)}");
        _pre.Line($"using var {L(p)} = new {cx.Interop}.HandleLease({name}, nameof({name}), {(h.Nullable ? "true" : "false")});");
        _leases[p.CName] = L(p);
        if (cx.Keepers.Contains(h.Handle)) _keeperChecks.Add($"{name}{(h.Nullable ? "?" : "")}.CallbackKeeper.TakePending()");
        _args[p.Index] = Cast(NativeParamType(p), $"{L(p)}.Pointer", "void*");
        if (p.TransferFull) _post.Line($"{name}{(h.Nullable ? "?" : "")}.SetHandleAsInvalid();");
    }

    /// <summary>The handle object that keeps a forever callback alive: the receiver, else the first handle argument.</summary>
    string ForeverOwner()
    {
        if (f.Params.FirstOrDefault(x => x.Role is HandleRole { IsSelf: true }) is not null) return "this";
        var hp = f.Params.First(x => x.Role is HandleRole);
        return hp.CsName + (((HandleRole)hp.Role).Nullable ? "!" : "");
    }

    void LowerCallback(BoundParam p, CallbackRole cb)
    {
        var name = p.CsName;
        var del = cx.DelegateName(cb.Signature);
        AddParam(p, $"{del}{(cb.Nullable ? "?" : "")} {name}{Default(p, null)}");
        if (!cb.Nullable) _pre.Line($"ArgumentNullException.ThrowIfNull({name});");
        var state = $"{L(p)}_state";
        _pre.Line($"var {state} = {name} is null ? null : new {cx.Interop}.CallbackState<{del}>({name});");
        var fnType = cx.FunctionPointer(cb.Signature);
        _pre.Line($"{fnType} {L(p)}_fn = {name} is null ? null : &{cx.Trampolines}.{del};");
        _args[p.Index] = $"{L(p)}_fn";
        var ud = f.Param(cb.UserDataParam);
        var gch = $"{L(p)}_gch";
        if (cb.Scope == CallbackScope.Forever)
        {
            var keeper = $"{ForeverOwner()}.CallbackKeeper";
            _pre.Line($"nint {gch} = {keeper}.Pin({state});");
            _post.Line($"{keeper}.Commit({CsSyntax.String(f.CName + "." + p.CName)}, {state}, {gch});");
            _keeperChecks.Add($"{keeper}.TakePending()");
        }
        else
        {
            _pre.Line($"nint {gch} = {cx.Interop}.Pin({state});");
            _unpin.Add($"{cx.Interop}.Unpin({gch});");
            _pendingChecks.Add($"{state}?.TakePending()");
        }
        _args[ud.Index] = Cast(NativeParamType(ud.Index), gch, "nint");
        _gch[p.CName] = gch;
    }

    /// <summary>Frees an owned pointer with the spec's free function (libc free through NativeMemory).</summary>
    string FreeCall(string? free, string ptr)
    {
        if (free is null or "free")
            return $"if ({ptr} != null) NativeMemory.Free({ptr});";
        var fn = cx.Module.Header.FindFunction(free!)!;
        var pt = cx.NativeType(fn.Params[0].Type) ?? "void*";
        return $"if ({ptr} != null) {cx.Native}.{CsSyntax.Verbatim(free!)}(({pt}){ptr});";
    }
}
