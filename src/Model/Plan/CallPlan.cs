using System.Text.Json.Serialization;

namespace Bindgen.Model.Plan;

/// <summary>
/// The target-neutral plan of one call, made once after the binder (CallPlanner): what the error check tests, how
/// each buffer's C length scales to bytes, how each alloc buffer is sized. Every emitter renders these decisions in
/// its own syntax and decides none of them again. Later steps (issue #18: check predicates, failure sets, code_from,
/// produced: return, ...) are new fields or steps of this record, not new code paths per target.
/// </summary>
public sealed record CallPlan(string Function)
{
    /// <summary>For methods and constructors: the handle (its C type key) the function belongs to.</summary>
    public string? MethodOf { get; init; }
    /// <summary>The error check after the call; null when the function has no error convention.</summary>
    public ErrorCheckPlan? ErrorCheck { get; init; }
    /// <summary>One entry per buffer parameter, in C order: its length's unit, decided once.</summary>
    public IReadOnlyList<BufferLengthPlan> Buffers { get; init; } = [];
    /// <summary>One entry per `alloc` buffer, in C order: its size expression, validated once.</summary>
    public IReadOnlyList<AllocPlan> Allocs { get; init; } = [];

    public BufferLengthPlan Buffer(string cname) => Buffers.First(b => b.Buffer == cname);
    public AllocPlan Alloc(string cname) => Allocs.First(a => a.Buffer == cname);
}

/// <summary>Every call plan of a module, in module order (functions, then each handle's constructor and methods), for `bindgen ir --plan`.</summary>
public sealed record ModulePlan(string Module, IReadOnlyList<CallPlan> Calls);
