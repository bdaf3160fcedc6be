using System.Diagnostics;
using Bindgen.Model;
using Bindgen.Model.C;
using Bindgen.Parser;
using Bindgen.Parser.Symbols;
using Bindgen.Spec;

namespace Bindgen.Tests.Parser;

/// <summary>
/// The .dynsym reader against a tiny library gcc builds here (exported, hidden, static, undefined, data symbols) and
/// against the system's real zlib; and the binder skipping what the library does not export. About 1 s (two gcc runs).
/// </summary>
public class ElfDynamicSymbolsTests
{
    const string Source = """
        #include <stdlib.h>
        int es_exported(int x) { return x + 1; }
        __attribute__((visibility("hidden"))) int es_hidden(int x) { return x; }
        static int es_static(int x) { return x * 2; }
        int es_uses_static(int x) { return es_static(x); }
        int es_counter = 3;
        const char es_version[] = "1";
        __attribute__((weak)) int es_weak(void) { return 0; }
        void *es_alloc(size_t n) { return malloc(n); }
        """;

    static string BuildLibrary(string dir, string name, string source, params string[] extra)
    {
        Directory.CreateDirectory(dir);
        var c = Path.Combine(dir, name + ".c");
        File.WriteAllText(c, source);
        var so = Path.Combine(dir, $"lib{name}.so");
        var psi = new ProcessStartInfo("gcc") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-shared", "-fPIC", "-o", so, c }.Concat(extra)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err);
        return so;
    }

    static string TempDir() => Path.Combine(Path.GetTempPath(), "bindgen-elf-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void TinyLibrary_ExportsOnlyDefinedDefaultVisibilitySymbols()
    {
        var dir = TempDir();
        try
        {
            var names = ElfDynamicSymbols.Read(BuildLibrary(dir, "es", Source));
            Assert.Contains("es_exported", names);
            Assert.Contains("es_uses_static", names);
            Assert.Contains("es_counter", names);      // data
            Assert.Contains("es_version", names);
            Assert.Contains("es_weak", names);         // weak definitions are exported
            Assert.DoesNotContain("es_hidden", names);
            Assert.DoesNotContain("es_static", names);
            Assert.DoesNotContain("malloc", names);    // undefined: imported from libc
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void ThirtyTwoBitLibrary_IsRead()
    {
        var dir = TempDir();
        try
        {
            // -m32 needs gcc-multilib; the 64-bit case above covers the reader when it is missing.
            string so;
            try { so = BuildLibrary(dir, "es32", "int es_exported(int x) { return x; }\n", "-m32", "-nostdlib"); }
            catch (Xunit.Sdk.TrueException) { return; }
            Assert.Contains("es_exported", ElfDynamicSymbols.Read(so));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void SystemZlib_ExportsItsApiButNotItsMacros()
    {
        var so = LibraryLocator.Find("libz.so.1");
        Assert.NotNull(so);   // zlib1g is a dependency of the test suite (examples/zlib)
        var names = ElfDynamicSymbols.Read(so!);
        Assert.Contains("deflate", names);
        Assert.Contains("inflateInit_", names);
        Assert.Contains("zlibVersion", names);
        Assert.DoesNotContain("deflateInit", names);   // a macro over deflateInit_
    }

    [Fact]
    public void NotAnElfFile_IsInvalidData()
    {
        var f = Path.GetTempFileName();
        try
        {
            File.WriteAllText(f, "/* GNU ld script */\nGROUP ( libc.so.6 )\n");
            var ex = Assert.Throws<InvalidDataException>(() => ElfDynamicSymbols.Read(f));
            Assert.Contains("not an ELF file", ex.Message);
        }
        finally { File.Delete(f); }
    }

    [Fact]
    public void Locator_SearchesLdLibraryPathFirst_AndReturnsNullWhenMissing()
    {
        var dir = TempDir();
        try
        {
            var so = BuildLibrary(dir, "esloc", "int f(void) { return 1; }\n");
            Assert.Equal(so, LibraryLocator.Find("libesloc.so", "/nonexistent:" + dir));
            Assert.Null(LibraryLocator.Find("libesloc.so", "/nonexistent"));
            Assert.Null(LibraryLocator.Find("libbindgen-no-such-library.so", ""));
        }
        finally { Directory.Delete(dir, true); }
    }

    /// <summary>The binder skips what the library does not export (with a warning naming both), keeps static inline
    /// functions, and refuses a destructor the library does not export; an unfound library warns once and binds all.</summary>
    [Fact]
    public void Binder_SkipsFunctionsTheLibraryDoesNotExport()
    {
        var dir = TempDir();
        try
        {
            var so = BuildLibrary(dir, "exp", "int exp_here(int x) { return x; }\nint exp_var = 1;\nvoid exp_free(void *p) { (void)p; }\n");
            File.WriteAllText(Path.Combine(dir, "exp.h"), """
                int exp_here(int x);
                int exp_gone(int x);
                static inline int exp_inline(int x) { return exp_here(x) + 1; }
                extern int exp_var;
                extern int exp_gone_var;
                typedef struct exp_obj exp_obj;
                void exp_free(exp_obj *o);
                void exp_gone_free(exp_obj *o);
                """);
            File.WriteAllText(Path.Combine(dir, "bindings.yaml"), "module: exp\nheaders: [exp.h]\nlibrary: exp\ninclude: [\"exp_*\"]\n");
            var bag = new DiagnosticBag();
            var spec = SpecLoader.Load(Path.Combine(dir, "bindings.yaml"), bag)!;
            var header = HeaderParser.Parse(ParseRequest.For(spec));
            var exports = LibraryExportsReader.Read(spec, bag, dir);
            Assert.NotNull(exports);
            Assert.Equal(so, exports!.Files.Single());
            var module = Bindgen.Model.Binder.Binder.Bind(spec, header, bag, null, exports);
            var names = module.Functions.Select(f => f.CName).ToList();
            Assert.Contains("exp_here", names);
            Assert.Contains("exp_inline", names);
            Assert.DoesNotContain("exp_gone", names);
            Assert.Contains(bag.Items, d => d.Severity == Severity.Warning && d.Message == "function 'exp_gone' skipped: declared in the headers, but libexp.so does not export it");
            Assert.Equal(["exp_var"], module.Variables.Select(v => v.CName));
            Assert.Contains(bag.Items, d => d.Message.StartsWith("variable 'exp_gone_var' skipped: declared in the headers, but libexp.so does not export it"));

            // coverage counts them as skipped, with that reason; the static inline function is bound.
            var coverage = new Bindgen.Cli.Coverage.CoverageAnalyzer(spec, header, exports).Analyze();
            Assert.Contains(coverage, e => e.Name == "exp_gone" && e.State == Bindgen.Cli.Coverage.CoverageState.Skipped &&
                e.Reason == "declared in the headers, but libexp.so does not export it");
            Assert.Contains(coverage, e => e.Name == "exp_gone_var" && e.State == Bindgen.Cli.Coverage.CoverageState.Skipped);
            Assert.Contains(coverage, e => e.Name == "exp_inline" && e.State == Bindgen.Cli.Coverage.CoverageState.Bound);

            // Not found: one warning, everything bound as declared.
            var bag2 = new DiagnosticBag();
            Assert.Null(LibraryExportsReader.Read(spec, bag2, "/nonexistent"));
            Assert.Single(bag2.Items, d => d.Message.Contains("library libexp.so not found"));

            // A handle whose destructor the library does not export is an error, never a finalizer crash.
            File.WriteAllText(Path.Combine(dir, "bindings.yaml"),
                "module: exp\nheaders: [exp.h]\nlibrary: exp\ninclude: [\"exp_here\", \"exp_gone_free\"]\nhandles:\n  exp_obj: {destructor: exp_gone_free}\n");
            var bag3 = new DiagnosticBag();
            var spec3 = SpecLoader.Load(Path.Combine(dir, "bindings.yaml"), bag3)!;
            Bindgen.Model.Binder.Binder.Bind(spec3, HeaderParser.Parse(ParseRequest.For(spec3)), bag3, null, exports);
            Assert.Contains(bag3.Items, d => d.Severity == Severity.Error &&
                d.Message == "destructor 'exp_gone_free' of handle 'exp_obj' cannot be called: declared in the headers, but libexp.so does not export it");
        }
        finally { Directory.Delete(dir, true); }
    }
}
