namespace Bindgen.Tests.Emitters.CPython;

/// <summary>The demo library's bindings, generated for classic and abi3, compile warning-free (-Wall -Wextra -Werror).</summary>
public class DemoCompileTests
{
    [Theory]
    [InlineData("classic")]
    [InlineData("abi3")]
    public void DemoCompilesWithoutWarnings(string target)
    {
        var spec = Path.Combine(CPythonPipeline.RepoRoot(), "examples", "demo", "bindings.yaml");
        var module = CPythonPipeline.Bind(spec);
        var dir = Path.Combine(CPythonPipeline.RepoRoot(), "build", "cpython-tests", "demo", target);
        var files = CPythonPipeline.Emit(module, target, dir);
        CPythonPipeline.Write(files, dir);
        var error = CPythonPipeline.CompileC(Path.Combine(dir, "demo.c"), module.AbsoluteIncludeDirs, module.Defines);
        Assert.True(error is null, error);
    }
}
