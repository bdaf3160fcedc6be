using System.Reflection;
using Bindgen.Emitters;
using Bindgen.Model;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Cli;

/// <summary>Chooses the targets of a run and asks each emitter for its files.</summary>
public static class Generator
{
    public static string Version => typeof(Generator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>--target values (none or "all": every target the spec enables) → the emitters to run.</summary>
    public static List<IEmitter> Select(BoundModule module, IReadOnlyList<string> requested, DiagnosticBag diags)
    {
        bool all = requested.Count == 0 || requested.Contains("all");
        var names = all ? TargetsSpec.AllNames.Where(module.Targets.IsEnabled).ToList() : requested.Distinct().ToList();
        var result = new List<IEmitter>();
        foreach (var name in names)
        {
            if (EmitterRegistry.Find(name) is { } e) { result.Add(e); continue; }
            if (all) diags.Warning(new SourceLocation(module.SpecPath, 0, 0), $"target '{name}' is not implemented in bindgen {Version}; skipped");
            else diags.Error(new SourceLocation(module.SpecPath, 0, 0), $"target '{name}' is not implemented in bindgen {Version} (implemented: {string.Join(", ", EmitterRegistry.Implemented)})");
        }
        return result;
    }

    public static Dictionary<string, IReadOnlyList<GeneratedFile>> Emit(BoundModule module, IEnumerable<IEmitter> emitters, string outDir)
    {
        var info = new GeneratorInfo(Version, module.SpecPath);
        return emitters.ToDictionary(e => e.Target, e =>
        {
            var targetInfo = info with { TargetDirectory = Path.GetFullPath(Path.Combine(outDir, e.Target)) };
            var bound = module.ForTarget(e.Target);
            var files = e.Emit(bound, targetInfo);
            // Every Python target gets the same MODULE.pyi: one generator from the IR.
            return Emitters.Stubs.StubEmitter.PythonTargets.Contains(e.Target)
                ? [.. files, Emitters.Stubs.StubEmitter.File(bound, targetInfo)] : files;
        });
    }
}
