using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.CSharp;

public sealed class HandleModel
{
    public required IReadOnlyList<string> Doc { get; init; }
    public required string Name { get; init; }
    public required string CType { get; init; }
    public MethodModel? Constructor { get; init; }
    /// <summary>The statement ReleaseHandle runs (the C destructor), or null when the spec names none.</summary>
    public string? Release { get; init; }
    public bool KeepsCallbacks { get; init; }
    /// <summary>The destructor is a static inline function or macro, called through the shim library.</summary>
    public bool RequiresShim { get; init; }
    /// <summary>Has stream methods: they take the object's busy flag (one stream call at a time).</summary>
    public bool Streams { get; init; }
    public required IReadOnlyList<MethodModel> Methods { get; init; }
}

/// <summary>Handles as SafeHandle subclasses: the destructor runs exactly once (Dispose or finalizer), methods lease the pointer.</summary>
internal sealed class HandleLowering(CsContext cx, NativeLowering native)
{
    public HandleModel Lower(BoundHandle h)
    {
        string? release = null;
        if (h.Destructor is { } d)
        {
            var dt = cx.NativeType(cx.Module.Header.FindFunction(d)!.Params[0].Type) ?? "void*";
            release = $"{cx.Native}.{CsSyntax.Verbatim(d)}(({dt})handle);";
        }
        // allocate: true: the object's own storage, freed after the destructor ran.
        if (h.Allocate) release = (release is null ? "" : release + " ") + "NativeMemory.Free((void*)handle);";
        var doc = CsSyntax.Doc(h.Doc ?? $"The C type {h.PointerCSpelling} as a SafeHandle: Dispose (or the finalizer) calls {h.Destructor ?? "nothing"} exactly once.");
        return new HandleModel
        {
            Doc = doc,
            Name = cx.HandleClass(h.CType),
            CType = h.CType,
            Constructor = h.Constructor is { } ctor && native.CanCall(ctor) ? new MethodLowering(cx, ctor, MethodKind.Constructor, h).Lower() : null,
            Release = release,
            RequiresShim = h.Destructor is { } dd && cx.Module.InShim(dd),
            KeepsCallbacks = cx.Keepers.Contains(h.CType),
            Streams = h.Methods.Any(m => m.Stream is not null),
            Methods = h.Methods.Where(native.CanCall).Select(m => new MethodLowering(cx, m, MethodKind.Instance, h).Lower()).ToList(),
        };
    }
}
