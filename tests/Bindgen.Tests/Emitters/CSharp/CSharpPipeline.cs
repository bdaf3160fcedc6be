using Bindgen.Emitters;
using Bindgen.Emitters.CSharp;
using Bindgen.Model.IR;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Emitters.CSharp;

/// <summary>spec → header → bound IR → C# files, as `bindgen gen --target csharp` does (without the CLI).</summary>
internal static class CSharpPipeline
{
    public static BoundModule Bind(string specPath, string? displayPath = null) => SpecBinding.Bind(specPath, displayPath);

    public static IReadOnlyList<GeneratedFile> Generate(string specPath, string displayPath) =>
        new CSharpEmitter().Emit(Bind(specPath, displayPath), new GeneratorInfo("0.1.0", displayPath));
}

internal static class Repo
{
    /// <summary>The repository root (ExpectedFile.RepoRoot takes its caller's path, so go through Case).</summary>
    public static string Root => Path.GetFullPath(Path.Combine(ExpectedFile.Case(""), "..", ".."));
}
