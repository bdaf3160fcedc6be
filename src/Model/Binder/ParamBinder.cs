using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>
/// Gives each C parameter of one function exactly one role, from its annotation or the default rules.
/// A parameter that cannot be bound makes the whole function skipped: Skip says why and which annotation would help.
/// </summary>
public sealed class ParamBinder(BindContext ctx, CFunction f, FunctionSpec? fs, FunctionKind kind, ISet<string> exposedStructs, Func<string, bool> isBoundFunction)
{
    public string? Skip { get; private set; }
    public SourceLocation? SkipAt { get; private set; }
    /// <summary>Errors in the spec for this function were reported; the function is dropped.</summary>
    public bool Failed { get; private set; }

    readonly Dictionary<string, string> _claimedBy = new();
    bool _storage;
    readonly List<BoundCallback> _callbacks = new();
    public IReadOnlyList<BoundCallback> Callbacks => _callbacks;

    /// <summary>Why only the csharp target can render this function (an extension role), or null.</summary>
    public string? CSharpOnly { get; private set; }

    ParamSpec? SpecOf(string name) => fs?.Params.GetValueOrDefault(name);

    void Error(SourceLocation at, string message) { ctx.Diagnostics.Error(at, message); Failed = true; }

    void Unbindable(CParam p, string why)
    {
        if (Skip is not null) return;
        Skip = $"parameter '{p.Name}' ({p.Type.Spelling}): {why}";
        SkipAt = SpecOf(p.Name)?.Location ?? f.Location;
    }

    public IReadOnlyList<BoundParam> Bind()
    {
        CheckSpecNames();
        ClaimHiddenParams();
        var result = new List<BoundParam>();
        for (int i = 0; i < f.Params.Count; i++)
        {
            var p = f.Params[i];
            var ps = SpecOf(p.Name);
            var role = RoleOf(p, i, ps);
            if (role is null) continue;
            if (ps?.Default is not null && !role.Visible)
                Error(ps.At("default"), $"'default' on parameter '{p.Name}' of '{f.Name}', which is not an argument (its role is {RoleName(role)})");
            result.Add(new BoundParam(p.Name, Naming.PythonIdentifier(p.Name), Naming.CSharpIdentifier(p.Name), i, p.Type.Spelling, role)
            {
                Default = ps?.Default,
                TransferFull = ps?.Transfer == "full",
            });
        }
        // A defaulted argument before a required one could only be given by keyword anyway: make it keyword-only,
        // so the required ones can be passed by position (crc32(data) rather than crc32(buf=data)).
        for (int i = 0; i < result.Count; i++)
            if (result[i].Role.Visible && result[i].Default is not null && result.Skip(i + 1).Any(x => x.Role.Visible && x.Default is null))
                result[i] = result[i] with { KeywordOnly = true };
        return result;
    }

    static string RoleName(ParamRole r) => r.GetType().Name.Replace("Role", "").ToLowerInvariant();

    void CheckSpecNames()
    {
        if (fs is null) return;
        foreach (var (name, ps) in fs.Params)
            if (f.Params.All(p => p.Name != name))
                Error(ps.Location, $"'{f.Name}' has no parameter '{name}'{Suggest.Hint(name, f.Params.Select(p => p.Name))}" +
                      (f.Params.Any(p => p.Unnamed) ? " (unnamed parameters are p1, p2, …)" : ""));
    }

    /// <summary>Lengths, produced counts and user data belong to another parameter; find them first.</summary>
    void ClaimHiddenParams()
    {
        if (fs is null) return;
        foreach (var (name, ps) in fs.Params)
        {
            void Claim(string? target, string what, SourceLocation at)
            {
                if (target is null) return;
                if (f.Params.All(p => p.Name != target))
                    Error(at, $"{what} '{target}' is not a parameter of '{f.Name}'{Suggest.Hint(target, f.Params.Select(p => p.Name))}");
                else if (_claimedBy.TryGetValue(target, out var other))
                    Error(at, $"parameter '{target}' is already the {other}");
                else _claimedBy[target] = $"{what} of '{name}'";
            }
            if (ps.Buffer is not null) { Claim(ps.Length, "length", ps.At("length")); Claim(ps.Produced, "produced", ps.At("produced")); }
            else if (ps.StringArray is not null || ps.Out || ps.String is not null) Claim(ps.Length, "length", ps.At("length"));
            if (ps.Callback is { } cb) Claim(cb.UserData, "user_data", cb.At("user_data"));
        }
    }

    ParamRole? RoleOf(CParam p, int index, ParamSpec? ps)
    {
        if (_claimedBy.TryGetValue(p.Name, out var claim)) return ClaimedRole(p, claim);
        if (ps?.Fixed is { } fixedValue) return FixedRoleOf(p, ps, fixedValue);
        if (ps?.Buffer is { } dir) return BufferRoleOf(p, ps, dir);
        if (ps?.StringArray is { } arrayEncoding) return StringArrayRoleOf(p, ps, arrayEncoding);
        if (ps is { Out: true, Length: not null }) return OutArrayRoleOf(p, ps);
        if (ps is { Out: true }) return OutRoleOf(p, ps);
        if (ps is { Inout: true })
        {
            if (p.ArrayLength is not > 1 && TypeFacts.Pointee(p.Type) is { } pt && ctx.Types.Scalar(pt) is { } st and not StructType) return new InoutRole(st);
            Error(ps.At("inout"), $"'inout' needs a pointer to a scalar; '{p.Name}' of '{f.Name}' is '{p.Type.Spelling}'");
            return null;
        }
        if (ps?.Callback is { } cb) return CallbackRoleOf(p, ps, cb);

        bool nullable = ps?.Nullable ?? false;
        if (ps is { String: { } textEnc, Length: not null }) return CountedTextRoleOf(p, ps, textEnc);
        if (ps?.String is { } enc)
        {
            if (TypeFacts.Pointee(p.Type) is { } sp && TypeFacts.IsCharLike(sp)) return new StringRole(enc, nullable);
            Error(ps.At("string"), $"'string' needs a char pointer; '{p.Name}' of '{f.Name}' is '{p.Type.Spelling}'");
            return null;
        }

        if (index == 0 && kind.MethodOf is { } self) return new HandleRole(self, false, true);
        if (kind.ConstructorOf is { } ctor && IsHandlePointerPointer(p.Type, ctx.RecordOf(ctor))) return new OutRole(HandleOf(ctor));
        if (kind.ConstructorOf is { } actor && ctx.Handles[actor].Spec.Allocate && !_storage && TypeFacts.PointeeRecord(p.Type) == ctx.RecordOf(actor))
        {
            _storage = true;
            return new StorageRole(actor);
        }
        if (ctx.Types.Scalar(p.Type) is { } scalar)
        {
            if (scalar is StructType s && !exposedStructs.Contains(s.Struct)) { Unbindable(p, $"struct '{s.Struct}' is not exposed"); return null; }
            return new ValueRole(scalar);
        }
        if (ctx.HandleKeyOf(p.Type) is { } hk && ctx.HandlesByRecord.ContainsKey(hk)) return new HandleRole(hk, nullable, false);
        if (TypeFacts.PointeeRecord(p.Type) is { } rec)
        {
            if (exposedStructs.Contains(rec)) return new StructRefRole(rec, TypeFacts.IsConstPointee(p.Type), nullable);
            Unbindable(p, $"pointer to struct '{rec}', which is neither a handle nor an exposed struct (declare it under handles:, or mark it out: true)");
            return null;
        }
        if (TypeFacts.Pointee(p.Type) is { } pointee)
        {
            if (TypeFacts.IsCharLike(pointee) && pointee.IsConst) return new StringRole(StringEncoding.Utf8, nullable);
            if (TypeFacts.IsFunctionPointer(p.Type)) Unbindable(p, "a function pointer needs `callback: {user_data: PARAM}`");
            else if (TypeFacts.IsCharLike(pointee)) Unbindable(p, "a mutable char* is ambiguous: annotate `buffer: out` (with a length) or `string: utf8`");
            else if (ctx.Types.Scalar(pointee) is not null) Unbindable(p, "a pointer to a scalar is ambiguous: annotate `out: true`, `inout: true` or `buffer: in|out|inout` with a length");
            else Unbindable(p, "an untyped pointer: annotate `buffer: …`, `fixed: null` or a callback's `user_data`");
            return null;
        }
        Unbindable(p, "this type has no binding");
        return null;
    }

    ParamRole? ClaimedRole(CParam p, string claim)
    {
        if (claim.StartsWith("length"))
        {
            var owner = claim[(claim.IndexOf('\'') + 1)..^1];
            if (TypeFacts.IsInteger(p.Type, allowEnum: false)) return new LengthRole(owner, false, TypeFacts.LocalSpelling(p.Type));
            if (TypeFacts.Pointee(p.Type) is { } lp && TypeFacts.IsInteger(lp, allowEnum: false)) return new LengthRole(owner, true, TypeFacts.LocalSpelling(lp));
            Error(SpecOf(owner)!.At("length"), $"length '{p.Name}' of '{f.Name}' must be an integer or a pointer to one, not '{p.Type.Spelling}'");
            return null;
        }
        if (claim.StartsWith("produced"))
        {
            var owner = claim[(claim.IndexOf('\'') + 1)..^1];
            if (TypeFacts.Pointee(p.Type) is { } pp && TypeFacts.IsInteger(pp, allowEnum: false)) return new ProducedRole(owner, TypeFacts.LocalSpelling(pp));
            Error(SpecOf(owner)!.At("produced"), $"produced '{p.Name}' of '{f.Name}' must be a pointer to an integer, not '{p.Type.Spelling}'");
            return null;
        }
        var cbOwner = claim[(claim.IndexOf('\'') + 1)..^1];
        if (TypeFacts.Pointee(p.Type) is { } up && TypeFacts.IsVoid(up)) return new UserDataRole(cbOwner);
        Error(SpecOf(cbOwner)!.Callback!.At("user_data"), $"user_data '{p.Name}' of '{f.Name}' must be a void*, not '{p.Type.Spelling}'");
        return null;
    }

    /// <summary>`fixed:` a scalar, a macro constant's name (its value) or `sizeof(TYPE)` (the struct's size from the C model).</summary>
    ParamRole? FixedRoleOf(CParam p, ParamSpec ps, ScalarValue v)
    {
        if (v.Kind == ScalarKind.String)
        {
            var text = v.Text.Trim();
            var m = System.Text.RegularExpressions.Regex.Match(text, @"^sizeof\s*\(\s*(?:struct\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*\)$");
            if (m.Success)
            {
                var name = m.Groups[1].Value;
                var rec = ctx.Types.RecordNameOf(name) is { } rn ? ctx.Types.Record(rn) : null;
                if (rec is not { IsComplete: true, Size: > 0 })
                {
                    Error(ps.At("fixed"), $"'fixed: {text}' on '{p.Name}' of '{f.Name}': '{name}' is not a complete struct in the headers{Suggest.Hint(name, ctx.Types.RecordAndTypedefNames)}");
                    return null;
                }
                var size = rec.Size.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return new FixedRole(size, new ScalarValue(size, ScalarKind.Int));
            }
            if (ctx.Header.Macros.FirstOrDefault(x => x.Name == text) is { } macro)
            {
                return macro.Kind switch
                {
                    CMacroKind.Integer => Int(macro.Unsigned ? ((ulong)macro.IntValue).ToString() : macro.IntValue.ToString()),
                    CMacroKind.Float => new FixedRole(macro.FloatValue.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                        new ScalarValue(macro.FloatValue.ToString("R", System.Globalization.CultureInfo.InvariantCulture), ScalarKind.Float)),
                    _ => new FixedRole(CStringLiteral(macro.StringValue ?? ""), new ScalarValue(macro.StringValue ?? "", ScalarKind.String)) { IsString = true },
                };
            }
        }
        return new FixedRole(FixedCValue(v), v);

        static FixedRole Int(string s) => new(s, new ScalarValue(s, ScalarKind.Int));
    }

    static string CStringLiteral(string s)
    {
        var sb = new System.Text.StringBuilder("\"");
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(s))
            sb.Append(b switch { (byte)'"' => "\\\"", (byte)'\\' => "\\\\", >= 0x20 and < 0x7f => ((char)b).ToString(), _ => $"\\{Convert.ToString(b, 8).PadLeft(3, '0')}" });
        return sb.Append('"').ToString();
    }

    static string FixedCValue(ScalarValue v) => v.Kind switch
    {
        ScalarKind.Null => "NULL",
        ScalarKind.Bool => v.Text is "true" or "True" ? "1" : "0",
        _ => v.Text,
    };

    ParamRole? BufferRoleOf(CParam p, ParamSpec ps, BufferDirection dir)
    {
        if (TypeFacts.Pointee(p.Type) is not { } pointee || TypeFacts.IsFunctionPointer(p.Type))
        {
            Error(ps.At("buffer"), $"'buffer' needs a data pointer; '{p.Name}' of '{f.Name}' is '{p.Type.Spelling}'");
            return null;
        }
        if (dir != BufferDirection.In && pointee.IsConst)
            Error(ps.At("buffer"), $"'buffer: {dir.ToString().ToLowerInvariant()}' on '{p.Name}' of '{f.Name}', which points to const data");
        var role = new BufferRole(dir, TypeFacts.LocalSpelling(pointee), TypeFacts.ElementSize(p.Type))
        {
            PointerCType = TypeFacts.LocalSpelling(p.Type),
            ByteElements = TypeFacts.IsVoid(pointee) || TypeFacts.IsCharLike(pointee),
            LengthUnit = ps.LengthUnit ?? LengthUnit.Items,
            Nullable = ps.Nullable,
        };
        if (ps.Length is { } len && f.Params.FirstOrDefault(x => x.Name == len) is { } lp)
        {
            bool isPtr = TypeFacts.Pointee(lp.Type) is { } lpp && TypeFacts.IsInteger(lpp, allowEnum: false);
            role = role with { LengthParam = len, LengthIsPointer = isPtr, LengthCType = TypeFacts.LocalSpelling(isPtr ? TypeFacts.Pointee(lp.Type)! : lp.Type) };
        }
        if (ps.Produced is { } prod && f.Params.FirstOrDefault(x => x.Name == prod) is { } pr)
            role = role with { ProducedParam = prod, ProducedCType = TypeFacts.Pointee(pr.Type) is { } prt ? TypeFacts.LocalSpelling(prt) : null };
        if (ps.Alloc is { } alloc)
        {
            var (expr, err) = AllocExprParser.Parse(alloc,
                name => f.Params.Any(x => x.Name == name && name != p.Name && !(_claimedBy.TryGetValue(name, out var c) && c.StartsWith("length of '" + p.Name))),
                isBoundFunction);
            if (expr is null) { Error(ps.At("alloc"), err!); return null; }
            role = role with { Alloc = expr };
        }
        if (dir == BufferDirection.In && role.LengthIsPointer)
            Error(ps.At("length"), $"an input buffer's length '{ps.Length}' must be a value, not a pointer");
        return role;
    }

    /// <summary>
    /// `string: utf8|bytes` + `length: n` on a `const char *` (`const unsigned char *`, `const uint8_t *`) input: text with
    /// its length in bytes, embedded NUL allowed. It is a `buffer: in` (the length hidden, filled the same way) that knows
    /// its encoding, so every target that renders buffers renders it; only utf8 (str in, bytes refused) differs.
    /// </summary>
    ParamRole? CountedTextRoleOf(CParam p, ParamSpec ps, StringEncoding encoding)
    {
        if (TypeFacts.Pointee(p.Type) is not { } pointee || !TypeFacts.IsCharLike(pointee) || !pointee.IsConst)
        {
            Error(ps.At("string"), $"'string' with 'length' needs a const char (or unsigned char, uint8_t) pointer input; '{p.Name}' of '{f.Name}' is '{p.Type.Spelling}'");
            return null;
        }
        if (f.Params.FirstOrDefault(x => x.Name == ps.Length) is not { } lp) return null; // reported by ClaimHiddenParams
        if (!TypeFacts.IsInteger(lp.Type, allowEnum: false))
        {
            Error(ps.At("length"), $"the length '{lp.Name}' of string '{p.Name}' of '{f.Name}' must be an integer (its size in bytes), not '{lp.Type.Spelling}'");
            return null;
        }
        return new BufferRole(BufferDirection.In, TypeFacts.LocalSpelling(pointee), 1)
        {
            PointerCType = TypeFacts.LocalSpelling(p.Type),
            ByteElements = true,
            LengthUnit = LengthUnit.Bytes,
            Nullable = ps.Nullable,
            LengthParam = lp.Name,
            LengthCType = TypeFacts.LocalSpelling(lp.Type),
            Text = encoding,
        };
    }

    ParamRole? OutRoleOf(CParam p, ParamSpec ps)
    {
        if (TypeFacts.Pointee(p.Type) is not { } pointee)
        {
            Error(ps.At("out"), $"'out' needs a pointer; '{p.Name}' of '{f.Name}' is '{p.Type.Spelling}'");
            return null;
        }
        if (p.ArrayLength is > 1 and var arrayLength)
        {
            // `char out[29]`: C writes all N elements, one value would be overrun.
            Error(ps.At("out"), $"'out' returns one value, but '{p.Name}' of '{f.Name}' is an array of {arrayLength}: annotate `buffer: out` with a length or `alloc`");
            return null;
        }
        var ownership = ps.Ownership == "owned" || ps.Free is not null ? Ownership.Owned : Ownership.Borrowed;
        if (ps.Free is { } free && !FreeFunctionOk(free, ps.At("free"))) return null;
        if (TypeFacts.Pointee(pointee) is { } inner && TypeFacts.IsCharLike(inner))
            return new OutRole(new StringType(TypeFacts.LocalSpelling(pointee), ps.String ?? StringEncoding.Utf8)) { Ownership = ownership, Free = ps.Free };
        var handleRec = ps.Handle is { } hn ? ctx.HandleKeyByName(hn) : ctx.HandleKeyOf(BindContext.SpelledPointee(p.Type) ?? pointee);
        if (handleRec is not null && ctx.HandlesByRecord.ContainsKey(handleRec) && TypeFacts.Pointee(pointee) is not null)
            return new OutRole(HandleOf(handleRec)) { Ownership = ps.Ownership == "borrowed" ? Ownership.Borrowed : Ownership.Owned };
        if (ctx.Types.Scalar(pointee) is { } st)
        {
            if (st is StructType s && !exposedStructs.Contains(s.Struct)) { Unbindable(p, $"struct '{s.Struct}' is not exposed"); return null; }
            return new OutRole(st);
        }
        Error(ps.At("out"), $"'out' on '{p.Name}' of '{f.Name}': cannot return a '{pointee.Spelling}'");
        return null;
    }

    /// <summary>Extension: `const char *const *names, int count` as a list of strings.</summary>
    ParamRole? StringArrayRoleOf(CParam p, ParamSpec ps, StringEncoding encoding)
    {
        if (TypeFacts.Pointee(p.Type) is not { } inner || TypeFacts.Pointee(inner) is not { } ch || !TypeFacts.IsCharLike(ch))
        {
            Error(ps.At("string_array"), $"'string_array' needs a 'char **' (or 'const char *const *'); '{p.Name}' of '{f.Name}' is '{p.Type.Spelling}'");
            return null;
        }
        if (ps.Length is null || f.Params.FirstOrDefault(x => x.Name == ps.Length) is not { } lp)
        {
            if (ps.Length is null) Error(ps.At("string_array"), $"'string_array' on '{p.Name}' of '{f.Name}' needs `length`: the parameter carrying the count");
            return null;
        }
        if (!TypeFacts.IsInteger(lp.Type, allowEnum: false))
        {
            Error(ps.At("length"), $"the count '{lp.Name}' of string_array '{p.Name}' of '{f.Name}' must be an integer, not '{lp.Type.Spelling}'");
            return null;
        }
        CSharpOnly ??= $"parameter '{p.Name}' is a string_array";
        return new StringArrayRole(encoding, lp.Name, TypeFacts.LocalSpelling(lp.Type), ps.Nullable);
    }

    /// <summary>Extension: `T **items, unsigned *count` filled by C with an array it allocated; returned as a list of copies.</summary>
    ParamRole? OutArrayRoleOf(CParam p, ParamSpec ps)
    {
        var elemType = TypeFacts.Pointee(p.Type) is { } mid ? TypeFacts.Pointee(mid) : null;
        var element = elemType is null ? null : ctx.Types.Scalar(elemType);
        if (element is null)
        {
            Error(ps.At("out"), $"'out' with 'length' needs a 'T **' whose T is a scalar or an exposed struct; '{p.Name}' of '{f.Name}' is '{p.Type.Spelling}'");
            return null;
        }
        if (element is StructType s && !exposedStructs.Contains(s.Struct)) { Unbindable(p, $"struct '{s.Struct}' is not exposed"); return null; }
        var lp = f.Params.FirstOrDefault(x => x.Name == ps.Length);
        if (lp is null) return null; // reported by ClaimHiddenParams
        if (TypeFacts.Pointee(lp.Type) is not { } lpt || !TypeFacts.IsInteger(lpt, allowEnum: false))
        {
            Error(ps.At("length"), $"the count '{lp.Name}' of out array '{p.Name}' of '{f.Name}' must be a pointer to an integer, not '{lp.Type.Spelling}'");
            return null;
        }
        var role = new OutArrayRole(element, lp.Name, TypeFacts.LocalSpelling(lpt));
        if (ps.Free is { } free)
        {
            var ff = ctx.Header.FindFunction(free);
            if (ff is null && free != "free")
            {
                Error(ps.At("free"), $"free function '{free}' is not declared in the headers{ctx.WhereLooked}{Suggest.Hint(free, ctx.Header.Functions.Select(x => x.Name))}");
                return null;
            }
            // One pointer: the array. Several: each named like one of this function's parameters (clang_disposeTokens(TU, Tokens, NumTokens)).
            IReadOnlyList<string> args = ff is null || ff.Params.Count == 1 ? [p.Name] : ff.Params.Select(x => x.Name).ToList();
            if (args.FirstOrDefault(a => f.Params.All(x => x.Name != a)) is { } missing)
            {
                Error(ps.At("free"), $"free function '{free}' takes '{missing}', which is not a parameter of '{f.Name}' (a free function of several parameters gets this function's same-named arguments)");
                return null;
            }
            role = role with { Free = free, FreeArgs = args };
        }
        CSharpOnly ??= $"parameter '{p.Name}' is an out array";
        return role;
    }

    ParamRole? CallbackRoleOf(CParam p, ParamSpec ps, CallbackSpec cb)
    {
        if (cb.UserData is null) { Error(cb.Location, $"callback '{p.Name}' of '{f.Name}' needs user_data: the void* parameter that carries it"); return null; }
        var (sig, why) = CallbackBinder.Bind(ctx, f, p, exposedStructs);
        if (sig is null)
        {
            if (TypeFacts.IsFunctionPointer(p.Type)) { Unbindable(p, why!); return null; }
            Error(ps.At("callback"), $"callback '{p.Name}' of '{f.Name}': {why}");
            return null;
        }
        if (cb.Scope == CallbackScope.Forever && kind.MethodOf is null && !f.Params.Any(x => ctx.HandleKeyOf(x.Type) is { } r && ctx.HandlesByRecord.ContainsKey(r)))
        {
            Error(cb.At("scope"), $"callback '{p.Name}' of '{f.Name}' has scope: forever but no handle parameter owns it");
            return null;
        }
        if (sig.Params.Any(x => x.Type is StructType)) CSharpOnly ??= $"callback '{p.Name}' takes a struct by value";
        _callbacks.Add(sig);
        return new CallbackRole(sig, cb.UserData, cb.Scope, ps.Nullable);
    }

    bool IsHandlePointerPointer(CType t, string record) =>
        BindContext.SpelledPointee(t) is { } inner && ctx.HandleKeyOf(inner) == record;

    HandleType HandleOf(string key) => new(ctx.HandlePointerSpelling(key), key);

    bool FreeFunctionOk(string free, SourceLocation at)
    {
        if (ctx.CheckFreeFunction(free, at)) return true;
        Failed = true;
        return false;
    }
}

/// <summary>What a function is to its handle: a method (first param is self) or a constructor.</summary>
public sealed record FunctionKind(string? MethodOf = null, string? ConstructorOf = null)
{
    public static readonly FunctionKind Plain = new();
}
