using Bindgen.Cli;
using Bindgen.Model;
using Bindgen.Model.IR;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Binder;

/// <summary>
/// Issue #16 items 4, 4b, 6, 7 in the binder: include/exclude bound what handles take, destructor look-alikes and
/// lifecycle member names never shadow close()/Dispose(), constructors with extra out values are refused, and a
/// function named like a class of the module is renamed.
/// </summary>
public class HandleLifecycleTests
{
    const string Header = """
        typedef struct f f;
        f *f_open(int id);
        f *f_open_ex(int id, int *err);
        int f_open_into(f **out, int id, int *err);
        void f_close_v2(f *x);
        void f_close(f *x);
        int f_read(const f *x);
        int f_delete(f *x);
        int f_is_closed(const f *x);
        int f_release_memory(f *x);
        void f_free_v2(f *x);
        int f___exit__(f *x);
        int f_internal_peek(const f *x);
        int other_release(f *x);
        enum shade { LIGHT = 1, DARK = 2 };
        enum shade shade(int dark);
        struct span { int a; int b; };
        struct span span(int a, int b);
        struct cfg { int a; };
        extern int cfg;
        """;

    static (BoundModule? Module, DiagnosticBag Diags) Bind(string specBody)
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), Header);
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), "module: t\nheaders: [t.h]\n" + specBody);
        var r = Pipeline.Run(Path.Combine(dir, "bindings.yaml"));
        return (r.Module, r.Diagnostics);
    }

    static string All(DiagnosticBag d) => string.Join("\n", d.Items);

    [Fact]
    public void MethodsGlobSelectsOnlyIncludedFunctions()
    {
        var (m, d) = Bind("""
            exclude: ["f_internal_*"]
            handles:
              f: {constructor: f_open, destructor: f_close_v2, methods: "f_*"}
            """);
        Assert.False(d.HasErrors, All(d));
        var h = Assert.Single(m!.Handles);
        Assert.DoesNotContain(h.Methods, x => x.CName == "f_internal_peek");
        Assert.DoesNotContain(m.Functions, x => x.CName == "f_internal_peek");

        (m, d) = Bind("""
            include: ["f_open", "f_close_v2", "f_read"]
            handles:
              f: {constructor: f_open, destructor: f_close_v2, methods: "f_*"}
            """);
        Assert.False(d.HasErrors, All(d));
        Assert.Equal(["read"], Assert.Single(m!.Handles).Methods.Select(x => x.PyName));
    }

    [Fact]
    public void ExcludedDestructorIsAnErrorAtItsSpecLine()
    {
        var (_, d) = Bind("""
            exclude: ["f_close*"]
            handles:
              f: {constructor: f_open, destructor: f_close_v2}
            """);
        var e = Assert.Single(d.Items, x => x.Severity == Severity.Error);
        Assert.Contains("destructor 'f_close_v2' is not bound: exclude 'f_close*' matches it", e.Message);
        Assert.Equal((5, 40), (e.Location.Line, e.Location.Column));
    }

    [Fact]
    public void ConstructorOutsideIncludeIsAnError()
    {
        var (_, d) = Bind("""
            include: ["f_close_v2", "f_read"]
            handles:
              f: {constructor: f_open, destructor: f_close_v2}
            """);
        var e = Assert.Single(d.Items, x => x.Severity == Severity.Error);
        Assert.Contains("constructor 'f_open' is not bound: include does not select it", e.Message);
        Assert.Equal(5, e.Location.Line);
    }

    [Fact]
    public void DestructorLookalikesAreNeitherMethodsNorFunctionsUnlessNamed()
    {
        var (m, d) = Bind("""
            handles:
              f: {constructor: f_open, destructor: f_close_v2, methods: "f_*"}
            """);
        Assert.False(d.HasErrors, All(d));
        var h = Assert.Single(m!.Handles);
        Assert.Contains(h.Methods, x => x.CName == "f_release_memory");   // frees memory, not the object
        foreach (var name in new[] { "f_close", "f_delete", "other_release", "f_free_v2" })
        {
            Assert.DoesNotContain(h.Methods, x => x.CName == name);
            Assert.DoesNotContain(m.Functions, x => x.CName == name);
            Assert.Contains(d.Items, w => w.Severity == Severity.Warning && w.Message.Contains($"function '{name}' skipped") && w.Message.Contains("looks like a destructor"));
        }

        (m, d) = Bind("""
            handles:
              f: {constructor: f_open, destructor: f_close_v2, methods: "f_*"}
            functions:
              f_delete: {name: remove}
            """);
        Assert.False(d.HasErrors, All(d));
        Assert.Contains(Assert.Single(m!.Handles).Methods, x => x.CName == "f_delete" && x.PyName == "remove");
    }

    [Fact]
    public void MethodsNamedLikeLifecycleMembersAreRenamedWithAWarning()
    {
        var (m, d) = Bind("""
            handles:
              f: {constructor: f_open, destructor: f_close_v2, methods: "f_*"}
            functions:
              f_close: {}
            """);
        Assert.False(d.HasErrors, All(d));
        var methods = Assert.Single(m!.Handles).Methods;
        var close = Assert.Single(methods, x => x.CName == "f_close");
        Assert.Equal(("close_", "Close_"), (close.PyName, close.CsName));
        Assert.Equal("__exit___", Assert.Single(methods, x => x.CName == "f___exit__").PyName);
        var isClosed = Assert.Single(methods, x => x.CName == "f_is_closed");
        Assert.Equal(("is_closed", "IsClosed_"), (isClosed.PyName, isClosed.CsName));
        Assert.Contains(d.Items, w => w.Severity == Severity.Warning && w.Message.Contains("would shadow the handle class's own 'close'"));
        Assert.Contains(d.Items, w => w.Severity == Severity.Warning && w.Message.Contains("would hide SafeHandle's 'IsClosed'"));
    }

    [Fact]
    public void ConstructorWithExtraOutParameterIsRefused()
    {
        var (_, d) = Bind("""
            handles:
              f: {constructor: f_open_ex, destructor: f_close_v2}
            functions:
              f_open_ex:
                params:
                  err: {out: true}
            """);
        var e = Assert.Single(d.Items, x => x.Severity == Severity.Error);
        Assert.Contains("constructor 'f_open_ex' of handle 'f' has the out parameter 'err' besides its object", e.Message);
        Assert.Contains("`returns: {handle: f}`", e.Message);
        Assert.Equal((4, 20), (e.Location.Line, e.Location.Column));

        (_, d) = Bind("""
            handles:
              f: {constructor: f_open_into, destructor: f_close_v2}
            functions:
              f_open_into:
                params:
                  err: {out: true}
            """);
        Assert.Contains("constructor 'f_open_into' of handle 'f' has the out parameter 'err'", Assert.Single(d.Items, x => x.Severity == Severity.Error).Message);
    }

    [Fact]
    public void ConstructorOutParameterPassedAsNullOrBoundAsAFunctionWorks()
    {
        var (m, d) = Bind("""
            handles:
              f: {constructor: f_open_ex, destructor: f_close_v2}
            functions:
              f_open_ex:
                params:
                  err: {fixed: null}
            """);
        Assert.False(d.HasErrors, All(d));
        Assert.NotNull(Assert.Single(m!.Handles).Constructor);

        (m, d) = Bind("""
            handles:
              f: {destructor: f_close_v2}
            functions:
              f_open_ex:
                params:
                  err: {out: true}
                returns: {handle: f}
            """);
        Assert.False(d.HasErrors, All(d));
        Assert.Equal([new BoundResult(ResultSource.Return, null), new BoundResult(ResultSource.Out, "err")],
            m!.Functions.Single(x => x.CName == "f_open_ex").Results);
    }

    [Fact]
    public void FunctionsNamedLikeAClassOfTheModuleAreRenamed()
    {
        var (m, d) = Bind("""
            structs:
              span: {}
              cfg: {}
            enums:
              shade: {}
            """);
        Assert.False(d.HasErrors, All(d));
        Assert.Equal(("shade_", "Shade"), m!.Functions.Single(x => x.CName == "shade") is var s ? (s.PyName, s.CsName) : default);
        Assert.Equal("span_", m.Functions.Single(x => x.CName == "span").PyName);
        Assert.Contains(m.Enums, e => e.ClassName == "shade");
        Assert.Contains(m.Structs, x => x.ClassName == "span");
        Assert.Contains(d.Items, w => w.Severity == Severity.Warning && w.Message.Contains("function 'shade': a class of the module is named 'shade' too"));
        // A global named like a class would be unreachable behind it (module __getattr__ only sees missing names).
        Assert.DoesNotContain(m.Variables, v => v.CName == "cfg");
        Assert.Contains(d.Items, w => w.Severity == Severity.Warning && w.Message.Contains("variable 'cfg' skipped: the module already has a function or class of that name"));
    }
}
