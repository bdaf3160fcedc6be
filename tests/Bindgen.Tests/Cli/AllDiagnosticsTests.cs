using Bindgen.Tests.Support;

namespace Bindgen.Tests.Cli;

/// <summary>
/// One run reports every mistake (the spec's own and the binder's), each at its FILE:LINE:COL, and an error about a
/// declaration that cannot be bound says why without -v.
/// </summary>
public class AllDiagnosticsTests
{
    static List<string> Errors(CliRunner.Result r) =>
        r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": error: ")).ToList();

    [Fact]
    public void AnUnknownKeyAMissingLengthParameterAndAnUnknownFunctionAreThreeErrorsInOneRun()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), "int sum(const int *items, int n);\nint sub(int a, int b);\n");
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"),
            "module: t\n" +
            "headers: [t.h]\n" +
            "colour: blue\n" +                                   // 3:1 unknown key (schema)
            "functions:\n" +
            "  sum:\n" +
            "    params:\n" +
            "      items: {buffer: in, length: count}\n" +      // 7: a length naming a missing parameter (binder)
            "  nosuch: {}\n");                                   // 8: an unknown function (binder)
        var r = CliRunner.Run(dir, "ir", "bindings.yaml");
        Assert.Equal(1, r.ExitCode);
        var errors = Errors(r);
        Assert.Equal(3, errors.Count);
        Assert.Matches(@"^bindings\.yaml:3:1: error: .*colour", errors.Single(l => l.Contains("colour")));
        Assert.Matches(@"^bindings\.yaml:7:\d+: error: .*'count'", errors.Single(l => l.Contains("'count'")));
        Assert.Matches(@"^bindings\.yaml:8:\d+: error: function 'nosuch' is not declared in the headers \(looked in t\.h and every header it includes\)",
            errors.Single(l => l.Contains("nosuch")));
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void AConstructorThatCannotBeBoundSaysWhyWithoutVerbose()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"),
            "typedef struct obj obj;\nobj *obj_new(int *mystery);\nvoid obj_free(obj *o);\n");
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"),
            "module: t\nheaders: [t.h]\nhandles:\n  obj:\n    constructor: obj_new\n    destructor: obj_free\n");
        var r = CliRunner.Run(dir, "ir", "bindings.yaml");
        Assert.Equal(1, r.ExitCode);
        var error = Assert.Single(Errors(r));
        Assert.Matches(@"^bindings\.yaml:5:\d+: error: constructor 'obj_new' of handle 'obj' cannot be bound: parameter 'mystery' \(int \*\): a pointer to a scalar is ambiguous", error);
        Assert.DoesNotContain("see the warnings above", r.Stderr);
        Assert.DoesNotContain("warning:", r.Stderr);   // the reason is in the error itself, not in a warning -v would show
    }
}
