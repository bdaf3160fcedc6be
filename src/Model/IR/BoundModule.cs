using System.Text.Json.Serialization;
using Bindgen.Model.Spec;

namespace Bindgen.Model.IR;

/// <summary>An error convention as an exception class of the module.</summary>
public sealed record BoundError(string Name, ErrorKind Kind, string ExceptionClass, string BaseClass)
{
    /// <summary>return_code: the values that mean success.</summary>
    public IReadOnlyList<long> Success { get; init; } = [];
    /// <summary>function(code) → const char* message.</summary>
    public string? MessageFunction { get; init; }
    /// <summary>function(handle) → const char* message; the handle param is named on each BoundErrorCheck.</summary>
    public string? MessageFromFunction { get; init; }
    /// <summary>The C type of MessageFromFunction's argument (a handle pointer spelling).</summary>
    public string? MessageFromCType { get; init; }
}

/// <summary>
/// An opaque pointer as a class: constructor, destructor (called exactly once), methods. CType is the handle's
/// key (HandleRole.Handle refers to it): the C type, or the spec entry's name when `type:` names the C type.
/// </summary>
public sealed record BoundHandle(string CType, string ClassName, string PointerCSpelling)
{
    /// <summary>`allocate: true`: each object owns zeroed storage of StorageCType (StorageSize bytes), freed after the destructor.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool Allocate { get; init; }
    /// <summary>The struct's C spelling for sizeof/allocation (e.g. "z_stream"); set when Allocate.</summary>
    public string? StorageCType { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public long StorageSize { get; init; }
    public BoundFunction? Constructor { get; init; }
    /// <summary>The C destructor function name (takes the pointer; its return, if any, is ignored).</summary>
    public string? Destructor { get; init; }
    public IReadOnlyList<BoundFunction> Methods { get; init; } = [];
    /// <summary>Some method takes a scope: forever callback: the object keeps those callables alive.</summary>
    public bool KeepsCallbacks { get; init; }
    public string? Doc { get; init; }
}

public sealed record BoundField(string CName, string PyName, BoundType Type, long Offset)
{
    public int? BitWidth { get; init; }
    /// <summary>Bit offset within the storage unit at Offset (bitfields only).</summary>
    public int BitOffset { get; init; }
    /// <summary>A fixed array of ArrayLength elements of Type.</summary>
    public long? ArrayLength { get; init; }
    public bool Readonly { get; init; }
    public string? Doc { get; init; }
}

public sealed record BoundStruct(string CName, string ClassName, string CSpelling, long Size, long Align, IReadOnlyList<BoundField> Fields)
{
    public bool IsUnion { get; init; }
    public string? Doc { get; init; }
}

public enum BoundEnumStyle { IntEnum, IntFlag, Int }

public sealed record BoundEnumMember(string CName, string PyName, string CsName, long Value);

public sealed record BoundEnum(string CName, string ClassName, BoundEnumStyle Style, int Size, bool Signed, IReadOnlyList<BoundEnumMember> Members)
{
    public string? Doc { get; init; }
}

public enum ConstantKind { Int, Float, String }

/// <summary>A macro constant; Value is a literal valid in C, Python and C# (strings are raw text, unescaped).</summary>
public sealed record BoundConstant(string CName, ConstantKind Kind, string Value)
{
    public bool Unsigned { get; init; }
}

/// <summary>The bound module: everything an emitter needs, nothing it has to decide again.</summary>
public sealed record BoundModule(string Name)
{
    /// <summary>The spec path relative to the working directory, for generated file headers.</summary>
    public required string SpecPath { get; init; }
    [JsonIgnore] public string SpecDirectory { get; init; } = ".";
    /// <summary>Headers as written in the spec, for #include lines.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];
    /// <summary>Include directories as written (relative to the spec's folder).</summary>
    public IReadOnlyList<string> IncludeDirs { get; init; } = [];
    /// <summary>Include directories for compiling generated C: include_dirs then the spec's own folder.</summary>
    [JsonIgnore] public IReadOnlyList<string> AbsoluteIncludeDirs =>
        IncludeDirs.Select(d => Path.GetFullPath(Path.Combine(SpecDirectory, d))).Append(SpecDirectory).ToList();
    public IReadOnlyList<KeyValuePair<string, string>> Defines { get; init; } = [];
    public IReadOnlyList<string> Libraries { get; init; } = [];
    /// <summary>Library file names to load at run time (lib&lt;library&gt;.so by default).</summary>
    public IReadOnlyList<string> LibraryNames { get; init; } = [];
    [JsonIgnore] public TargetsSpec Targets { get; init; } = new();
    public IReadOnlyList<BoundFunction> Functions { get; init; } = [];
    public IReadOnlyList<BoundHandle> Handles { get; init; } = [];
    public IReadOnlyList<BoundStruct> Structs { get; init; } = [];
    public IReadOnlyList<BoundEnum> Enums { get; init; } = [];
    public IReadOnlyList<BoundConstant> Constants { get; init; } = [];
    public IReadOnlyList<BoundError> Errors { get; init; } = [];
    /// <summary>Every distinct callback signature used by some parameter.</summary>
    public IReadOnlyList<BoundCallback> Callbacks { get; init; } = [];
    /// <summary>Global variables as read-only attributes (see BoundVariable).</summary>
    public IReadOnlyList<BoundVariable> Variables { get; init; } = [];
    /// <summary>The C model the module was bound from (for emitters that re-declare the header: cffi cdef, Cython pxd, C# structs).</summary>
    [JsonIgnore] public C.CHeader Header { get; init; } = new([], [], [], [], [], [], []);

    public BoundHandle Handle(string ctype) => Handles.First(h => h.CType == ctype);
    public BoundStruct Struct(string cname) => Structs.First(s => s.CName == cname);
    public BoundEnum Enum(string cname) => Enums.First(e => e.CName == cname);
    public BoundError Error(string name) => Errors.First(e => e.Name == name);
    /// <summary>
    /// The module as TARGET renders it, so that its code, its stubs and `coverage` agree: functions needing C#-only
    /// roles are left out of every other target (the binder warned about them), and cffi's ABI mode, which only
    /// dlopens the library, has no `static inline` functions or function-like macros (nothing exports them).
    /// Every caller that runs an emitter goes through this.
    /// </summary>
    public BoundModule ForTarget(string target) => target switch
    {
        "csharp" => this,
        "cffi" when Targets.Cffi?.Mode == "abi" => WithoutInline(WithoutCSharpOnly()),
        _ => WithoutCSharpOnly(),
    };

    static BoundModule WithoutInline(BoundModule m) => m with
    {
        Functions = m.Functions.Where(f => !f.IsInline).ToList(),
        Handles = m.Handles.Select(h => h with
        {
            Constructor = h.Constructor is { IsInline: true } ? null : h.Constructor,
            Methods = h.Methods.Where(f => !f.IsInline).ToList(),
        }).ToList(),
    };

    /// <summary>
    /// The module as the Python targets see it: without functions using roles only csharp renders so far
    /// (BoundFunction.CSharpOnly; the binder warned about each) and without callback signatures taking structs.
    /// </summary>

    public BoundModule WithoutCSharpOnly() => this with
    {
        Functions = Functions.Where(f => f.CSharpOnly is null).ToList(),
        Handles = Handles.Select(h => h with
        {
            Constructor = h.Constructor is { CSharpOnly: not null } ? null : h.Constructor,
            Methods = h.Methods.Where(m => m.CSharpOnly is null).ToList(),
        }).ToList(),
        Callbacks = Callbacks.Where(c => !c.Params.Any(p => p.Type is StructType)).ToList(),
    };

    [JsonIgnore] public IEnumerable<BoundFunction> AllFunctions => Functions.Concat(Handles.SelectMany(h => (h.Constructor is null ? [] : new[] { h.Constructor }).Concat(h.Methods)));
}
