using Bindgen.Tests.Support;

namespace Bindgen.Tests.Cli;

/// <summary>`bindgen init` writes a starter spec that bindgen itself accepts as it is, with suggestions marked.</summary>
public class InitTests
{
    [Theory]
    [InlineData("/usr/include/zlib.h", "compress2", "z", "libz.so.1")]
    [InlineData("/usr/include/bzlib.h", "BZ2_bzBuffToBuffCompress", "bz2", "libbz2.so.1")]
    public void StarterSpecLoadsAndBinds(string header, string expectedFunction, string library, string libraryName)
    {
        var dir = CliRunner.TempDir();
        var init = CliRunner.Run(dir, "init", header, "--module", "starter", "-o", "bindings.yaml");
        Assert.Equal(0, init.ExitCode);
        var text = File.ReadAllText(Path.Combine(dir, "bindings.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=", text);
        var schemaRef = text[(text.IndexOf('=') + 1)..text.IndexOf('\n')];
        Assert.True(File.Exists(Path.Combine(dir, schemaRef)), $"the $schema line points at {schemaRef}, which does not exist");
        Assert.Contains("# suggested:", text);
        // The library from the header's package, never the module name.
        Assert.Contains($"\nlibrary: {library}   # suggested: ", text);
        Assert.Contains($"\nlibrary_name: {libraryName}   #", text);
        var ir = CliRunner.Run(dir, "ir");
        Assert.True(ir.ExitCode == 0, ir.Stderr);
        Assert.Contains($"\"c_name\": \"{expectedFunction}\"", ir.Stdout);
        // Never overwrites.
        Assert.Equal(1, CliRunner.Run(dir, "init", header, "-o", "bindings.yaml").ExitCode);
    }

    [Fact]
    public void OnStdoutTheSchemaIsNamedByItsId()
    {
        var r = CliRunner.Run(CliRunner.TempDir(), "init", "/usr/include/zlib.h");
        Assert.StartsWith("# yaml-language-server: $schema=https://", r.Stdout);
    }
}
