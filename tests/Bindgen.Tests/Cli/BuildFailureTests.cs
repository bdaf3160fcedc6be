using Bindgen.Cli;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Cli;

/// <summary>A failed `bindgen build` names the target, the file and the compiler's first errors; an interpreter
/// that cannot build a target is refused before compiling.</summary>
public class BuildFailureTests
{
    const string GccOutput = """
        running build_ext
        building 't' extension
        x86_64-linux-gnu-gcc -Wall -fPIC -c t.c -o build/t.o
        t.c:12:5: error: unknown type name 'foo_t'
           12 |     foo_t x;
              |     ^~~~~
        t.c:20:1: error: expected ';' before '}' token
        error: command '/usr/bin/x86_64-linux-gnu-gcc' failed with exit code 1
        """;

    [Fact]
    public void FirstErrorsKeepsTheCompilersErrorLinesWithTheirSourceLine()
    {
        var errors = BuildFailure.FirstErrors(GccOutput);
        Assert.StartsWith("t.c:12:5: error: unknown type name 'foo_t'\n   12 |     foo_t x;\n", errors);
        Assert.Contains("t.c:20:1: error: expected ';'", errors);
        Assert.DoesNotContain("running build_ext", errors);
    }

    [Fact]
    public void SummaryPointsAtTheFirstErrorAndNamesTargetAndCommand()
    {
        var line = BuildFailure.Summary("classic", "generated/classic", "python3 setup.py build_ext", 1, GccOutput, verbose: false);
        Assert.StartsWith($"{Path.Combine("generated/classic", "t.c")}:12:5: error: building target 'classic'", line);
        Assert.Contains("`python3 setup.py build_ext` exited with 1", line);
        Assert.Contains("-v prints the whole output", line);
    }

    [Fact]
    public void LinkerErrorsAreKeptAndOutputWithoutErrorLinesShowsItsEnd()
    {
        Assert.Contains("/usr/bin/ld: cannot find -lnosuchlib", BuildFailure.FirstErrors("gcc -shared x.o\n/usr/bin/ld: cannot find -lnosuchlib: No such file or directory\ncollect2: error: ld returned 1 exit status\n"));
        Assert.Equal("b\nc\n", BuildFailure.FirstErrors("b\n\nc\n"));
        Assert.StartsWith("generated/cffi: error: building target 'cffi'", BuildFailure.Summary("cffi", "generated/cffi", "python3 _t_build.py", 2, "boom\n", false));
    }

    [Fact]
    public void AnInterpreterThatCannotBuildTheTargetIsRefusedBeforeCompiling()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), "int add(int a, int b);\n");
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), "module: t\nheaders: [t.h]\n");
        var r = CliRunner.Run(dir, "build", "--target", "cython", "--python", "/nonexistent/python3");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{Path.Combine("generated", "cython")}: error: building target 'cython': /nonexistent/python3 cannot be run", r.Stderr);
    }
}
