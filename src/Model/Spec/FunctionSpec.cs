namespace Bindgen.Model.Spec;

/// <summary>`functions.NAME`.</summary>
public sealed record FunctionSpec : SpecNode
{
    public required string CName { get; init; }
    public string? Name { get; init; }
    public bool Skip { get; init; }
    /// <summary>"release" or null.</summary>
    public string? Gil { get; init; }
    public string? Doc { get; init; }
    public IReadOnlyDictionary<string, ParamSpec> Params { get; init; } = new Dictionary<string, ParamSpec>();
    public ReturnSpec? Returns { get; init; }
    /// <summary>Extension `stream:`: input/output buffers travel through struct fields of the handle.</summary>
    public StreamSpec? Stream { get; init; }
}

/// <summary>`functions.NAME.stream`: the fields of the handle's struct that carry the buffers.</summary>
public sealed record StreamSpec : SpecNode
{
    public required string InputData { get; init; }
    public required string InputLength { get; init; }
    public required string OutputData { get; init; }
    public required string OutputLength { get; init; }
    public long? Chunk { get; init; }
    /// <summary>Where each of the four field names was written.</summary>
    public required IReadOnlyDictionary<string, SourceLocation> FieldLocations { get; init; }
}

public enum BufferDirection { In, Out, Inout }
public enum LengthUnit { Items, Bytes }
public enum StringEncoding { Utf8, Bytes }
public enum CallbackScope { Call, Forever }

/// <summary>`functions.NAME.params.PARAM`: every key of SPEC.md's parameter table.</summary>
public sealed record ParamSpec : SpecNode
{
    public required string CName { get; init; }
    public BufferDirection? Buffer { get; init; }
    public string? Length { get; init; }
    public LengthUnit? LengthUnit { get; init; }
    public string? Alloc { get; init; }
    public string? Produced { get; init; }
    public bool Out { get; init; }
    public bool Inout { get; init; }
    public StringEncoding? String { get; init; }
    /// <summary>Extension: `const char *const *` (with Length) taken as a list of strings.</summary>
    public StringEncoding? StringArray { get; init; }
    public bool Nullable { get; init; }
    /// <summary>"full" or null.</summary>
    public string? Transfer { get; init; }
    /// <summary>The YAML scalar as written (null, true, 3, 'text'); ScalarValue.IsNull for `null`.</summary>
    public ScalarValue? Default { get; init; }
    public ScalarValue? Fixed { get; init; }
    public CallbackSpec? Callback { get; init; }
    /// <summary>For out params: owned/borrowed and a free function, as on returns.</summary>
    public string? Ownership { get; init; }
    public string? Free { get; init; }
    /// <summary>For out params that produce a handle.</summary>
    public string? Handle { get; init; }
}

public sealed record CallbackSpec : SpecNode
{
    public string? UserData { get; init; }
    public CallbackScope Scope { get; init; } = CallbackScope.Call;
}

/// <summary>`functions.NAME.returns`.</summary>
public sealed record ReturnSpec : SpecNode
{
    /// <summary>Name of a convention in `errors`, or an inline convention (Name = "&lt;inline&gt;").</summary>
    public string? Error { get; init; }
    public ErrorSpec? InlineError { get; init; }
    public StringEncoding? String { get; init; }
    /// <summary>"borrowed" or "owned".</summary>
    public string? Ownership { get; init; }
    public string? Free { get; init; }
    public string? Handle { get; init; }
    public bool Keep { get; init; }
}

/// <summary>A YAML scalar kept with its kind so `default: 0`, `default: "0"` and `default: null` stay distinct.</summary>
public sealed record ScalarValue(string Text, ScalarKind Kind)
{
    public bool IsNull => Kind == ScalarKind.Null;
}

public enum ScalarKind { Null, Bool, Int, Float, String }
