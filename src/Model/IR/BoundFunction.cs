using Bindgen.Model.Spec;

namespace Bindgen.Model.IR;

/// <summary>A C parameter with its role. Names: CName as in C; PyName/CsName keyword-escaped for each language.</summary>
public sealed record BoundParam(string CName, string PyName, string CsName, [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] int Index, string CSpelling, ParamRole Role)
{
    public ScalarValue? Default { get; init; }
    /// <summary>transfer: full: the pointer is C's after the call; never freed by the binding.</summary>
    public bool TransferFull { get; init; }
    /// <summary>
    /// A defaulted argument before a required one: keyword-only in Python (after the positional arguments, see
    /// BoundFunction.PyParams), so the required ones can be passed positionally (zlib's crc32(buf, *, crc=0)).
    /// C# keeps C order (its optional parameters before a required one lose their default).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool KeywordOnly { get; init; }
}

public enum ReturnKind { Void, Value, String, Handle, Pointer }

/// <summary>What the C return becomes. Hidden: consumed by the error convention (return_code without keep).</summary>
public sealed record BoundReturn(ReturnKind Kind, BoundType Type, string CSpelling)
{
    public bool Hidden { get; init; }
    public Ownership Ownership { get; init; } = Ownership.Borrowed;
    public string? Free { get; init; }
    /// <summary>
    /// Extension (structs: string_via): the C return is a string struct (CXString); this function gives its text
    /// (then Free, taking the struct by value, releases it).
    /// </summary>
    public string? StringVia { get; init; }
}

/// <summary>One element of what the Python function returns / the C# method gives back, in order.</summary>
public sealed record BoundResult(ResultSource Source, string? Param);

public enum ResultSource
{
    /// <summary>The C return value.</summary>
    Return,
    /// <summary>An out param's value (Param).</summary>
    Out,
    /// <summary>An inout param's updated value.</summary>
    Inout,
    /// <summary>An alloc buffer (Param) as bytes, trimmed to the produced length.</summary>
    AllocBuffer,
    /// <summary>A caller-provided out buffer's produced length (from its pointer length or produced param).</summary>
    ProducedLength,
    /// <summary>The bytes a stream method produced (BoundFunction.Stream).</summary>
    StreamOutput,
}

/// <summary>The error check applied after the call; Error names a BoundError of the module.</summary>
public sealed record BoundErrorCheck(string Error)
{
    /// <summary>message_from: the C name of the parameter passed to the message function.</summary>
    public string? MessageFromParam { get; init; }
}

public enum GilPolicy { Hold, Release }

public sealed record BoundFunction(string CName, string PyName, string CsName, IReadOnlyList<BoundParam> Params, BoundReturn Return)
{
    public string? Doc { get; init; }
    public required SourceLocation Location { get; init; }
    public BoundErrorCheck? ErrorCheck { get; init; }
    public GilPolicy Gil { get; init; } = GilPolicy.Hold;
    public IReadOnlyList<BoundResult> Results { get; init; } = [];
    /// <summary>For methods: the handle this is a method of (its self param has HandleRole.IsSelf).</summary>
    public string? MethodOf { get; init; }
    /// <summary>
    /// Extension roles only the csharp target renders so far (string arrays, out arrays, callbacks taking structs):
    /// why the function is left out of the Python targets; null when every target binds it.
    /// </summary>
    public string? CSharpOnly { get; init; }
    /// <summary>`static inline` in the header: compiled targets call it through a shim.</summary>
    public bool IsInline { get; init; }
    /// <summary>A stream method (spec extension `stream:`): the input is its first argument, the output its result.</summary>
    public BoundStream? Stream { get; init; }

    [System.Text.Json.Serialization.JsonIgnore] public IEnumerable<BoundParam> VisibleParams => Params.Where(p => p.Role.Visible);
    /// <summary>The Python arguments in order: positional ones in C order, then the keyword-only ones.</summary>
    [System.Text.Json.Serialization.JsonIgnore] public IEnumerable<BoundParam> PyParams =>
        VisibleParams.Where(p => !p.KeywordOnly).Concat(VisibleParams.Where(p => p.KeywordOnly));
    public BoundParam Param(string cname) => Params.First(p => p.CName == cname);
}

/// <summary>A field of a handle's struct used by a stream method: Offset in bytes, Size in bytes, CType as spelled in the header.</summary>
public sealed record BoundStreamField(string CName, string CType, long Offset, int Size)
{
    /// <summary>For length fields: the largest value the field holds (an input longer than that raises OverflowError).</summary>
    public string? MaxValue { get; init; }
    /// <summary>For length fields: a signed integer.</summary>
    public bool Signed { get; init; }
}

/// <summary>
/// `functions.NAME.stream`: the method takes a `buffer: in` argument named InputName (first, before the other
/// visible parameters) and returns bytes. Each call sets InputData/InputLength to the input, then repeats
/// { point OutputData/OutputLength at the free space of a growing output (Chunk bytes at first, doubled when
/// full); call C; check the error convention } while OutputLength is 0 after the call. Afterwards all four
/// fields are cleared (the caller's buffer is released) and the produced bytes are returned.
/// </summary>
public sealed record BoundStream(string InputName, string InputCsName, string StructCType, BoundStreamField InputData, BoundStreamField InputLength,
    BoundStreamField OutputData, BoundStreamField OutputLength, long Chunk);
