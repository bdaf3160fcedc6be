namespace Bindgen.Model.IR;

/// <summary>
/// A function pointer type's signature as a callback. UserDataIndex is which of its parameters is the
/// void* that comes back from C (the binding's trampoline recovers the callable from it).
/// </summary>
public sealed record BoundCallback(string CTypeSpelling, BoundType Return, IReadOnlyList<BoundCallbackParam> Params, int UserDataIndex)
{
    /// <summary>A name usable for the generated trampoline (typedef name or synthesized).</summary>
    public required string Name { get; init; }
}

public sealed record BoundCallbackParam(string Name, BoundType Type);
