using Bindgen.Emitters;
using Bindgen.Emitters.Cython;
using Bindgen.Model;
using Bindgen.Model.IR;
using Bindgen.Parser;
using Bindgen.Spec;

namespace Bindgen.Tests.Emitters.Cython;

/// <summary>spec → parse → bind → Cython files, as `bindgen gen --target cython` does it.</summary>
internal static class CythonPipeline
{
    public static BoundModule Bind(string specPath)
    {
        var bag = new DiagnosticBag();
        var spec = SpecLoader.Load(specPath, bag) ?? throw new InvalidOperationException(Report(bag));
        var header = HeaderParser.Parse(ParseRequest.For(spec));
        var module = Bindgen.Model.Binder.Binder.Bind(spec, header, bag, Path.GetFileName(specPath));
        if (bag.HasErrors) throw new InvalidOperationException(Report(bag));
        return module;
    }

    static string Report(DiagnosticBag bag) => string.Join("\n", bag.Items.Select(d => d.ToString()));

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
