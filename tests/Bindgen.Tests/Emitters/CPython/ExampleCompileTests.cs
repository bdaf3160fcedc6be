namespace Bindgen.Tests.Emitters.CPython;

/// <summary>The example bindings (demo, zlib), generated for classic and abi3, compile warning-free (-Wall -Wextra -Werror).</summary>
public class ExampleCompileTests
{
    [Theory]
    [InlineData("demo", "classic")]
    [InlineData("demo", "abi3")]
    [InlineData("zlib", "classic")]
    [InlineData("zlib", "abi3")]
    public void ExampleCompilesWithoutWarnings(string example, string target)
    {
        var spec = Path.Combine(CPythonPipeline.RepoRoot(), "examples", example, "bindings.yaml");
        var module = CPythonPipeline.Bind(spec);
        var dir = Path.Combine(CPythonPipeline.RepoRoot(), "build", "cpython-tests", example, target);
        var files = CPythonPipeline.Emit(module, target, dir);
        CPythonPipeline.Write(files, dir);
        var error = CPythonPipeline.CompileC(Path.Combine(dir, module.Name + ".c"), module.AbsoluteIncludeDirs, module.Defines);
        Assert.True(error is null, error);
    }
}
