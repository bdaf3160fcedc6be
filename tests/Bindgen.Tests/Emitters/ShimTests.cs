using System.Diagnostics;
using System.Runtime.InteropServices;
using Bindgen.Emitters;
using Bindgen.Emitters.Common;
using Bindgen.Model;
using Bindgen.Parser;
using Bindgen.Parser.Symbols;
using Bindgen.Spec;

namespace Bindgen.Tests.Emitters;

/// <summary>
/// The shim library for idioms beyond the demo's: an untagged typedef'd struct returned by value, a tagged struct
/// pointer and an enum parameter, a void function without parameters, a typed macro. The generated source compiles
/// with -Wall -Wextra -Werror, exports exactly one wrapper per shim function, and the wrappers compute what the
/// header does. About 1 s (two gcc runs).
/// </summary>
public unsafe class ShimTests
{
    const string Header = """
        typedef struct { int x, y; } sc_point;
        struct sc_tag { int v; };
        enum sc_mode { SC_A, SC_B };
        int sc_exported(int x);
        static inline sc_point sc_mk(int x, int y) { sc_point p = { x, sc_exported(y) }; return p; }
        static inline int sc_tagv(const struct sc_tag *t, enum sc_mode m) { return t->v + (int)m; }
        static inline void sc_nothing(void) {}
        #define SC_TWICE(x) ((x) * 2)
        """;

    [Fact]
    public void ShimCompilesExportsAndCalls()
    {
        var dir = Path.Combine(Path.GetTempPath(), "bindgen-shim-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "sc.h"), Header);
            File.WriteAllText(Path.Combine(dir, "sc.c"), "#include \"sc.h\"\nint sc_exported(int x) { return x + 100; }\n");
            // A soname, so that the shim's dependency matches the copy loaded below by its path.
            Run(dir, "gcc", "-shared", "-fPIC", "-Wall", "-Wextra", "-Werror", "-Wl,-soname,libsc.so", "-o", "libsc.so", "sc.c");
            File.WriteAllText(Path.Combine(dir, "bindings.yaml"), """
                module: sc
                headers: [sc.h]
                library: sc
                include: ["sc_*"]
                macros_as_functions:
                  SC_TWICE: "int (int x)"
                structs:
                  sc_point: {}
                  sc_tag: {}
                targets:
                  csharp: {}
                """);
            var bag = new DiagnosticBag();
            var spec = SpecLoader.Load(Path.Combine(dir, "bindings.yaml"), bag)!;
            Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
            var exports = LibraryExportsReader.Read(spec, bag, dir);
            var module = Bindgen.Model.Binder.Binder.Bind(spec, HeaderParser.Parse(ParseRequest.For(spec)), bag, null, exports);
            Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
            Assert.Equal(["sc_mk", "sc_tagv", "sc_nothing", "SC_TWICE"], module.ShimFunctions);

            var shim = ShimWriter.Write(module, new GeneratorInfo("test", "bindings.yaml") { TargetDirectory = dir })!;
            File.WriteAllText(Path.Combine(dir, shim.Path), shim.Content);
            var step = ShimBuild.Step(module);
            Run(dir, step.Program, [.. step.Args]);

            var so = Path.Combine(dir, module.ShimLibraryFile);
            var names = ElfDynamicSymbols.Read(so);
            Assert.Equal(module.ShimFunctions.Select(module.ShimSymbol).Order(), names.Where(n => n.StartsWith("sc_shim_")).Order());

            var main = NativeLibrary.Load(Path.Combine(dir, "libsc.so"));
            var lib = NativeLibrary.Load(so);
            try
            {
                var twice = (delegate* unmanaged<int, int>)NativeLibrary.GetExport(lib, "sc_shim_SC_TWICE");
                Assert.Equal(42, twice(21));
                var mk = (delegate* unmanaged<int, int, long>)NativeLibrary.GetExport(lib, "sc_shim_sc_mk");
                var p = mk(3, 4);                     // sc_point {3, 104} in one register (x86-64 / aarch64)
                Assert.Equal(3, (int)(p & 0xffffffff));
                Assert.Equal(104, (int)(p >> 32));
                var tagv = (delegate* unmanaged<int*, int, int>)NativeLibrary.GetExport(lib, "sc_shim_sc_tagv");
                int v = 7;
                Assert.Equal(8, tagv(&v, 1));
            }
            finally { NativeLibrary.Free(lib); }
        }
        finally { Directory.Delete(dir, true); }
    }

    static void Run(string dir, string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // The shim links to libsc.so; loading it needs it on the loader's path.
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd() + p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{program} {string.Join(' ', args)}:\n{err}");
    }
}
