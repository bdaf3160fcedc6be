namespace Bindgen.Model.Spec;

/// <summary>A whole bindings.yaml (see shared SPEC.md). Paths are as written; SpecDirectory resolves them.</summary>
public sealed record BindingSpec : SpecNode
{
    public required string SpecPath { get; init; }
    [System.Text.Json.Serialization.JsonIgnore]
    public string SpecDirectory => Path.GetDirectoryName(Path.GetFullPath(SpecPath)) ?? ".";
    public required string Module { get; init; }
    public IReadOnlyList<string> Headers { get; init; } = [];
    public IReadOnlyList<string> IncludeDirs { get; init; } = [];
    /// <summary>Ordered as written; the value is the text after '=' ("" for a bare define).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Defines { get; init; } = [];
    public IReadOnlyList<string> ClangArgs { get; init; } = [];
    public IReadOnlyList<string> Library { get; init; } = [];
    public IReadOnlyList<string> LibraryName { get; init; } = [];
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public IReadOnlyList<string> Macros { get; init; } = [];
    /// <summary>macros_as_functions: function-like macro name → C signature ("int (int x)"), in spec order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> MacrosAsFunctions { get; init; } = [];
    public TargetsSpec Targets { get; init; } = new();
    public IReadOnlyDictionary<string, ErrorSpec> Errors { get; init; } = new Dictionary<string, ErrorSpec>();
    public IReadOnlyDictionary<string, HandleSpec> Handles { get; init; } = new Dictionary<string, HandleSpec>();
    public IReadOnlyDictionary<string, FunctionSpec> Functions { get; init; } = new Dictionary<string, FunctionSpec>();
    public IReadOnlyDictionary<string, StructSpec> Structs { get; init; } = new Dictionary<string, StructSpec>();
    public IReadOnlyDictionary<string, EnumSpec> Enums { get; init; } = new Dictionary<string, EnumSpec>();
}

/// <summary>Which targets to generate and their options; a null member means the target was not listed.
/// When the `targets` key is absent all six are on with defaults (AllDefault).</summary>
public sealed record TargetsSpec : SpecNode
{
    public bool Listed { get; init; }
    public ClassicTargetSpec? Classic { get; init; }
    public Abi3TargetSpec? Abi3 { get; init; }
    public HpyTargetSpec? Hpy { get; init; }
    public CffiTargetSpec? Cffi { get; init; }
    public CythonTargetSpec? Cython { get; init; }
    public CSharpTargetSpec? CSharp { get; init; }

    public static readonly IReadOnlyList<string> AllNames = ["classic", "abi3", "hpy", "cffi", "cython", "csharp"];

    public bool IsEnabled(string target) => !Listed || target switch
    {
        "classic" => Classic != null, "abi3" => Abi3 != null, "hpy" => Hpy != null,
        "cffi" => Cffi != null, "cython" => Cython != null, "csharp" => CSharp != null, _ => false,
    };
}

public sealed record ClassicTargetSpec : SpecNode;
public sealed record Abi3TargetSpec : SpecNode { public string LimitedApi { get; init; } = "3.8"; }
public sealed record HpyTargetSpec : SpecNode
{
    public string Abi { get; init; } = "universal";
    /// <summary>HPy API level to emit: "0.0.4" (PyPy 7.3.11) or "0.9".</summary>
    public string Version { get; init; } = "0.0.4";
}
public sealed record CffiTargetSpec : SpecNode { public string Mode { get; init; } = "api"; }
public sealed record CythonTargetSpec : SpecNode;
public sealed record CSharpTargetSpec : SpecNode
{
    public string? Namespace { get; init; }
    public string? Class { get; init; }
    /// <summary>Extension: "public" (default) or "internal" for every generated top-level type.</summary>
    public string? Visibility { get; init; }
    /// <summary>Extension: false leaves out &lt;module&gt;.csproj (sources compiled into an existing project).</summary>
    public bool? Project { get; init; }
}
