using Bindgen.Emitters.Common;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.Hpy;

/// <summary>
/// `--target hpy`: one universal HPy module (NAME.hpy.so, HPY_UNIVERSAL_ABI) any HPy-capable interpreter loads.
/// targets.hpy.version picks the HPy API level: "0.0.4" (PyPy 7.3.11, the default) or "0.9".
/// Alongside the C source: a build script (build_hpy.py, run by `bindgen build` with pypy3), setup.py/pyproject.toml
/// for an installable project, and a loader stub NAME.py so that a plain `import NAME` works.
/// </summary>
public sealed class HpyEmitter : IEmitter
{
    static readonly TemplateRenderer Renderer = new("Hpy");

    public string Target => "hpy";

    public static string ApiVersion(BoundModule module) => module.Targets.Hpy?.Version ?? "0.0.4";

    /// <summary>The built file: HPy 0.9's loader requires the ABI tag (hpy0) in a universal module's name;
    /// PyPy's 0.0.4 loader takes any name, and NAME.hpy.so is what existing builds and packages ship.</summary>
    public static string SoName(string module, string version) => version == "0.0.4" ? $"{module}.hpy.so" : $"{module}.hpy0.so";

    /// <summary>The same module rendered at another HPy API level (bindgen build picks the interpreter's, package renders both).</summary>
    public static BoundModule WithVersion(BoundModule module, string version) =>
        module with { Targets = module.Targets with { Hpy = (module.Targets.Hpy ?? new HpyTargetSpec()) with { Version = version } } };

    public IReadOnlyList<GeneratedFile> Emit(BoundModule module, GeneratorInfo info)
    {
        var version = ApiVersion(module);
        var api09 = version != "0.0.4";
        var model = new HpyLowering(module, api09).Lower(info, version);
        var build = new HpyBuildModel
        {
            HeaderLine = info.HeaderLine,
            Name = module.Name,
            Source = $"{module.Name}.c",
            IncludeDirs = module.AbsoluteIncludeDirs.Distinct().Select(info.Relative).Select(PyText.Str).ToList(),
            Libraries = module.Libraries.Select(PyText.Str).ToList(),
            Defines = module.Defines.Select(d => PyText.Str(d.Value.Length == 0 ? d.Key : $"{d.Key}={d.Value}")).ToList(),
            Version = version,
            SoName = SoName(module.Name, version),
        };
        return
        [
            new GeneratedFile($"{module.Name}.c", Renderer.Render("Module.sbn", model)),
            new GeneratedFile("build_hpy.py", Renderer.Render("BuildScript.sbn", build)),
            new GeneratedFile($"{module.Name}.py", Renderer.Render("Loader.sbn", build)),
            new GeneratedFile("setup.py", Renderer.Render("Setup.sbn", build)),
            new GeneratedFile("pyproject.toml", Renderer.Render("Pyproject.sbn", build)),
        ];
    }

    public IReadOnlyList<BuildStep> BuildSteps(BoundModule module) => [new BuildStep("{python}", ["build_hpy.py"])];

    /// <summary>0.0.4 is what PyPy ships; 0.9 is the `hpy` package installed into a CPython.</summary>
    public string DefaultPython(BoundModule module) => ApiVersion(module) == "0.0.4" ? "pypy3" : "python3";

    /// <summary>build_hpy.py takes its headers from the interpreter's hpy.devel: it must exist and be of the API level
    /// rendered (0.0.4 headers cannot build the 0.9 API and the other way round). hpy.devel.version gives 0.0.4 / 0.9.x.</summary>
    public string? InterpreterCheck(BoundModule module)
    {
        var want = ApiVersion(module);
        return "import sys\n" +
               "try:\n    from hpy.devel.version import __version__ as v\n" +
               "except ImportError:\n    sys.exit('has no hpy.devel (HPy " + want + " development files)')\n" +
               "if v != '" + want + "' and not v.startswith('" + want + ".'):\n" +
               "    sys.exit('has hpy.devel ' + v + ', not HPy " + want + "')\n";
    }

    /// <summary>A universal module (HPY_UNIVERSAL_ABI) is the same binary whichever HPy interpreter built it.</summary>
    public bool InterpreterIndependent => true;
}

/// <summary>What the build script, setup.py, pyproject.toml and the loader stub print.</summary>
public sealed class HpyBuildModel
{
    public required string HeaderLine { get; init; }
    public required string Name { get; init; }
    public required string Source { get; init; }
    public List<string> IncludeDirs { get; init; } = new();
    public List<string> Libraries { get; init; } = new();
    public List<string> Defines { get; init; } = new();
    public string Version { get; init; } = "0.0.4";
    public string SoName { get; init; } = "";
}
