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
    /// <summary>The library files found at bind time (LibraryExports.Files); empty when they were not found. The shim links against them.</summary>
    [JsonIgnore] public IReadOnlyList<string> LibraryFiles { get; init; } = [];
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
    /// roles are left out of every other target (the binder warned about them). `static inline` functions and
    /// function-like macros stay on every target: compiled targets call them from their own C, C# and cffi's ABI mode
    /// (which only load the library) through the shim library (<see cref="ShimFunctions"/>).
    /// Every caller that runs an emitter goes through this.
    /// </summary>
    public BoundModule ForTarget(string target) => target switch
    {
        "csharp" => this,
        _ => WithoutCSharpOnly(),
    };

    /// <summary>
    /// The C functions the module calls that no library can export (`static inline` in a header, function-like macros):
    /// bound functions, destructors, free and message functions. Targets that load the library instead of compiling
    /// against its headers (C#, cffi ABI) call them through the generated shim, `&lt;module&gt;_shim.c` compiled to
    /// <see cref="ShimLibraryFile"/>, whose exported wrappers are named <see cref="ShimSymbol"/>. In header order.
    /// </summary>
    [JsonIgnore] public IReadOnlyList<string> ShimFunctions
    {
        get
        {
            var called = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in AllFunctions)
            {
                called.Add(f.CName);
                if (f.Return.Free is { } fr) called.Add(fr);
                if (f.Return.StringVia is { } sv) called.Add(sv);
                foreach (var p in f.Params)
                {
                    if (p.Role is OutRole { Free: { } of }) called.Add(of);
                    if (p.Role is OutArrayRole { Free: { } af }) called.Add(af);
                }
            }
            foreach (var h in Handles) if (h.Destructor is { } d) called.Add(d);
            foreach (var e in Errors)
            {
                if (e.MessageFunction is { } m) called.Add(m);
                if (e.MessageFromFunction is { } mf) called.Add(mf);
            }
            return Header.Functions.Where(f => f.IsInline && !f.IsVariadic && called.Contains(f.Name)).Select(f => f.Name).Distinct().ToList();
        }
    }

    /// <summary>Whether C function CNAME is called through the shim library by targets that only load libraries.</summary>
    public bool InShim(string cname) => Header.FindFunction(cname) is { IsInline: true, IsVariadic: false };

    /// <summary>The shim library's file name, next to the bindings: lib&lt;module&gt;_shim.so.</summary>
    [JsonIgnore] public string ShimLibraryFile => $"lib{Name}_shim.so";

    /// <summary>The shim's exported wrapper of CNAME (a different name: the header's own definition is in scope there).</summary>
    public string ShimSymbol(string cname) => $"{Name}_shim_{cname}";

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
