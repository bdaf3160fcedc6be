using Bindgen.Model;
using Bindgen.Model.Spec;
using Bindgen.Spec;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Spec;

public class SpecLoaderTests
{
    private static BindingSpec LoadFull()
    {
        var text = File.ReadAllText(ExpectedFile.Case("spec/full.yaml"));
        var bag = new DiagnosticBag();
        var spec = SpecLoader.LoadText(text, "tests/cases/spec/full.yaml", bag);
        Assert.Equal([], bag.Items.Select(d => d.ToString()));
        Assert.NotNull(spec);
        return spec;
    }

    [Fact]
    public void FullSpecMatchesExpectedJson() =>
        ExpectedFile.Match(ModelJson.Serialize(LoadFull()), ExpectedFile.Case("spec/full.expected.json"));

    [Fact]
    public void FullSpecTopLevel()
    {
        var s = LoadFull();
        Assert.Equal("demo", s.Module);
        Assert.Equal("tests/cases/spec/full.yaml", s.SpecPath);
        Assert.Equal(["demo.h", "extra.h"], s.Headers);
        Assert.Equal(["include"], s.IncludeDirs);
        Assert.Equal(
            [new("DEMO_CONST", "1"), new("BARE", ""), new("NAMED", "x y"), new("NULLED", "")],
            s.Defines);
        Assert.Equal(["-std=c11"], s.ClangArgs);
        Assert.Equal(["demo"], s.Library);
        Assert.Equal(["libdemo.so.1", "libdemo-extra.so"], s.LibraryName);
        Assert.Equal(["demo_*", "crc32"], s.Include);
        Assert.Equal(["*_"], s.Exclude);
        Assert.Equal(["DEMO_*"], s.Macros);
        Assert.Equal(new SourceLocation("tests/cases/spec/full.yaml", 2, 1), s.Location);
        Assert.Equal(new SourceLocation("tests/cases/spec/full.yaml", 2, 9), s.At("module"));
        Assert.Equal(new SourceLocation("tests/cases/spec/full.yaml", 3, 19), s.At("headers[1]"));
    }

    [Fact]
    public void FullSpecTargets()
    {
        var t = LoadFull().Targets;
        Assert.True(t.Listed);
        Assert.All(TargetsSpec.AllNames, n => Assert.True(t.IsEnabled(n)));
        Assert.NotNull(t.Classic);
        Assert.Equal("3.10", t.Abi3!.LimitedApi);
        Assert.Equal("cpython", t.Hpy!.Abi);
        Assert.Equal("0.9", t.Hpy.Version);
        Assert.Equal("abi", t.Cffi!.Mode);
        Assert.NotNull(t.Cython);
        Assert.Equal("Demo", t.CSharp!.Namespace);
        Assert.Equal("Native", t.CSharp.Class);
    }

    [Fact]
    public void FullSpecErrorsAndHandles()
    {
        var s = LoadFull();
        Assert.Equal(["derr", "connerr", "nullerr", "oserr", "negerr"], s.Errors.Keys);
        var derr = s.Errors["derr"];
        Assert.Equal("derr", derr.Name);
        Assert.Equal(ErrorKind.ReturnCode, derr.Kind);
        Assert.Equal([0L, 1L, 16L], derr.Success);
        Assert.Equal("DemoError", derr.Exception);
        Assert.Equal("RuntimeError", derr.Base);
        Assert.Equal("demo_strerror", derr.Message);
        var mf = s.Errors["connerr"].MessageFrom!;
        Assert.Equal(("demo_errmsg", "conn"), (mf.Function, mf.Arg));
        Assert.Null(s.Errors["connerr"].Success);
        Assert.Equal(ErrorKind.Null, s.Errors["nullerr"].Kind);
        Assert.Equal(ErrorKind.Errno, s.Errors["oserr"].Kind);
        Assert.Equal(ErrorKind.Negative, s.Errors["negerr"].Kind);

        var conn = s.Handles["demo_conn"];
        Assert.Equal("demo_conn", conn.CType);
        Assert.Equal(("Connection", "demo_open", "demo_close", "demo_conn_*", "demo_conn_"),
            (conn.Class, conn.Constructor, conn.Destructor, conn.Methods, conn.MethodPrefix));
        Assert.Equal("demo_stmt", s.Handles["demo_stmt"].CType);
        Assert.Null(s.Handles["demo_stmt"].Class);
    }

    [Fact]
    public void FullSpecFunctions()
    {
        var s = LoadFull();
        var c = s.Functions["demo_compress"];
        Assert.Equal(("demo_compress", "compress", "release", "Compress a buffer."), (c.CName, c.Name, c.Gil, c.Doc));
        var dest = c.Params["dest"];
        Assert.Equal("dest", dest.CName);
        Assert.Equal(BufferDirection.Out, dest.Buffer);
        Assert.Equal("destLen", dest.Length);
        Assert.Equal(LengthUnit.Bytes, dest.LengthUnit);
        Assert.Equal("demo_bound(sourceLen)", dest.Alloc);
        // The binder points at the value of `length` when destLen is not a parameter.
        Assert.Equal(new SourceLocation("tests/cases/spec/full.yaml", 52, 35), dest.At("length"));
        Assert.Equal(new SourceLocation("tests/cases/spec/full.yaml", 52, 7), dest.Location);
        Assert.True(c.Params["source"].Nullable);
        Assert.Equal(new ScalarValue("-1", ScalarKind.Int), c.Params["level"].Default);
        Assert.Equal("derr", c.Returns!.Error);
        Assert.Null(c.Returns.InlineError);
        Assert.True(c.Returns.Keep);

        var r = s.Functions["demo_read"];
        Assert.Equal("4096", r.Params["out"].Alloc);
        Assert.Equal("out_pos", r.Params["out"].Produced);
        Assert.True(r.Params["count"].Inout);
        Assert.True(r.Params["size"].Out);
        Assert.Equal(new ScalarValue("null", ScalarKind.Null), r.Params["ctx"].Fixed);
        Assert.Equal(StringEncoding.Utf8, r.Params["name"].String);
        Assert.Equal("full", r.Params["name"].Transfer);
        Assert.Null(r.Returns!.Error);
        Assert.Equal("<inline>", r.Returns.InlineError!.Name);
        Assert.Equal(ErrorKind.Negative, r.Returns.InlineError.Kind);
        Assert.Equal("ReadError", r.Returns.InlineError.Exception);

        var m = s.Functions["demo_errmsg"].Params;
        Assert.Equal(("owned", "demo_free", StringEncoding.Bytes), (m["msg"].Ownership, m["msg"].Free, m["msg"].String));
        Assert.Equal("demo_conn", m["handle"].Handle);

        var w = s.Functions["demo_walk"].Params;
        Assert.Equal(("ud", CallbackScope.Forever), (w["cb"].Callback!.UserData, w["cb"].Callback!.Scope));
        Assert.Equal(CallbackScope.Call, w["cb2"].Callback!.Scope);

        Assert.Equal(("borrowed", StringEncoding.Utf8), (s.Functions["demo_version"].Returns!.Ownership, s.Functions["demo_version"].Returns!.String));
        // `free` implies owned.
        Assert.Equal(("owned", "demo_free"), (s.Functions["demo_describe"].Returns!.Ownership, s.Functions["demo_describe"].Returns!.Free));
        Assert.Equal("demo_conn", s.Functions["demo_open"].Returns!.Handle);
        Assert.True(s.Functions["demo_internal"].Skip);
        Assert.Equal("demo_noop", s.Functions["demo_noop"].CName);
        Assert.Empty(s.Functions["demo_noop"].Params);
    }

    [Fact]
    public void FullSpecStructsAndEnums()
    {
        var s = LoadFull();
        Assert.True(s.Structs["demo_state"].Opaque);
        var p = s.Structs["demo_point"];
        Assert.False(p.Opaque);
        Assert.Equal(["x", "y"], p.Fields.Keys);
        Assert.True(p.Fields["x"].Readonly);
        Assert.False(p.Fields["y"].Readonly);
        Assert.Equal("y", p.Fields["y"].CName);
        Assert.Equal((EnumStyle.IntFlag, "DEMO_F_", "Flags"), (s.Enums["demo_flags"].Python, s.Enums["demo_flags"].StripPrefix, s.Enums["demo_flags"].Class));
        Assert.Equal(EnumStyle.Int, s.Enums["demo_mode"].Python);
        Assert.Equal(EnumStyle.IntEnum, s.Enums["demo_level"].Python);
    }

    [Fact]
    public void MinimalSpecHasDefaults()
    {
        var s = SpecTestHelper.LoadValid("module: m\nheaders: [m.h]\n");
        Assert.False(s.Targets.Listed);
        Assert.All(TargetsSpec.AllNames, n => Assert.True(s.Targets.IsEnabled(n)));
        Assert.Empty(s.Functions);
        Assert.Empty(s.Library);
    }

    [Fact]
    public void ListedTargetsEnableOnlyThose()
    {
        var s = SpecTestHelper.LoadValid("module: m\nheaders: [m.h]\ntargets:\n  classic:\n  csharp: {}\n");
        Assert.True(s.Targets.Listed);
        Assert.True(s.Targets.IsEnabled("classic"));
        Assert.True(s.Targets.IsEnabled("csharp"));
        Assert.False(s.Targets.IsEnabled("abi3"));
        Assert.False(s.Targets.IsEnabled("cffi"));
        Assert.Null(s.Targets.CSharp!.Namespace);
    }

    [Fact]
    public void TargetOptionDefaults()
    {
        var t = SpecTestHelper.LoadValid("module: m\nheaders: [m.h]\ntargets: {abi3: {}, hpy: , cffi: {}}\n").Targets;
        Assert.Equal("3.8", t.Abi3!.LimitedApi);
        Assert.Equal(("universal", "0.0.4"), (t.Hpy!.Abi, t.Hpy.Version));
        Assert.Equal("api", t.Cffi!.Mode);
    }

    [Fact]
    public void LibraryAsStringOrList()
    {
        var one = SpecTestHelper.LoadValid("module: m\nheaders: [m.h]\nlibrary: z\nlibrary_name: libz.so.1\n");
        Assert.Equal(["z"], one.Library);
        Assert.Equal(["libz.so.1"], one.LibraryName);
        var two = SpecTestHelper.LoadValid("module: m\nheaders: [m.h]\nlibrary: [z, m]\nlibrary_name: [libz.so.1, libm.so.6]\n");
        Assert.Equal(["z", "m"], two.Library);
        Assert.Equal(["libz.so.1", "libm.so.6"], two.LibraryName);
        Assert.Equal(new SourceLocation(SpecTestHelper.File, 3, 14), two.At("library[1]"));
    }

    [Theory]
    [InlineData("null", "null", ScalarKind.Null)]
    [InlineData("~", "~", ScalarKind.Null)]
    [InlineData("", "", ScalarKind.Null)]
    [InlineData("true", "true", ScalarKind.Bool)]
    [InlineData("False", "False", ScalarKind.Bool)]
    [InlineData("0", "0", ScalarKind.Int)]
    [InlineData("-12", "-12", ScalarKind.Int)]
    [InlineData("0x1F", "0x1F", ScalarKind.Int)]
    [InlineData("0o17", "0o17", ScalarKind.Int)]
    [InlineData("1.5", "1.5", ScalarKind.Float)]
    [InlineData("-2e10", "-2e10", ScalarKind.Float)]
    [InlineData(".inf", ".inf", ScalarKind.Float)]
    [InlineData("'0'", "0", ScalarKind.String)]
    [InlineData("\"null\"", "null", ScalarKind.String)]
    [InlineData("'true'", "true", ScalarKind.String)]
    [InlineData("hello", "hello", ScalarKind.String)]
    [InlineData("!!str 5", "5", ScalarKind.String)]
    [InlineData("0x", "0x", ScalarKind.String)]
    public void DefaultAndFixedScalarKinds(string yaml, string text, ScalarKind kind)
    {
        var s = SpecTestHelper.LoadValid($"module: m\nheaders: [m.h]\nfunctions:\n  f:\n    params:\n      a:\n        default: {yaml}\n      b:\n        fixed: {yaml}\n");
        Assert.Equal(new ScalarValue(text, kind), s.Functions["f"].Params["a"].Default);
        Assert.Equal(new ScalarValue(text, kind), s.Functions["f"].Params["b"].Fixed);
    }

    [Fact]
    public void AllocAcceptsAnInteger()
    {
        var s = SpecTestHelper.LoadValid("module: m\nheaders: [m.h]\nfunctions:\n  f:\n    params:\n      a: {buffer: out, alloc: 64}\n");
        Assert.Equal("64", s.Functions["f"].Params["a"].Alloc);
    }

    [Fact]
    public void SchemaCommentOnFirstLineIsIgnored()
    {
        var s = SpecTestHelper.LoadValid("# yaml-language-server: $schema=https://example.org/bindings.schema.json\nmodule: m\nheaders: [m.h]\n");
        Assert.Equal("m", s.Module);
        Assert.Equal(new SourceLocation(SpecTestHelper.File, 2, 1), s.Location);
    }

    [Fact]
    public void LoadReadsAFileAndNamesItAsGiven()
    {
        var dir = Directory.CreateTempSubdirectory("bindgen-spec-");
        try
        {
            var path = Path.Combine(dir.FullName, "bindings.yaml");
            File.WriteAllText(path, "module: m\nheaders: [m.h]\nbogus: 1\n");
            var bag = new DiagnosticBag();
            var spec = SpecLoader.Load(path, bag);
            Assert.NotNull(spec);
            Assert.Equal(path, spec.SpecPath);
            Assert.Equal(dir.FullName, spec.SpecDirectory);
            Assert.StartsWith($"{path}:3:1: error: unknown key 'bogus' at top level", Assert.Single(bag.Items).ToString());
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void DirectoryIsABindgenException()
    {
        var dir = Directory.CreateTempSubdirectory("bindgen-spec-");
        try
        {
            var e = Assert.Throws<BindgenException>(() => SpecLoader.Load(dir.FullName, new DiagnosticBag()));
            Assert.Equal($"cannot read spec '{dir.FullName}': it is a directory", e.Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void MissingFileIsABindgenException()
    {
        var e = Assert.Throws<BindgenException>(() => SpecLoader.Load("/nonexistent/dir/bindings.yaml", new DiagnosticBag()));
        Assert.Equal("cannot read spec '/nonexistent/dir/bindings.yaml': no such file", e.Message);
    }
}
