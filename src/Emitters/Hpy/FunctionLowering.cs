using Bindgen.Emitters.Common;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.Hpy;

/// <summary>
/// The HPy C of functions, methods and constructors. Their lowering (parameters, call, results, errors)
/// is Common/CApiFunctionLowering; this file holds only the hooks that give it the HPy C.
/// </summary>
public sealed partial class HpyLowering
{
    // ---- the HPy C of the shared lowering ----

    protected override FunctionModel Complete(FunctionModel fm, BoundFunction f, string prefix, string name)
    {
        fm.Def = $"{prefix}_def_{name}";
        fm.CheckErr = f.Params.Any(p => p.Role is CallbackRole || p.Role is HandleRole hr && _m.Handle(hr.Handle).KeepsCallbacks);
        fm.NoArgs = fm.Args.Count == 0 && fm.Kind != "constructor";
        // bg_sig's encoding: required arguments (1) are filled by position, keyword-only ones (2) never are
        var firstKeywordOnly = fm.Args.FindIndex(a => !a.Required && a.KeywordOnly);
        fm.MaxPos = firstKeywordOnly < 0 ? fm.Args.Count : firstKeywordOnly;
        fm.MinPos = fm.Args.FindLastIndex(a => a.Required) + 1;
        return fm;
    }

    protected override HandleModel Complete(HandleModel hm, BoundHandle h)
    {
        hm.KeepSlots = _keepSlots.TryGetValue(h.CType, out var slots) ? slots.Count : 0;
        return hm;
    }

    protected override string Ctx => "ctx";
    protected override string CstrCtx => "ctx, ";
    protected override string PointerToPy(string expr) => $"HPyLong_FromUnsignedLongLong(ctx, (unsigned long long)(uintptr_t){expr})";
    protected override string LongLongToPy(string expr) => $"bg_from_ll(ctx, {expr})";
    protected override string StreamOutputToPy => "HPyBytes_FromStringAndSize(ctx, (const char *)bg_so, (HPy_ssize_t)bg_so_len)";

    /// <summary>An alloc buffer becomes bytes in one step, cut to what C produced (-1: all of it).</summary>
    protected override string AllocResult(BoundParam p, string? produced, List<TrimModel> trims) =>
        $"bg_alloc_result(ctx, bg_ap_{p.CName}, bg_n_{p.CName}, {produced ?? "-1"})";

    /// <summary>HPy keeps callbacks in per-handle slots, not lists: only a transferred handle is detached.</summary>
    protected override void HandleParamEffects(BoundParam p, HandleRole h, string obj, int arg, List<string> keepChecks, List<string> detach)
    {
        if (!h.IsSelf && p.TransferFull) detach.Add($"{obj}_AsStruct(ctx, bg_argv[{arg}])->ptr");
    }

    /// <summary>A scope-forever callback lives in a keep slot of its owning handle, one slot per callback parameter.</summary>
    protected override ParamModel KeepForever(BoundFunction f, BoundParam p, ParamModel callback, HandleRole owner, string ownerExpr)
    {
        if (!_keepSlots.TryGetValue(owner.Handle, out var slots)) _keepSlots[owner.Handle] = slots = new();
        var key = f.CName + "/" + p.CName;
        if (!slots.Contains(key)) slots.Add(key);
        var pm = ParamModel.Copy(callback, keepList: HandlePrefix(owner.Handle), value: ownerExpr);
        pm.KeepSlot = slots.IndexOf(key);
        return pm;
    }

    protected override string CallbackCallArg(BoundParam p, CallbackRole cb) => cb.Scope == CallbackScope.Forever
        ? $"(bg_cb_{p.CName} != 0 ? ({p.CSpelling})bg_tramp_{CText.Ident(cb.Signature.Name)}_forever : NULL)"
        : $"(!HPy_IsNull(bg_cb_{p.CName}.callable) ? ({p.CSpelling})bg_tramp_{CText.Ident(cb.Signature.Name)} : NULL)";

    protected override string ForeverUserData(string callback) => $"(void *)(intptr_t)bg_cb_{callback}";
    protected override string BuiltinException(string name) => "NULL, ctx->h_" + name;
    protected override string ModuleException(string field) => "&bg_g_" + field + ", HPy_NULL";
}
