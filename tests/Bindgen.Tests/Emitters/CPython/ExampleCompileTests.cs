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

    /// <summary>
    /// Limited APIs switch to METH_FASTCALL (3.7; before that METH_VARARGS), PEP 573 types (3.10) and Py_buffer (3.11).
    /// </summary>
    [Theory]
    [InlineData("3.6")]
    [InlineData("3.7")]
    [InlineData("3.10")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    public void DemoCompilesForOtherLimitedApis(string limitedApi)
    {
        var spec = Path.Combine(CPythonPipeline.RepoRoot(), "examples", "demo", "bindings.yaml");
        var module = CPythonPipeline.Bind(spec);
        module = module with { Targets = module.Targets with { Abi3 = new Bindgen.Model.Spec.Abi3TargetSpec { LimitedApi = limitedApi } } };
        var dir = Path.Combine(CPythonPipeline.RepoRoot(), "build", "cpython-tests", "demo-limited-" + limitedApi, "abi3");
        var files = CPythonPipeline.Emit(module, "abi3", dir);
        CPythonPipeline.Write(files, dir);
        Assert.Contains($"#define Py_LIMITED_API 0x03{int.Parse(limitedApi.Split('.')[1]):X2}0000", files[0].Content);
        Assert.Contains($"#define BG_FASTCALL {(limitedApi == "3.6" ? 0 : 1)}", files[0].Content);
        var error = CPythonPipeline.CompileC(Path.Combine(dir, "demo.c"), module.AbsoluteIncludeDirs, module.Defines);
        Assert.True(error is null, error);
    }
}
