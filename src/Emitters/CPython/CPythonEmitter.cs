using Bindgen.Emitters.Common;
using Bindgen.Model.IR;

namespace Bindgen.Emitters.CPython;

/// <summary>
/// The CPython C-API emitter: one set of templates for the full API (classic) and the limited API (abi3).
/// Where the two differ the generated C switches on BG_* feature macros set in its prelude, so the
/// templates themselves branch on `Limited` only there and in the build files.
/// </summary>
public abstract class CPythonEmitter : IEmitter
{
    static readonly TemplateRenderer Renderer = new("CPython");

    public abstract string Target { get; }

    /// <summary>The Py_LIMITED_API version ("3.8"), or null for the full API.</summary>
    protected abstract string? LimitedApi(BoundModule module);

    public IReadOnlyList<GeneratedFile> Emit(BoundModule module, GeneratorInfo info)
    {
        var limited = LimitedApi(module);
        var model = new CPythonLowering(module, limited is not null).Lower(info, limited ?? "3.8");
        var build = BuildModel(module, info, limited);
        return
        [
            new GeneratedFile($"{module.Name}.c", Renderer.Render("Module.sbn", model)),
            new GeneratedFile("setup.py", Renderer.Render("Setup.sbn", build)),
            new GeneratedFile("pyproject.toml", Renderer.Render("Pyproject.sbn", build)),
        ];
    }

    public IReadOnlyList<BuildStep> BuildSteps(BoundModule module) =>
        [new BuildStep("{python}", ["setup.py", "-q", "build_ext", "--inplace"])];

    static BuildModel BuildModel(BoundModule module, GeneratorInfo info, string? limited)
    {
        var (maj, min) = limited is null ? (0, 0) : CPythonLowering.ParseVersion(limited);
        return new BuildModel
        {
            HeaderLine = info.HeaderLine,
            Name = module.Name,
            Source = $"{module.Name}.c",
            IncludeDirs = module.AbsoluteIncludeDirs.Distinct().Select(info.Relative).Select(PyText.Str).ToList(),
            Libraries = module.Libraries.Select(PyText.Str).ToList(),
            Defines = module.Defines.Select(d => $"({PyText.Str(d.Key)}, {(d.Value.Length == 0 ? "None" : PyText.Str(d.Value))})").ToList(),
            Limited = limited is not null,
            LimitedHex = $"0x{maj:X2}{min:X2}0000",
            AbiTag = $"cp{maj}{min}",
            Description = limited is null ? "CPython bindings (full C API)" : $"CPython bindings (limited API {limited}, abi3)",
            RequiresPython = limited is null ? "3.8" : limited,
        };
    }
}

/// <summary>What setup.py and pyproject.toml print.</summary>
public sealed class BuildModel
{
    public required string HeaderLine { get; init; }
    public required string Name { get; init; }
    public required string Source { get; init; }
    public List<string> IncludeDirs { get; init; } = new();
    public List<string> Libraries { get; init; } = new();
    public List<string> Defines { get; init; } = new();
    public bool Limited { get; init; }
    public string LimitedHex { get; init; } = "";
    public string AbiTag { get; init; } = "";
    public string Description { get; init; } = "";
    public string RequiresPython { get; init; } = "";
}

/// <summary>`--target classic`: the full CPython C API.</summary>
public sealed class ClassicEmitter : CPythonEmitter
{
    public override string Target => "classic";
    protected override string? LimitedApi(BoundModule module) => null;
}

/// <summary>`--target abi3`: the limited API of targets.abi3.limited_api (default 3.8); one .abi3.so for every later CPython.</summary>
public sealed class Abi3Emitter : CPythonEmitter
{
    public override string Target => "abi3";
    protected override string? LimitedApi(BoundModule module) => module.Targets.Abi3?.LimitedApi ?? "3.8";
}
