using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>Binds one C function: its parameters (ParamBinder), its return and error convention, and what the call gives back.</summary>
public sealed class FunctionBinder(BindContext ctx, ISet<string> exposedStructs, IDictionary<string, BoundError> errors, Func<string, bool> isBoundFunction)
{
    public List<BoundCallback> Callbacks { get; } = new();

    /// <summary>
    /// Why Bind gave null for a function, by C name: the skip warning's text (shown only with -v), kept so an error about
    /// something that needed the function (a handle's constructor) can say why itself.
    /// </summary>
    public Dictionary<string, string> SkipReasons { get; } = new(StringComparer.Ordinal);

    void Skipped(SourceLocation at, CFunction f, string why)
    {
        SkipReasons[f.Name] = why;
        ctx.Diagnostics.Warning(at, $"function '{f.Name}' skipped: {why}");
    }

    public BoundFunction? Bind(CFunction f, FunctionKind kind, string pyName)
    {
        var fs = ctx.Spec.Functions.GetValueOrDefault(f.Name);
        if (f.IsVariadic)
        {
            SkipReasons[f.Name] = "it is variadic";
            ctx.Diagnostics.Warning(fs?.Location ?? f.Location, $"function '{f.Name}' is variadic and cannot be bound; skipped");
            return null;
        }
        if (fs?.Stream is not null && !StreamBinder.IsStreamable(ctx, f, kind)) return null;
        var pb = new ParamBinder(ctx, f, fs, kind, exposedStructs, isBoundFunction);
        var ps = pb.Bind();
        if (pb.Failed) { SkipReasons[f.Name] = "its annotations have errors (reported above)"; return null; }
        if (!AllocOperands.Check(ctx, f, fs, ps)) { SkipReasons[f.Name] = "its alloc expression has errors (reported above)"; return null; }
        if (pb.Skip is not null)
        {
            Skipped(pb.SkipAt!, f, pb.Skip);
            return null;
        }
        var rs = fs?.Returns;
        var (ret, why) = BindReturn(f, rs, kind);
        if (ret is null)
        {
            if (why is not null) Skipped(rs?.Location ?? fs?.Location ?? f.Location, f, why);
            else SkipReasons[f.Name] = "its return annotation has errors (reported above)";
            return null;
        }
        BoundErrorCheck? check = null;
        if (rs is not null && (rs.Error is not null || rs.InlineError is not null))
        {
            check = ErrorBinder.Check(ctx, f, rs, errors);
            if (check is null) return null;
            if (errors[check.Error].Kind == ErrorKind.ReturnCode && !rs.Keep) ret = ret with { Hidden = true };
        }
        BoundStream? stream = null;
        if (fs?.Stream is { } ss)
        {
            stream = StreamBinder.Bind(ctx, f, ss, kind, ps, ret, check is null ? null : errors[check.Error]);
            if (stream is null) return null;
        }
        Callbacks.AddRange(pb.Callbacks);
        var csharpOnly = pb.CSharpOnly ?? (ret.StringVia is not null ? $"it returns the string struct '{ret.CSpelling}'" : null);
        if (csharpOnly is not null && TargetsSpec.AllNames.Any(t => t != "csharp" && ctx.Spec.Targets.IsEnabled(t)))
            ctx.Diagnostics.Warning(fs?.Location ?? f.Location, $"function '{f.Name}': {csharpOnly}, which only the csharp target binds so far; the Python targets leave it out");
        return new BoundFunction(f.Name, pyName, Naming.Pascal(pyName), ps, ret)
        {
            Stream = stream,
            Doc = fs?.Doc ?? f.Doc,
            Location = f.Location,
            ErrorCheck = check,
            Gil = fs?.Gil == "release" ? GilPolicy.Release : GilPolicy.Hold,
            Results = stream is not null ? [new BoundResult(ResultSource.StreamOutput, null)] : ResultsOf(ret, ps),
            MethodOf = kind.MethodOf,
            IsInline = f.IsInline,
            CSharpOnly = csharpOnly,
        };
    }

    (BoundReturn? Return, string? Why) BindReturn(CFunction f, ReturnSpec? rs, FunctionKind kind)
    {
        var t = f.Return;
        var spelling = t.Spelling;
        if (TypeFacts.IsVoid(t)) return (new BoundReturn(ReturnKind.Void, new VoidType(), "void"), null);

        if (kind.ConstructorOf is { } ck && ck != ctx.RecordOf(ck) && TypeFacts.PointeeRecord(t) == ctx.RecordOf(ck))
            return (new BoundReturn(ReturnKind.Handle, new HandleType(ctx.HandlePointerSpelling(ck), ck), TypeFacts.LocalSpelling(t)) { Ownership = Ownership.Owned }, null);
        var handleName = rs?.Handle;
        var rec = handleName is not null ? ctx.HandleKeyByName(handleName) : ctx.HandleKeyOf(t);
        if (handleName is not null && (rec is null || !ctx.HandlesByRecord.ContainsKey(rec)))
        {
            ctx.Diagnostics.Error(rs!.At("handle"), $"'{handleName}' is not declared under handles{Suggest.Hint(handleName, ctx.Spec.Handles.Keys)}");
            return (null, null);
        }
        if (rec is not null && ctx.HandlesByRecord.ContainsKey(rec) && ctx.HandleKeyOf(t) == rec)
        {
            if (handleName is null && kind.ConstructorOf != rec)
                return (null, $"returns a '{spelling}': annotate `returns: {{handle: {ctx.HandlesByRecord[rec].CType}}}` for a new object");
            var hs = ctx.HandlePointerSpelling(rec);
            var own = rs?.Ownership == "borrowed" ? Ownership.Borrowed : Ownership.Owned;
            return (new BoundReturn(ReturnKind.Handle, new HandleType(hs, rec), TypeFacts.LocalSpelling(t)) { Ownership = own }, null);
        }
        if (TypeFacts.Pointee(t) is { } pointee && TypeFacts.IsCharLike(pointee))
        {
            var owned = rs?.Ownership == "owned" || rs?.Free is not null;
            if (!owned && rs?.Ownership is null && !pointee.IsConst)
                return (null, $"returns a mutable '{spelling}': annotate `returns: {{ownership: owned, free: FUNCTION}}` or `{{ownership: borrowed}}`");
            if (rs?.Free is { } free && !ctx.CheckFreeFunction(free, rs.At("free")))
                return (null, null);
            if (owned && rs?.Free is null)
            {
                ctx.Diagnostics.Error(rs!.At("ownership"), $"'{f.Name}' returns an owned string but names no `free` function");
                return (null, null);
            }
            var enc = rs?.String ?? StringEncoding.Utf8;
            return (new BoundReturn(ReturnKind.String, new StringType(TypeFacts.LocalSpelling(t), enc), TypeFacts.LocalSpelling(t))
            { Ownership = owned ? Ownership.Owned : Ownership.Borrowed, Free = rs?.Free }, null);
        }
        if (t.Canonical is CRecordType sr && StringStruct(sr.Name) is { StringVia: { } via } ss)
        {
            var enc = rs?.String ?? StringEncoding.Utf8;
            return (new BoundReturn(ReturnKind.String, new StringType(TypeFacts.LocalSpelling(t), enc), TypeFacts.LocalSpelling(t))
            { Ownership = ss.Free is null ? Ownership.Borrowed : Ownership.Owned, Free = ss.Free, StringVia = via }, null);
        }
        if (ctx.Types.Scalar(t) is { } scalar)
        {
            if (scalar is StructType s && !exposedStructs.Contains(s.Struct)) return (null, $"returns struct '{s.Struct}', which is not exposed");
            return (new BoundReturn(ReturnKind.Value, scalar, TypeFacts.LocalSpelling(t)), null);
        }
        return (null, $"return type '{spelling}' has no binding (annotate `returns: {{handle: TYPE}}` or `string:` where it fits)");
    }

    /// <summary>The spec of a string struct (structs: {T: {string_via: F}}) by record name, whether keyed by tag or typedef.</summary>
    StructSpec? StringStruct(string record) =>
        ctx.Spec.Structs.FirstOrDefault(kv => kv.Value.StringVia is not null && (ctx.Types.RecordNameOf(kv.Key) ?? kv.Key) == record).Value;

    /// <summary>SPEC.md: the C return (unless void or hidden), then out/inout params in declaration order.</summary>
    static IReadOnlyList<BoundResult> ResultsOf(BoundReturn ret, IReadOnlyList<BoundParam> ps)
    {
        var results = new List<BoundResult>();
        if (ret.Kind != ReturnKind.Void && !ret.Hidden) results.Add(new BoundResult(ResultSource.Return, null));
        foreach (var p in ps)
        {
            switch (p.Role)
            {
                case OutRole or OutArrayRole: results.Add(new BoundResult(ResultSource.Out, p.CName)); break;
                case InoutRole: results.Add(new BoundResult(ResultSource.Inout, p.CName)); break;
                case BufferRole { Alloc: not null }: results.Add(new BoundResult(ResultSource.AllocBuffer, p.CName)); break;
                case BufferRole { Direction: not BufferDirection.In } b when b.LengthIsPointer || b.ProducedParam is not null:
                    results.Add(new BoundResult(ResultSource.ProducedLength, p.CName)); break;
            }
        }
        return results;
    }
}
