using Bindgen.Cli;
using Bindgen.Model;
using Bindgen.Model.IR;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Binder;

/// <summary>The spec extensions handles.type / handles.allocate / functions.stream and fixed: MACRO / sizeof(T), in the binder.</summary>
public class StreamBinderTests
{
    const string Header = """
        #define PK_VERSION "1.2"
        #define PK_LEVEL 7
        typedef struct pk { const unsigned char *in; unsigned int in_len; unsigned char *out; unsigned int out_len; double d; } pk;
        typedef struct opaque opaque;
        int pk_init(pk *s, int level, const char *version, int size);
        int pk_run(pk *s, int flush);
        int pk_end(pk *s);
        int pk_other(pk *s, int *p);
        opaque *op_new(void);
        void op_free(opaque *o);
        """;

    const string Good = """
        errors:
          e: {kind: return_code, success: [0, 1]}
        handles:
          Packer:
            type: pk
            allocate: true
            constructor: pk_init
            destructor: pk_end
            methods: pk_run
          Unpacker:
            type: pk
            allocate: true
            constructor: pk_init
            destructor: pk_end
        functions:
          pk_init:
            params:
              version: {fixed: PK_VERSION}
              size: {fixed: sizeof(pk)}
            returns: {error: e}
          pk_run:
            stream: {input: {data: in, length: in_len}, output: {data: out, length: out_len}, chunk: 64}
            returns: {error: e}

        """;

    static (BoundModule? Module, DiagnosticBag Diags) Bind(string specBody)
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), Header);
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), "module: t\nheaders: [t.h]\ninclude: [pk_*]\n" + specBody);
        var r = Pipeline.Run(Path.Combine(dir, "bindings.yaml"));
        return (r.Module, r.Diagnostics);
    }

    static Diagnostic Single(DiagnosticBag d) => Assert.Single(d.Items, x => x.Severity == Severity.Error);

    [Fact]
    public void OneTypeBacksTwoAllocateClasses()
    {
        var (m, d) = Bind(Good);
        Assert.DoesNotContain(d.Items, x => x.Severity == Severity.Error);
        Assert.Equal(["Packer", "Unpacker"], m!.Handles.Select(h => h.CType));
        var packer = m.Handle("Packer");
        Assert.Equal(("struct pk *", true, "struct pk", 40L), (packer.PointerCSpelling, packer.Allocate, packer.StorageCType, packer.StorageSize));
        var ctor = packer.Constructor!;
        Assert.Equal(new StorageRole("Packer"), ctor.Param("s").Role);
        var version = (FixedRole)ctor.Param("version").Role;
        Assert.Equal(("\"1.2\"", "1.2", true), (version.CValue, version.Value.Text, version.IsString));
        Assert.Equal("40", ((FixedRole)ctor.Param("size").Role).CValue);
        Assert.Equal(["level"], ctor.VisibleParams.Select(p => p.CName));
        Assert.Empty(m.Structs);                // the handle's struct is not also a value class
    }

    [Fact]
    public void StreamResolvesFieldsToOffsets()
    {
        var (m, _) = Bind(Good);
        var run = Assert.Single(m!.Handle("Packer").Methods);
        var s = run.Stream!;
        Assert.Equal(("data", 64L), (s.InputName, s.Chunk));
        Assert.Equal(new[] { ("in", 0L), ("in_len", 8L), ("out", 16L), ("out_len", 24L) },
            new[] { s.InputData, s.InputLength, s.OutputData, s.OutputLength }.Select(f => (f.CName, f.Offset)));
        Assert.Equal(("unsigned int", 4, "4294967295", false), (s.InputLength.CType, s.InputLength.Size, s.InputLength.MaxValue, s.InputLength.Signed));
        Assert.Equal([new BoundResult(ResultSource.StreamOutput, null)], run.Results);
        Assert.Equal(["flush"], run.VisibleParams.Select(p => p.CName));
    }

    [Fact]
    public void UnknownStreamFieldIsReportedAtItsValue()
    {
        var (_, d) = Bind(Good.Replace("length: out_len}", "length: out_lne}"));
        var e = Single(d);
        Assert.Equal((25, 77), (e.Location.Line, e.Location.Column));   // the field name's value
        Assert.Contains("output.length 'out_lne' is not a field of 'struct pk'", e.Message);
        Assert.Contains("did you mean 'out_len'", e.Message);
    }

    [Fact]
    public void StreamFieldsMustBePointersAndIntegers()
    {
        var (_, d) = Bind(Good.Replace("{data: in, length: in_len}", "{data: in_len, length: d}"));
        Assert.Contains(d.Items, x => x.Message.Contains("input.data 'in_len' must be a data pointer"));
        Assert.Contains(d.Items, x => x.Message.Contains("input.length 'd' must be an integer"));
    }

    [Fact]
    public void StreamNeedsAMethodOfAnAllocateHandle()
    {
        var (_, d) = Bind("handles:\n  P: {type: pk, methods: pk_run}\nfunctions:\n  pk_run:\n" +
                          "    stream: {input: {data: in, length: in_len}, output: {data: out, length: out_len}}\n");
        var e = Single(d);
        Assert.Equal((8, 13), (e.Location.Line, e.Location.Column));
        Assert.Contains("'stream' on 'pk_run': it must be a method of a handle with 'allocate: true'", e.Message);
    }

    [Fact]
    public void StreamOnAPlainFunctionIsAnError()
    {
        var (_, d) = Bind("functions:\n  pk_run:\n    stream: {input: {data: in, length: in_len}, output: {data: out, length: out_len}}\n");
        var e = Single(d);
        Assert.Equal((6, 13), (e.Location.Line, e.Location.Column));
        Assert.Contains("must be a method of a handle with 'allocate: true'", e.Message);
    }

    [Fact]
    public void StreamParamsMustBePlainValues()
    {
        var (_, d) = Bind(Good.Replace("methods: pk_run", "methods: pk_other").Replace("  pk_run:\n    stream", "  pk_other:\n    params: {p: {out: true}}\n    stream"));
        Assert.Contains(d.Items, x => x.Severity == Severity.Error && x.Message.Contains("parameter 'p' must be a plain value"));
    }

    [Fact]
    public void AllocateNeedsACompleteStruct()
    {
        var (_, d) = Bind("handles:\n  Op:\n    type: opaque\n    allocate: true\n    constructor: op_new\n");
        var e = Single(d);
        Assert.Equal((7, 15), (e.Location.Line, e.Location.Column));
        Assert.Contains("'allocate' needs a complete struct", e.Message);
    }

    [Fact]
    public void FixedSizeofOfAnUnknownTypeIsAnError()
    {
        var (_, d) = Bind(Good.Replace("sizeof(pk)", "sizeof(pq)"));
        var e = d.Items.First(x => x.Severity == Severity.Error);
        Assert.Equal((22, 21), (e.Location.Line, e.Location.Column));
        Assert.Contains("'fixed: sizeof(pq)' on 'size' of 'pk_init': 'pq' is not a complete struct", e.Message);
        Assert.Contains("did you mean 'pk'", e.Message);
    }

    [Fact]
    public void FixedIntegerMacroIsItsValue()
    {
        var (m, _) = Bind(Good.Replace("size: {fixed: sizeof(pk)}", "size: {fixed: PK_LEVEL}"));
        Assert.Equal("7", ((FixedRole)m!.Handle("Packer").Constructor!.Param("size").Role).CValue);
    }
}
