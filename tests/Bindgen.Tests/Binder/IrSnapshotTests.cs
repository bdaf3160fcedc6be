using Bindgen.Cli;
using Bindgen.Model;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Binder;

/// <summary>
/// The bound IR of the two example specs, fixed as expectation files: a parser or binder change shows up
/// here, apart from any emitter change.
/// </summary>
public class IrSnapshotTests
{
    static string Ir(string example)
    {
        var root = ExpectedFile.RepoRoot();
        var spec = Path.Combine(root, "examples", example, "bindings.yaml");
        var result = Pipeline.Run(spec);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Items));
        return ModelJson.Serialize(result.Module!, root);
    }

    [Fact]
    public void ZlibIr() => ExpectedFile.Match(Ir("zlib"), ExpectedFile.Case("ir/zlib.ir.json"));

    [Fact]
    public void DemoIr() => ExpectedFile.Match(Ir("demo"), ExpectedFile.Case("ir/demo.ir.json"));

    [Fact]
    public void Compress2IsBoundAsTheIssueSays()
    {
        var result = Pipeline.Run(Path.Combine(ExpectedFile.RepoRoot(), "examples", "zlib", "bindings.yaml"));
        var f = result.Module!.Functions.Single(x => x.CName == "compress2");
        var dest = Assert.IsType<Bindgen.Model.IR.BufferRole>(f.Param("dest").Role);
        Assert.Equal(Bindgen.Model.Spec.BufferDirection.Out, dest.Direction);
        Assert.Equal("destLen", dest.LengthParam);
        Assert.True(dest.LengthIsPointer);
        Assert.NotNull(dest.Alloc);
        var source = Assert.IsType<Bindgen.Model.IR.BufferRole>(f.Param("source").Role);
        Assert.Equal(Bindgen.Model.Spec.BufferDirection.In, source.Direction);
        Assert.Equal("sourceLen", source.LengthParam);
        Assert.IsType<Bindgen.Model.IR.LengthRole>(f.Param("sourceLen").Role);
        Assert.Equal("zerr", f.ErrorCheck!.Error);
        Assert.Equal(Bindgen.Model.IR.GilPolicy.Release, f.Gil);
        Assert.True(f.Return.Hidden);
        Assert.Equal([new Bindgen.Model.IR.BoundResult(Bindgen.Model.IR.ResultSource.AllocBuffer, "dest")], f.Results);
    }
}
