using Bindgen.Emitters.Common;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.CPython;

/// <summary>
/// Functions, methods and constructors as CPython FunctionModels. The per-parameter, result and error
/// lowering is Common/CApiFunctionLowering; this file holds only the CPython C it is rendered with.
/// </summary>
public sealed partial class CPythonLowering
{
    FunctionModel LowerFunction(BoundFunction f, string kind, BoundHandle? owner)
    {
        var prefix = owner is null ? "bg" : HandlePrefix(owner.CType);
        var name = kind == "constructor" ? "new" : f.PyName;
        var display = owner is null ? f.PyName : kind == "constructor" ? owner.ClassName : $"{owner.ClassName}.{f.PyName}";
        var fnLit = CText.Literal(display);
        var keepChecks = new List<string>();
        var detach = new List<string>();
        var ps = LowerParams(f, fnLit, keepChecks, detach);
        var ret = LowerReturn(f.Return);
        var trims = new List<TrimModel>();
        var results = LowerResults(f, kind, owner, fnLit, trims);
        return new FunctionModel
        {
            PyName = f.PyName,
            CName = f.CName,
            Impl = $"{prefix}_impl_{name}",
            Fn = fnLit,
            Entry = $"{prefix}_fn_{name}",
            Sig = $"{prefix}_sig_{name}",
            DocLiteral = FunctionDoc(f, kind, owner),
            Kind = kind,
            StateFn = kind == "module" ? "bg_module_state" : "bg_self_state",
            Args = ArgsOf(f),
            Params = ps,
            Return = ret,
            CallArgs = CallArgsOf(f, CallArg),
            ReleaseGil = f.Gil == GilPolicy.Release,
            Error = LowerErrorCheck(f),
            Results = results,
            Trims = trims,
            KeepChecks = keepChecks,
            Detach = detach,
            StreamCall = f.Stream is null ? "" : StreamCallOf(f, owner!),
            StreamInput = f.Stream is null ? "" : CText.Literal(f.Stream.InputName),
        };
    }

    // ---- the CPython C of the shared lowering ----

    protected override string Ctx => "bg_st";
    protected override string CstrCtx => "";
    protected override string PointerToPy(string expr) => $"PyLong_FromVoidPtr((void *){expr})";
    protected override string LongLongToPy(string expr) => $"PyLong_FromLongLong({expr})";
    protected override string StreamOutputToPy => "PyBytes_FromStringAndSize((const char *)bg_so, (Py_ssize_t)bg_so_len)";

    /// <summary>An alloc buffer is a bytes object: trimmed to what C produced, then taken.</summary>
    protected override string AllocResult(BoundParam p, string? produced, List<TrimModel> trims)
    {
        if (produced is not null) trims.Add(new TrimModel("bg_a_" + p.CName, produced));
        return $"bg_take(&bg_a_{p.CName})";
    }

    /// <summary>Every handle object keeps a list of its scope-forever callbacks, checked for an exception after the call.</summary>
    protected override void HandleParamEffects(BoundParam p, HandleRole h, string obj, int arg, List<string> keepChecks, List<string> detach)
    {
        if (h.IsSelf)
        {
            keepChecks.Add($"(({obj} *)bg_self)->keep");
            return;
        }
        keepChecks.Add($"(bg_argv[{arg}] != NULL && bg_argv[{arg}] != Py_None ? (({obj} *)bg_argv[{arg}])->keep : NULL)");
        if (p.TransferFull) detach.Add($"(({obj} *)bg_argv[{arg}])->ptr");
    }

    protected override ParamModel KeepForever(BoundFunction f, BoundParam p, ParamModel callback, HandleRole owner, string ownerExpr) =>
        ParamModel.Copy(callback, keepList: $"&(({HandleObj(owner.Handle)} *){ownerExpr})->keep");

    protected override string CallbackCallArg(BoundParam p, CallbackRole cb) => cb.Scope == CallbackScope.Forever
        ? $"(bg_cb_{p.CName} != NULL ? ({p.CSpelling})bg_tramp_{CText.Ident(cb.Signature.Name)} : NULL)"
        : $"(bg_cb_{p.CName}.callable != NULL ? ({p.CSpelling})bg_tramp_{CText.Ident(cb.Signature.Name)} : NULL)";

    protected override string ForeverUserData(string callback) => $"(void *)bg_cb_{callback}";
    protected override string BuiltinException(string name) => "PyExc_" + name;
    protected override string ModuleException(string field) => "bg_st->" + field;
}
