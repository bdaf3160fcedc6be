using Bindgen.Cli;
using Bindgen.Model;
using Bindgen.Model.IR;
using Bindgen.Model.Plan;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Binder;

/// <summary>
/// The call plan (src/Model/Plan): the error check normalised once, buffer length units, alloc operands; and the
/// binder diagnostics for what no target can do (negative on unsigned, `success: []`, alloc reading outputs).
/// </summary>
public class CallPlanTests
{
    const string Header = """
        #include <stddef.h>
        typedef struct thing thing;
        thing *thing_new(void);
        void thing_free(thing *t);
        const char *thing_error(const thing *t);
        int thing_size(const thing *t);
        int thing_read(thing *t, unsigned char *out, size_t out_len);
        const char *errstr(int code);
        size_t count_items(const char *s);
        unsigned count_u(const char *s);
        long find(const char *s);
        int status(int x);
        int maybe_fail(void);
        size_t frame_size(const void *src, size_t src_len);
        int decode(unsigned char *dst, size_t dst_len, const unsigned char *src, size_t src_len, size_t *produced);
        int sum32(const int *v, size_t count);
        int sum_bytes(const double *v, size_t nbytes);
        """;

    static (BoundModule? Module, DiagnosticBag Diags) Bind(string specBody)
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), Header);
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), "module: t\nheaders: [t.h]\n" + specBody);
        var r = Pipeline.Run(Path.Combine(dir, "bindings.yaml"));
        return (r.Module, r.Diagnostics);
    }

    static Diagnostic Single(DiagnosticBag d) => Assert.Single(d.Items, x => x.Severity == Severity.Error);

    static CallPlan Plan(BoundModule m, string function) => CallPlanner.For(m, m.AllFunctions.First(f => f.CName == function));

    [Theory]
    [InlineData("count_items", "size_t")]
    [InlineData("count_u", "unsigned int")]
    public void NegativeOnAnUnsignedReturnIsAnErrorPointingAtTheAlternatives(string function, string type)
    {
        var (_, d) = Bind($"functions:\n  {function}:\n    returns: {{error: {{kind: negative}}}}\n");
        var e = Single(d);
        Assert.Equal((5, 29), (e.Location.Line, e.Location.Column));   // the inline convention's `kind: negative`
        Assert.Contains($"'{type}' is unsigned", e.Message);
        Assert.Contains("`kind: check`", e.Message);
        Assert.Contains("`kind: return_code` with `failure:", e.Message);
    }

    [Fact]
    public void NegativeOnASignedReturnPlansASignedLessThanZeroTest()
    {
        var (m, d) = Bind("functions:\n  find:\n    returns: {error: {kind: negative}}\n");
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error);
        var ec = Plan(m!, "find").ErrorCheck!;
        Assert.Equal(FailureTest.Negative, ec.Test);
        Assert.True(ec.ReturnSigned);
        Assert.Equal(CodeSource.Return, ec.Code);
        Assert.Equal(MessageSource.None, ec.Message);
    }

    [Fact]
    public void EmptySuccessIsAnErrorAtTheKey()
    {
        var (_, d) = Bind("errors:\n  e: {kind: return_code, success: []}\nfunctions:\n  status:\n    returns: {error: e}\n");
        var e = Single(d);
        Assert.Equal(4, e.Location.Line);
        Assert.Contains("`success: []`", e.Message);
    }

    [Fact]
    public void ReturnCodeWithMessageFunctionIsNormalisedOnce()
    {
        var (m, _) = Bind("errors:\n  e: {kind: return_code, success: [0, 1], message: errstr}\nfunctions:\n  status:\n    returns: {error: e}\n");
        var ec = Plan(m!, "status").ErrorCheck!;
        Assert.Equal(FailureTest.NotSuccess, ec.Test);
        Assert.Equal([0L, 1L], ec.Success);
        Assert.Equal((MessageSource.CodeFunction, "errstr", "int"), (ec.Message, ec.MessageFunction, ec.MessageArgCType));
    }

    [Fact]
    public void MessageFromResolvesTheHandleParameter()
    {
        var (m, d) = Bind("""
            errors:
              te: {kind: return_code, message_from: {function: thing_error, arg: t}}
            handles:
              thing: {constructor: thing_new, destructor: thing_free, methods: "thing_*"}
            functions:
              thing_read:
                params:
                  out: {buffer: out, length: out_len}
                returns: {error: te}
            """);
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error);
        var ec = Plan(m!, "thing_read").ErrorCheck!;
        Assert.Equal((MessageSource.HandleFunction, "thing_error", "t"), (ec.Message, ec.MessageFunction, ec.MessageArgParam));
    }

    [Fact]
    public void LengthUnitsAreDecidedOnce()
    {
        var (m, _) = Bind("functions:\n  sum32:\n    params:\n      v: {buffer: in, length: count}\n  sum_bytes:\n    params:\n      v: {buffer: in, length: nbytes, length_unit: bytes}\n");
        var items = Plan(m!, "sum32").Buffer("v");
        Assert.Equal((4, true, "count"), (items.UnitBytes, items.Scaled, items.LengthParam));
        var bytes = Plan(m!, "sum_bytes").Buffer("v");
        Assert.Equal((1, false), (bytes.UnitBytes, bytes.Scaled));
    }

    [Fact]
    public void AllocMayReadAnInputBufferAndItsLength()
    {
        var (m, d) = Bind("""
            functions:
              decode:
                params:
                  dst: {buffer: out, length: dst_len, produced: produced, alloc: "frame_size(src, src_len) + 1"}
                  src: {buffer: in, length: src_len}
            """);
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error);
        var a = Plan(m!, "decode").Alloc("dst");
        Assert.Equal(AllocOperandKind.InputBuffer, a.Operand("src").Kind);
        Assert.Equal((AllocOperandKind.Length, "src"), (a.Operand("src_len").Kind, a.Operand("src_len").OfBuffer));
        Assert.Equal("(f(src!, src_len#) + 1)", a.Render(o => o.Kind == AllocOperandKind.InputBuffer ? o.Param + "!" : o.Param + "#", f => "f"));
    }

    [Theory]
    [InlineData("\"produced + 1\"", "an output parameter")]
    [InlineData("\"src + 1\"", "only meaningful as an argument of a function call")]
    public void AllocReadingWhatIsNotKnownBeforeTheCallIsAnError(string alloc, string why)
    {
        var (_, d) = Bind($"""
            functions:
              decode:
                params:
                  dst: {"{"}buffer: out, length: dst_len, produced: produced, alloc: {alloc}{"}"}
                  src: {"{"}buffer: in, length: src_len{"}"}
            """);
        var e = Single(d);
        Assert.Equal(6, e.Location.Line);
        Assert.Contains("reads '", e.Message);
        Assert.Contains(why, e.Message);
    }
}
