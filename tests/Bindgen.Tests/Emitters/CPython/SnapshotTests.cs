using Bindgen.Tests.Support;

namespace Bindgen.Tests.Emitters.CPython;

/// <summary>
/// tests/cases/emitters/cpython/small.{h,yaml}: the generated classic and abi3 files are fixed by expectation
/// files beside them (BINDGEN_BLESS=1 rewrites), and the expected C itself compiles with -Wall -Wextra -Werror.
/// </summary>
public class SnapshotTests
{
    static string CaseDir => Path.Combine(CPythonPipeline.RepoRoot(), "tests", "cases", "emitters", "cpython");

    [Theory]
    [InlineData("classic")]
    [InlineData("abi3")]
    public void SmallMatchesExpectationAndCompiles(string target)
    {
        var module = CPythonPipeline.Bind(Path.Combine(CaseDir, "small.yaml"));
        var dir = Path.Combine(CaseDir, "expected", target);
        var files = CPythonPipeline.Emit(module, target, dir);
        Assert.Equal(["small.c", "setup.py", "pyproject.toml"], files.Select(f => f.Path));
        foreach (var f in files) ExpectedFile.Match(f.Content, Path.Combine(dir, f.Path));

        var error = CPythonPipeline.CompileC(Path.Combine(dir, "small.c"), module.AbsoluteIncludeDirs, module.Defines,
            objectDir: Path.Combine(CPythonPipeline.RepoRoot(), "build", "cpython-tests", "small", target));
        Assert.True(error is null, error);
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        var module = CPythonPipeline.Bind(Path.Combine(CaseDir, "small.yaml"));
        var a = CPythonPipeline.Emit(module, "abi3", "/x/y");
        var b = CPythonPipeline.Emit(CPythonPipeline.Bind(Path.Combine(CaseDir, "small.yaml")), "abi3", "/x/y");
        Assert.Equal(a.Select(f => f.Content), b.Select(f => f.Content));
    }
}
