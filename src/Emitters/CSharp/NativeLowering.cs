using Bindgen.Model.C;
using Bindgen.Model.IR;

namespace Bindgen.Emitters.CSharp;

/// <summary>One [LibraryImport]: Library is the constant naming the library (LibraryName, or ShimLibraryName for a
/// static inline function or macro, whose EntryPoint is then the shim's wrapper).</summary>
public sealed record ImportModel(string Library, string EntryPoint, string CallConv, bool SetLastError, string Declaration);

/// <summary>
/// The [LibraryImport] declarations: every bound function plus the helpers the wrappers call (destructors, free
/// functions, error message functions, functions of alloc expressions). Signatures are blittable only (pointers,
/// primitives, enums, blittable structs, unmanaged function pointers), so the source generator emits no marshalling.
/// </summary>
internal sealed class NativeLowering(CsContext cx)
{
    /// <summary>Bound functions C# cannot call, with the reason (printed as comments).</summary>
    public List<(string Name, string Why)> Skipped { get; } = new();

    public bool CanCall(BoundFunction f)
    {
        var c = cx.Module.Header.FindFunction(f.CName);
        if (c is null) return false;
        if (cx.NativeType(c.Return) is null) return false;
        return f.Params.All(p => p.Role is CallbackRole || cx.NativeType(c.Params[p.Index].Type) is not null);
    }

    public string? WhyNot(BoundFunction f) => cx.Module.Header.FindFunction(f.CName) is null ? "not in the header model"
        : !CanCall(f) ? "a parameter or return type has no blittable C# form" : null;

    public IReadOnlyList<ImportModel> Imports()
    {
        var bound = cx.Module.AllFunctions.Where(CanCall).GroupBy(f => f.CName).ToDictionary(g => g.Key, g => g.First());
        var needed = new HashSet<string>(bound.Keys);
        foreach (var h in cx.Module.Handles) if (h.Destructor is { } d) needed.Add(d);
        foreach (var e in cx.Module.Errors)
        {
            if (e.MessageFunction is { } m) needed.Add(m);
            if (e.MessageFromFunction is { } mf) needed.Add(mf);
        }
        foreach (var f in bound.Values)
        {
            if (f.Return.Free is { } fr) needed.Add(fr);
            if (f.Return.StringVia is { } sv) needed.Add(sv);
            foreach (var p in f.Params)
            {
                if (p.Role is OutRole { Free: { } of }) needed.Add(of);
                if (p.Role is OutArrayRole { Free: { } af }) needed.Add(af);
                if (p.Role is BufferRole { Alloc: { } a }) a.Render(_ => "", fn => { needed.Add(fn); return fn; });
            }
        }
        needed.Remove("free");
        var errno = cx.Module.AllFunctions.Where(f => Bindgen.Model.Plan.CallPlanner.For(cx.Module, f).ErrorCheck is { Code: Bindgen.Model.Plan.CodeSource.Errno })
            .Select(f => f.CName).ToHashSet();
        var result = new List<ImportModel>();
        foreach (var c in cx.Module.Header.Functions)
        {
            if (!needed.Remove(c.Name)) continue;
            var ret = cx.NativeType(c.Return);
            var ps = new List<string>();
            for (int i = 0; i < c.Params.Count; i++)
            {
                var bp = bound.GetValueOrDefault(c.Name)?.Params.FirstOrDefault(p => p.Index == i);
                var t = bp?.Role is CallbackRole cb ? cx.FunctionPointer(cb.Signature) : cx.NativeType(c.Params[i].Type);
                ps.Add($"{t ?? "void*"} {CsSyntax.Verbatim(c.Params[i].Name)}");
            }
            var shim = cx.Module.InShim(c.Name);
            result.Add(new ImportModel(shim ? "ShimLibraryName" : "LibraryName", shim ? cx.Module.ShimSymbol(c.Name) : c.Name, CsContext.CallConv(c.CallingConvention), errno.Contains(c.Name),
                $"internal static partial {ret ?? "void*"} {CsSyntax.Verbatim(c.Name)}({string.Join(", ", ps)});"));
        }
        return result;
    }
}
