using Bindgen.Tests.Support;

namespace Bindgen.Tests.Emitters.CSharp;

public class CSharpEmitterTests
{
    /// <summary>Writes the C# of examples/demo and examples/zlib to $BINDGEN_CSHARP_OUT/&lt;name&gt;/csharp when set (a dev aid until the CLI lands).</summary>
    [Fact]
    public void WritesExamplesWhenAsked()
    {
        var outDir = Environment.GetEnvironmentVariable("BINDGEN_CSHARP_OUT");
        if (string.IsNullOrEmpty(outDir)) return;
        foreach (var name in new[] { "demo", "zlib" })
        {
            var spec = Path.Combine(Repo.Root, "examples", name, "bindings.yaml");
            var dir = Path.Combine(outDir, name, "csharp");
            Directory.CreateDirectory(dir);
            foreach (var f in CSharpPipeline.Generate(spec, $"examples/{name}/bindings.yaml"))
                File.WriteAllText(Path.Combine(dir, f.Path), f.Content);
        }
    }
}
