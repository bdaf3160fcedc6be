using Bindgen.Emitters;
using Bindgen.Emitters.Package;
using Bindgen.Emitters.Stubs;
using Bindgen.Model.IR;
using Bindgen.Tests.Emitters.CPython;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Emitters.Stubs;

/// <summary>The .pyi of the examples (expectation files; tests/run-package.sh checks them against the runtime
/// with mypy's stubtest) and the package project's layout.</summary>
public class StubTests
{
    static readonly string Root = CPythonPipeline.RepoRoot();
    static GeneratorInfo Info(BoundModule m) => new("0.1.0", m.SpecPath);

    [Theory]
    [InlineData("demo")]
    [InlineData("zlib")]
    public void Example_stub_matches_expectation(string example)
    {
        var module = CPythonPipeline.Bind(Path.Combine(Root, "examples", example, "bindings.yaml"));
        var stub = StubEmitter.File(module, Info(module));
        Assert.Equal(module.Name + ".pyi", stub.Path);
        ExpectedFile.Match(stub.Content, ExpectedFile.Case($"stubs/{example}.pyi"));
    }

    [Fact]
    public void Unknown_roles_and_types_become_Any_never_an_exception()
    {
        var module = new BoundModule("m") { SpecPath = "m.yaml" };
        var t = new StubTypes(module);
        Assert.Equal("Any", t.Param(new UserDataRole("cb")));
        Assert.Equal("Any", t.Out(new StructType("struct gone", "gone")));
        Assert.Equal("Any", t.Out(new HandleType("gone *", "gone")));
        Assert.Equal("int", t.In(new EnumType("enum gone", "gone", 4, true)));
    }

    [Fact]
    public void Package_holds_the_three_backends_under_internal_names_and_one_public_api()
    {
        var module = CPythonPipeline.Bind(Path.Combine(Root, "examples", "zlib", "bindings.yaml"));
        var files = PackageEmitter.Emit(module, Info(module) with { TargetDirectory = "/x/pkg" });
        var paths = files.Select(f => f.Path).ToHashSet();
        foreach (var p in new[] { "pyproject.toml", "setup.py", "_abi3.c", "_hpy.c", "build_hpy.py", "__cffi_build.py",
                                  "zlibbind/__init__.py", "zlibbind/__init__.pyi", "zlibbind/py.typed", "zlibbind/_hpy.py", "zlibbind/_cffi.py" })
            Assert.Contains(p, paths);
        string Text(string p) => files.Single(f => f.Path == p).Content;
        Assert.Contains("PyInit__abi3", Text("_abi3.c"));
        Assert.Contains("\"zlibbind.__cffi\"", Text("__cffi_build.py"));
        Assert.Contains("from .__cffi import ffi as _ffi, lib as _lib", Text("zlibbind/_cffi.py"));
        Assert.Contains("ZLIBBIND_BACKEND", Text("zlibbind/__init__.py"));
        foreach (var name in PublicApi.Of(module).All)
            Assert.Contains($"    '{name}',", Text("zlibbind/__init__.py"));
        // plain gen output is untouched by the package's internal names
        var cffi = EmitterRegistry.Find("cffi")!.Emit(module, Info(module));
        Assert.Contains("from _zlibbind import ffi as _ffi, lib as _lib", cffi.Single(f => f.Path == "zlibbind.py").Content);
    }
}
