using Bindgen.Emitters;
using Bindgen.Emitters.Cython;
using Bindgen.Model.IR;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Emitters.Cython;

/// <summary>spec → parse → bind → Cython files, as `bindgen gen --target cython` does it.</summary>
internal static class CythonPipeline
{
    public static BoundModule Bind(string specPath) => SpecBinding.Bind(specPath);

    public static IReadOnlyList<GeneratedFile> Emit(BoundModule module, string targetDirectory = "") =>
        new CythonEmitter().Emit(module, new GeneratorInfo("test", module.SpecPath) { TargetDirectory = targetDirectory });

    public static void Write(string specPath, string outDir)
    {
        var module = Bind(specPath);
        Directory.CreateDirectory(outDir);
        foreach (var f in Emit(module, Path.GetFullPath(outDir)))
            File.WriteAllText(Path.Combine(outDir, f.Path), f.Content);
    }
}
