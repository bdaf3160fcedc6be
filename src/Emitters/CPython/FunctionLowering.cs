using Bindgen.Emitters.Common;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.CPython;

/// <summary>
/// The CPython C of functions, methods and constructors. Their lowering (parameters, call, results, errors)
/// is Common/CApiFunctionLowering; this file holds only the hooks that give it the CPython C.
/// </summary>
public sealed partial class CPythonLowering
{
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
