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
    protected override FunctionModel Complete(FunctionModel fm, BoundFunction f, string prefix, string name)
    {
        fm.Stateless = fm.Kind != "constructor" && !UsesState(f);
        fm.CountBusy = CountsBusy(f, fm);
        return fm;
    }

    // ---- what a call needs: module state, busy counting ----

    /// <summary>
    /// Whether the impl reads the module state: a class object of the module (its exception, a handle or struct
    /// type, an enum class) or the state a callback carries. Roles not named below count as using it. A wrong
    /// "no" cannot slip through: a stateless impl's bg_st is a const void * (BG_ST_NONE), which no state access
    /// accepts under -Werror.
    /// </summary>
    bool UsesState(BoundFunction f) =>
        f.Stream is not null
        || f.ErrorCheck is { } e && !CApiLowering.BuiltinExceptions.Contains(_m.Error(e.Error).ExceptionClass)
        || f.Return.Kind == ReturnKind.Handle
        || f.Return.Kind == ReturnKind.Value && _values.UsesState(f.Return.Type)
        || f.Params.Any(p => p.Role switch
        {
            ValueRole v => _values.UsesState(v.Type),
            InoutRole io => _values.UsesState(io.Type),
            OutRole o => o.Type is HandleType || _values.UsesState(o.Type),
            HandleRole h => !h.IsSelf,
            StringRole or BufferRole or LengthRole or ProducedRole or FixedRole => false,
            _ => true,
        });

    /// <summary>
    /// busy guards a handle's pointer while Python code could run and close() it: during argument conversion
    /// (__index__ and the like), callbacks, another thread while the GIL is released. A method without
    /// arguments that keeps the GIL, in a module whose C can call no Python (no scope: forever callbacks, the
    /// function takes none), reads self's pointer and calls C with nothing in between: no count needed.
    /// </summary>
    bool CountsBusy(BoundFunction f, FunctionModel fm) =>
        !(fm.Kind == "method" && fm.Args.Count == 0 && f.Gil == GilPolicy.Hold && f.Stream is null
          && !f.Params.Any(p => p.Role is CallbackRole) && !KeepsCallbacks);

    /// <summary>Some function takes a scope: forever callback: handle objects' keep lists may hold callables (else always empty).</summary>
    bool KeepsCallbacks => _keepsCallbacks ??= _m.AllFunctions.Any(f => f.Params.Any(p => p.Role is CallbackRole { Scope: CallbackScope.Forever }));
    bool? _keepsCallbacks;

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

    /// <summary>A handle object that keeps scope-forever callbacks has a list of them, checked for an exception after the call.</summary>
    protected override void HandleParamEffects(BoundParam p, HandleRole h, string obj, int arg, List<string> keepChecks, List<string> detach)
    {
        if (h.IsSelf)
        {
            if (KeepsCallbacks) keepChecks.Add($"(({obj} *)bg_self)->keep");
            return;
        }
        if (KeepsCallbacks) keepChecks.Add($"(bg_argv[{arg}] != NULL && bg_argv[{arg}] != Py_None ? (({obj} *)bg_argv[{arg}])->keep : NULL)");
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
