using Bindgen.Model.Spec;

namespace Bindgen.Model.Plan;

/// <summary>
/// How a buffer's C length relates to its size in bytes, decided once: the C length counts UnitBytes-byte units
/// (ElementSize for `length_unit: items`, 1 for bytes). A target converts a byte count to the C length with
/// `bytes / UnitBytes` and back with `length * UnitBytes`, and writes neither when Scaled is false.
/// </summary>
public sealed record BufferLengthPlan(string Buffer, LengthUnit Unit, int ElementSize)
{
    /// <summary>The C name of the length parameter (a value, or a pointer: capacity in, produced out).</summary>
    public string? LengthParam { get; init; }
    /// <summary>The C name of a separate produced-count parameter.</summary>
    public string? ProducedParam { get; init; }
    /// <summary>Bytes per unit of the C length and of the produced count.</summary>
    public int UnitBytes => Unit == LengthUnit.Items ? Math.Max(ElementSize, 1) : 1;
    /// <summary>The C length is not a byte count: targets multiply/divide by UnitBytes.</summary>
    public bool Scaled => UnitBytes > 1;
}
