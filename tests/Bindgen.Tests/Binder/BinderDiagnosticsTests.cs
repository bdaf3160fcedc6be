using Bindgen.Cli;
using Bindgen.Model;
using Bindgen.Model.IR;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Binder;

/// <summary>Header-dependent checks: each wrong spec gives one diagnostic at the spec's own line:col; ambiguous pointers are skipped with a hint.</summary>
public class BinderDiagnosticsTests
{
    const string Header = """
        #include <stddef.h>
        typedef struct thing thing;
        typedef int (*visit_fn)(void *ud, int item);
        thing *thing_new(int x);
        void thing_free(thing *t);
        int thing_get(const thing *t);
        int fill(unsigned char *out, size_t *out_len);
        int sum(const int *items, size_t n);
        int walk(visit_fn fn, void *ud);
        char *make_name(void);
        const char *errstr(int code);
        double halve(double x);
        """;

    static (BoundModule? Module, DiagnosticBag Diags) Bind(string specBody)
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), Header);
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), "module: t\nheaders: [t.h]\n" + specBody);
        var r = Pipeline.Run(Path.Combine(dir, "bindings.yaml"));
        return (r.Module, r.Diagnostics);
    }

    static Diagnostic Single(DiagnosticBag d, Severity s = Severity.Error) => Assert.Single(d.Items, x => x.Severity == s);

    [Fact]
    public void UnknownFunctionGetsADidYouMean()
    {
        var (_, d) = Bind("functions:\n  thing_gte: {}\n");
        var e = Single(d);
        Assert.Equal((4, 3), (e.Location.Line, e.Location.Column));
        Assert.Contains("did you mean 'thing_get'", e.Message);
    }

    [Fact]
    public void UnknownParameterGetsADidYouMean()
    {
        var (_, d) = Bind("functions:\n  sum:\n    params:\n      itmes: {buffer: in, length: n}\n");
        var e = Single(d);
        Assert.Equal(6, e.Location.Line);
        Assert.Contains("did you mean 'items'", e.Message);
    }

    [Fact]
    public void LengthMustBeAnInteger()
    {
        var (_, d) = Bind("functions:\n  walk:\n    params:\n      ud: {buffer: in, length: fn}\n");
        var e = Single(d);
        Assert.Contains("length 'fn' of 'walk' must be an integer or a pointer to one", e.Message);
        Assert.Equal((6, 32), (e.Location.Line, e.Location.Column));
    }

    [Fact]
    public void DestructorMustTakeTheHandle()
    {
        var (_, d) = Bind("handles:\n  thing: {constructor: thing_new, destructor: halve}\n");
        var e = Single(d);
        Assert.Contains("destructor 'halve' must take exactly one parameter, a 'thing' pointer", e.Message);
        Assert.Equal(4, e.Location.Line);
    }

    [Fact]
    public void MessageFunctionMustExistWithAFittingSignature()
    {
        var (_, d) = Bind("errors:\n  e: {kind: return_code, message: halve}\n");
        Assert.Contains("must take one integer code and return a C string", Single(d).Message);
        var (_, d2) = Bind("errors:\n  e: {kind: return_code, message: errst}\n");
        Assert.Contains("did you mean 'errstr'", Single(d2).Message);
    }

    [Fact]
    public void AmbiguousPointersAreSkippedWithTheAnnotationThatWouldBindThem()
    {
        var (m, d) = Bind("");
        Assert.NotNull(m);
        var names = m!.Functions.Select(f => f.CName).ToList();
        Assert.Contains("halve", names);
        Assert.Contains("errstr", names);
        Assert.DoesNotContain("fill", names);
        Assert.DoesNotContain("walk", names);
        Assert.DoesNotContain("make_name", names);
        Assert.Contains(d.Items, w => w.Message.Contains("'fill' skipped") && w.Message.Contains("buffer: out"));
        Assert.Contains(d.Items, w => w.Message.Contains("'walk' skipped") && w.Message.Contains("callback"));
        Assert.Contains(d.Items, w => w.Message.Contains("'make_name' skipped") && w.Message.Contains("ownership"));
        Assert.Contains(d.Items, w => w.Message.Contains("'thing_new' skipped") && w.Message.Contains("handle"));
    }

    [Fact]
    public void AnnotationsBindWhatDefaultsCannot()
    {
        var (m, d) = Bind("""
            handles:
              thing: {constructor: thing_new, destructor: thing_free, methods: "thing_*"}
            functions:
              fill:
                params:
                  out: {buffer: out, length: out_len}
              sum:
                params:
                  items: {buffer: in, length: n}
              walk:
                params:
                  fn: {callback: {user_data: ud}}
              make_name:
                returns: {ownership: owned, free: free}
            """);
        Assert.False(d.HasErrors, string.Join("\n", d.Items));
        var fill = m!.Functions.Single(f => f.CName == "fill");
        Assert.Equal([new BoundResult(ResultSource.Return, null), new BoundResult(ResultSource.ProducedLength, "out")], fill.Results);
        var walk = m.Functions.Single(f => f.CName == "walk");
        var cb = Assert.IsType<CallbackRole>(walk.Param("fn").Role);
        Assert.Equal(0, cb.Signature.UserDataIndex);
        Assert.IsType<UserDataRole>(walk.Param("ud").Role);
        var h = Assert.Single(m.Handles);
        Assert.Equal("Thing", h.ClassName);
        Assert.Equal("thing_free", h.Destructor);
        Assert.Equal(["get"], h.Methods.Select(x => x.PyName));
        Assert.Equal(Ownership.Owned, m.Functions.Single(f => f.CName == "make_name").Return.Ownership);
    }

    [Fact]
    public void ScopeForeverNeedsAHandle()
    {
        var (_, d) = Bind("functions:\n  walk:\n    params:\n      fn: {callback: {user_data: ud, scope: forever}}\n");
        Assert.Contains("no handle parameter owns it", Single(d).Message);
    }

    [Fact]
    public void AllocExpressionsAreChecked()
    {
        var (_, d) = Bind("functions:\n  fill:\n    params:\n      out: {buffer: out, length: out_len, alloc: \"nope(3)\"}\n");
        var e = Single(d);
        Assert.Contains("'nope' is not a function bound by this spec", e.Message);
        Assert.Equal(6, e.Location.Line);
    }
}
