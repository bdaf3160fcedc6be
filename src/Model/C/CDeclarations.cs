namespace Bindgen.Model.C;

/// <summary>Common to every top-level declaration: name, source location, doc comment.</summary>
public abstract record CDecl(string Name, SourceLocation Location)
{
    /// <summary>The header's comment for the declaration (before it, or zlib-style after it), cleaned of comment markers.</summary>
    public string? Doc { get; init; }
}

public sealed record CParam(string Name, CType Type)
{
    /// <summary>True when the header gave no name; Name is then p1, p2, … (1-based position).</summary>
    public bool Unnamed { get; init; }
    /// <summary>
    /// Declared as an array (`const uint8_t buf[16]`, `buf[]`, `buf[static 16]`, `buf[(*size)]`, a typedef of an array):
    /// C adjusts it to a pointer (C11 6.7.6.3p7), so Type is that pointer; this is the type as written, for docs and messages.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? DeclaredArray { get; init; }
    /// <summary>The declared element count when it is a constant (`buf[16]`, `buf[static 16]`); null otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public long? ArrayLength { get; init; }
}

public sealed record CFunction(string Name, SourceLocation Location, CType Return, IReadOnlyList<CParam> Params) : CDecl(Name, Location)
{
    public bool IsVariadic { get; init; }
    /// <summary>`static inline` (or plain static) defined in the header: needs a C shim to be callable from outside.</summary>
    public bool IsInline { get; init; }
    public string CallingConvention { get; init; } = "cdecl";
    /// <summary>A function-like macro typed by the spec's macros_as_functions: like a static inline, only compiled code can call it.</summary>
    public bool IsMacro { get; init; }
    /// <summary>A macro typed by inference (it only forwards its parameters to a declared function), not by the spec: bound only when selected.</summary>
    public bool IsInferred { get; init; }
    /// <summary>
    /// Declared outside `headers` and kept only because the spec names it (a message or free function in an umbrella
    /// header's lib/*.h, libc's free): found for that use, never bound as a module function by the default rules.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool NamedOnly { get; init; }
}

public sealed record CField(string Name, CType Type, long OffsetBits) : CDecl(Name, SourceLocation.None)
{
    /// <summary>Width in bits for a bitfield, null otherwise.</summary>
    public int? BitWidth { get; init; }
    /// <summary>An anonymous struct/union member; Name is then synthesized and its fields are reachable through the parent.</summary>
    public bool IsAnonymous { get; init; }
}

public sealed record CRecord(string Name, SourceLocation Location, bool IsUnion, IReadOnlyList<CField> Fields) : CDecl(Name, Location)
{
    /// <summary>False for a forward-declared (opaque) struct.</summary>
    public bool IsComplete { get; init; } = true;
    public long Size { get; init; } = -1;
    public long Align { get; init; } = -1;
    public bool IsPacked { get; init; }
    /// <summary>Declared without a tag; Name is then the typedef name or a synthesized one (Parent_fieldname).</summary>
    public bool IsAnonymous { get; init; }
    /// <summary>Last field is `T x[]`.</summary>
    public bool HasFlexibleArray { get; init; }
}

public sealed record CEnumConstant(string Name, long Value)
{
    public string? Doc { get; init; }
}

public sealed record CEnum(string Name, SourceLocation Location, CType Underlying, IReadOnlyList<CEnumConstant> Constants) : CDecl(Name, Location)
{
    public bool IsAnonymous { get; init; }
}

public sealed record CTypedef(string Name, SourceLocation Location, CType Target) : CDecl(Name, Location);

public enum CMacroKind { Integer, Float, String }

/// <summary>An object-like macro that evaluates to a constant. Integer values keep their C type's signedness in Unsigned.</summary>
public sealed record CMacro(string Name, SourceLocation Location, CMacroKind Kind) : CDecl(Name, Location)
{
    public long IntValue { get; init; }
    public bool Unsigned { get; init; }
    public double FloatValue { get; init; }
    public string? StringValue { get; init; }
    /// <summary>The macro's tokens after its name, as written (for docs and for C re-emission).</summary>
    public string Expression { get; init; } = "";
}

public sealed record CVariable(string Name, SourceLocation Location, CType Type) : CDecl(Name, Location);

/// <summary>A macro the parser saw but did not turn into a constant, with why (function-like, empty, not a constant expression).</summary>
public sealed record CSkippedMacro(string Name, SourceLocation Location, string Reason) : CDecl(Name, Location);

/// <summary>Everything the parser found in the spec's headers (not what they include, unless asked).</summary>
public sealed record CHeader(
    IReadOnlyList<string> Headers,
    IReadOnlyList<CFunction> Functions,
    IReadOnlyList<CRecord> Records,
    IReadOnlyList<CEnum> Enums,
    IReadOnlyList<CTypedef> Typedefs,
    IReadOnlyList<CMacro> Macros,
    IReadOnlyList<CVariable> Variables)
{
    /// <summary>Skipped declarations (variadic, unsupported types) with their reason, as warnings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = Array.Empty<Diagnostic>();
    /// <summary>Macros defined in the headers that are not constants (so not in Macros), each with its reason; for `bindgen coverage`.</summary>
    public IReadOnlyList<CSkippedMacro> SkippedMacros { get; init; } = Array.Empty<CSkippedMacro>();

    public CRecord? FindRecord(string name) => Records.FirstOrDefault(r => r.Name == name);
    public CEnum? FindEnum(string name) => Enums.FirstOrDefault(e => e.Name == name);
    public CFunction? FindFunction(string name) => Functions.FirstOrDefault(f => f.Name == name);
    public CTypedef? FindTypedef(string name) => Typedefs.FirstOrDefault(t => t.Name == name);
}
