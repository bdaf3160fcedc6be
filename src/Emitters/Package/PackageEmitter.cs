using Bindgen.Emitters.Common;
using Bindgen.Model.IR;

namespace Bindgen.Emitters.Package;

/// <summary>
/// `bindgen package`: one Python project whose package MODULE holds the abi3 extension (CPython), the universal
/// HPy module and the cffi API module (PyPy), each built under an internal name (MODULE._abi3, MODULE._hpy,
/// MODULE._cffi), and an __init__.py that imports the best backend and re-exports the one public API.
/// Not a `gen` target: it composes the abi3, hpy and cffi emitters.
/// </summary>
public static class PackageEmitter
{
    static readonly TemplateRenderer Renderer = new("Package");

    /// <summary>The backends shipped, by preference: CPython then PyPy.</summary>
    public static readonly string[] Backends = ["abi3", "hpy", "cffi"];

    /// <summary>Where the HPy 0.9 rendering of MODULE._hpy lives in the project (the CPython universal wheel).</summary>
    public const string Hpy09Dir = "hpy09";

    /// <summary>info.TargetDirectory is the project folder: backend sources and build scripts sit at its root,
    /// the Python package in MODULE/.</summary>
    public static IReadOnlyList<GeneratedFile> Emit(BoundModule module, GeneratorInfo info)
    {
        // Every backend, the stubs and the public API list are Python: the same view of the module as `gen` gives them.
        module = module.WithoutCSharpOnly();
        var pkg = module.Name;
        var inner = info with { Package = pkg };
        var files = new List<GeneratedFile>();
        foreach (var backend in Backends)
        {
            var emitter = EmitterRegistry.Find(backend) ?? throw new InvalidOperationException($"no {backend} emitter");
            var renamed = module with { Name = "_" + backend };
            foreach (var f in emitter.Emit(renamed, inner))
            {
                if (f.Path is "setup.py" or "pyproject.toml") continue;  // the package has its own
                // Python modules go into the package; C sources and build scripts stay at the project root.
                bool inPackage = f.Path == renamed.Name + ".py";
                files.Add(new GeneratedFile(inPackage ? $"{pkg}/{f.Path}" : f.Path, f.Content));
            }
        }

        // HPy 0.9 for CPython: the same backend name (MODULE._hpy) rendered at the newer API level into hpy09/
        // (C source, build script, loader), built only for the universal wheel (setup.py, BINDGEN_PACKAGE_BACKEND=hpy).
        var hpy09 = Hpy.HpyEmitter.WithVersion(module with { Name = "_hpy" }, "0.9");
        var hpyInfo = inner with { TargetDirectory = info.TargetDirectory.Length == 0 ? "" : Path.Combine(info.TargetDirectory, Hpy09Dir) };
        foreach (var f in EmitterRegistry.Find("hpy")!.Emit(hpy09, hpyInfo))
            if (f.Path is not ("setup.py" or "pyproject.toml")) files.Add(new GeneratedFile($"{Hpy09Dir}/{f.Path}", f.Content));

        var names = PublicApi.Of(module);
        var limited = module.Targets.Abi3?.LimitedApi ?? "3.8";
        var (maj, min) = CPython.CPythonLowering.ParseVersion(limited);
        var model = new PackageModel
        {
            HeaderLine = info.HeaderLine,
            Name = pkg,
            EnvVar = pkg.ToUpperInvariant() + "_BACKEND",
            Eager = names.Eager.Select(PyText.Str).ToList(),
            Variables = names.Variables.Select(PyText.Str).ToList(),
            Headers = string.Join(", ", module.Headers),
            IncludeDirs = module.AbsoluteIncludeDirs.Distinct().Select(info.Relative).Select(PyText.Str).ToList(),
            Libraries = module.Libraries.Select(PyText.Str).ToList(),
            Defines = module.Defines.Select(d => $"({PyText.Str(d.Key)}, {(d.Value.Length == 0 ? "None" : PyText.Str(d.Value))})").ToList(),
            LimitedHex = $"0x{maj:X2}{min:X2}0000",
            AbiTag = $"cp{maj}{min}",
            RequiresPython = limited,
        };
        files.Add(new GeneratedFile($"{pkg}/__init__.py", Renderer.Render("Init.sbn", model)));
        files.Add(new GeneratedFile($"{pkg}/__init__.pyi", Stubs.StubEmitter.Render(module, info, package: true)));
        files.Add(new GeneratedFile($"{pkg}/py.typed", ""));
        files.Add(new GeneratedFile("setup.py", Renderer.Render("Setup.sbn", model)));
        files.Add(new GeneratedFile("pyproject.toml", Renderer.Render("Pyproject.sbn", model)));
        return files;
    }
}

/// <summary>What __init__.py, setup.py and pyproject.toml print.</summary>
public sealed class PackageModel
{
    public required string HeaderLine { get; init; }
    public required string Name { get; init; }
    public required string EnvVar { get; init; }
    public List<string> Eager { get; init; } = new();
    public List<string> Variables { get; init; } = new();
    public string Headers { get; init; } = "";
    public List<string> IncludeDirs { get; init; } = new();
    public List<string> Libraries { get; init; } = new();
    public List<string> Defines { get; init; } = new();
    public string LimitedHex { get; init; } = "0x03080000";
    public string AbiTag { get; init; } = "cp38";
    public string RequiresPython { get; init; } = "3.8";
}
