using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>Binds a function pointer type as a callback signature: default rules for its params, one void* carrying the user data.</summary>
public static class CallbackBinder
{
    /// <summary>Structs by value (exposed ones) are an extension: only the csharp target renders them so far.</summary>
    public static (BoundCallback? Callback, string? Why) Bind(BindContext ctx, CFunction owner, CParam param, ISet<string> exposedStructs)
    {
        var fn = TypeFacts.FunctionOf(param.Type);
        if (fn is null) return (null, $"parameter '{param.Name}' is not a function pointer");
        if (fn.IsVariadic) return (null, "the callback type is variadic");

        var name = param.Type is CTypedefType td ? td.Name : $"{owner.Name}_{param.Name}";
        var spelling = param.Type is CTypedefType ? param.Type.Spelling.Replace("const ", "") : param.Type.Canonical.Spelling;
        var ps = new List<BoundCallbackParam>();
        int userData = -1;
        for (int i = 0; i < fn.Params.Count; i++)
        {
            var t = fn.Params[i];
            var pname = i < fn.ParamNames.Count && fn.ParamNames[i].Length > 0 ? fn.ParamNames[i] : $"p{i + 1}";
            BoundType? bt = ctx.Types.Scalar(t);
            if (bt is StructType st && !exposedStructs.Contains(st.Struct)) bt = null;
            if (bt is null && TypeFacts.Pointee(t) is { } pt)
            {
                if (TypeFacts.IsVoid(pt) && userData < 0) { userData = i; bt = new PointerType(TypeFacts.LocalSpelling(t)); }
                else if (TypeFacts.IsCharLike(pt) && pt.IsConst) bt = new StringType(TypeFacts.LocalSpelling(t), StringEncoding.Utf8);
            }
            if (bt is null) return (null, $"callback parameter '{pname}' of type '{t.Spelling}' cannot be bound");
            ps.Add(new BoundCallbackParam(Naming.PythonIdentifier(pname), bt));
        }
        if (userData < 0) return (null, $"callback type '{name}' has no void* parameter to carry user data");

        BoundType ret;
        if (TypeFacts.IsVoid(fn.Return)) ret = new VoidType();
        else if (ctx.Types.Scalar(fn.Return) is { } rt and not StructType) ret = rt;
        else return (null, $"callback return type '{fn.Return.Spelling}' cannot be bound");

        return (new BoundCallback(spelling, ret, ps, userData) { Name = name }, null);
    }
}
