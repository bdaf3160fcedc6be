using Bindgen.Model.IR;
using Bindgen.Model.Plan;

namespace Bindgen.Emitters.Common;

/// <summary>
/// The C loop of a stream method (BoundFunction.Stream), shared by every target that compiles C (classic, abi3,
/// HPy, Cython): one static helper per stream method that runs without touching Python, so the whole loop runs
/// with the GIL released. Its signature: (STRUCT *bg_s, the other C params..., const void *bg_in, size_t bg_inlen,
/// RET *bg_rv, unsigned char **bg_out, size_t *bg_outlen) → 0, -1 (out of memory) or -2 (input longer than the
/// input length field holds). On 0, *bg_out is a malloc'd buffer of *bg_outlen bytes the caller frees, and *bg_rv
/// the last return code, still to be checked against the error convention.
/// </summary>
public static class StreamLowering
{
    static readonly TemplateRenderer Renderer = new("Common");

    /// <summary>The helper's C name for a method of a handle class.</summary>
    public static string HelperName(BoundHandle owner, BoundFunction f) => "bg_stream_" + CText.Ident(owner.ClassName) + "_" + CText.Ident(f.CName);

    /// <summary>The C text of every stream helper of the module (empty when there are none).</summary>
    public static string Helpers(BoundModule m)
    {
        var models = m.Handles.SelectMany(h => h.Methods.Where(f => f.Stream is not null).Select(f => Lower(m, h, f))).ToList();
        return models.Count == 0 ? "" : Renderer.Render("StreamHelper.sbn", new { Helpers = models });
    }

    /// <summary>Arguments after bg_s and before bg_in, in C order: the C names' locals, rendered by the caller.</summary>
    public static IEnumerable<BoundParam> OtherParams(BoundFunction f) => f.Params.Where(p => p.Role is not HandleRole { IsSelf: true });

    static StreamHelperModel Lower(BoundModule m, BoundHandle h, BoundFunction f)
    {
        var s = f.Stream!;
        var args = f.Params.Select(p => p.Role switch
        {
            HandleRole { IsSelf: true } => "bg_s",
            FixedRole fx => $"({p.CSpelling})({fx.CValue})",
            _ => "bg_p_" + p.CName,
        });
        var cond = CallPlanner.For(m, f).ErrorCheck is { } ec ? CApiLowering.ErrorTest(ec, "*bg_rv") : "";
        return new StreamHelperModel
        {
            Name = HelperName(h, f),
            CName = f.CName,
            StructPtr = h.PointerCSpelling,
            Params = f.Params.Where(p => p.Role is ValueRole).Select(p => $"{Decl(p.CSpelling)}bg_p_{p.CName}, ").ToList(),
            RetCType = f.Return.Kind == ReturnKind.Void ? "int" : f.Return.CSpelling,
            HasReturn = f.Return.Kind != ReturnKind.Void,
            Call = $"{f.CName}({string.Join(", ", args)})",
            Failed = cond,
            InData = s.InputData.CName, InDataCType = s.InputData.CType,
            InLen = s.InputLength.CName, InLenCType = s.InputLength.CType, InMax = Clamp(s.InputLength),
            OutData = s.OutputData.CName, OutDataCType = s.OutputData.CType,
            OutLen = s.OutputLength.CName, OutLenCType = s.OutputLength.CType, OutMax = Clamp(s.OutputLength),
            Chunk = s.Chunk,
        };
    }

    static string Decl(string t) => t.EndsWith('*') ? t : t + " ";

    /// <summary>The length field's maximum as a C constant, or "" when size_t (8 bytes here) can never exceed it.</summary>
    static string Clamp(BoundStreamField f) =>
        f.MaxValue is { } max && ulong.TryParse(max, out var v) && v < ulong.MaxValue ? max + "ULL" : "";
}

public sealed class StreamHelperModel
{
    public required string Name { get; init; }
    public required string CName { get; init; }
    public required string StructPtr { get; init; }
    public List<string> Params { get; init; } = new();
    public required string RetCType { get; init; }
    public bool HasReturn { get; init; }
    public required string Call { get; init; }
    /// <summary>C condition over *bg_rv meaning the call failed, or empty (no error convention).</summary>
    public required string Failed { get; init; }
    public required string InData { get; init; }
    public required string InDataCType { get; init; }
    public required string InLen { get; init; }
    public required string InLenCType { get; init; }
    public required string InMax { get; init; }
    public required string OutData { get; init; }
    public required string OutDataCType { get; init; }
    public required string OutLen { get; init; }
    public required string OutLenCType { get; init; }
    public required string OutMax { get; init; }
    public long Chunk { get; init; }
}
