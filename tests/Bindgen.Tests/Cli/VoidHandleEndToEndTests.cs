using System.Diagnostics;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Cli;

/// <summary>
/// Handles on void* typedefs (an extension self-hosting needs for CXIndex/CXFile) also work on a Python target:
/// `bindgen build --target classic` on a small C library, imported and called; a csharp-only function
/// (string_array) is left out of the Python module with a warning.
/// </summary>
public class VoidHandleEndToEndTests
{
    const string Header = """
        typedef void *Index;
        typedef void *File;
        Index index_new(int flags);
        void index_free(Index i);
        int index_count(Index i);
        const char *file_name(File f);
        void locate(Index i, File *file, unsigned *line);
        int index_parse(Index i, const char *const *args, int num_args);
        """;

    const string Source = """
        #include <stdlib.h>
        #include "t.h"
        static int freed = 0;
        static const char name[] = "main.c";
        Index index_new(int flags) { int *p = malloc(sizeof *p); *p = flags; return p; }
        void index_free(Index i) { freed++; free(i); }
        int index_count(Index i) { return *(int *)i + freed * 100; }
        const char *file_name(File f) { return (const char *)f; }
        void locate(Index i, File *file, unsigned *line) { *file = (File)name; *line = (unsigned)*(int *)i; }
        int index_parse(Index i, const char *const *args, int num_args) { (void)i; (void)args; return num_args; }
        """;

    const string Spec = """
        module: vh
        headers: [t.h]
        library: vh
        targets: {classic: {}}
        handles:
          Index: {class: Idx, constructor: index_new, destructor: index_free, methods: "index_*", method_prefix: index_}
          File: {class: SourceFile}
        functions:
          locate:
            params: {file: {out: true, ownership: borrowed}, line: {out: true}}
          index_parse:
            params: {args: {string_array: utf8, length: num_args}}
        """;

    const string Script = """
        import vh
        i = vh.Idx(7)
        assert i.count() == 7
        f, line = vh.locate(i)
        assert type(f).__name__ == "SourceFile" and vh.file_name(f) == "main.c" and line == 7
        assert not hasattr(vh, "index_parse") and not hasattr(i, "parse")
        i.close()
        assert vh.Idx(1).count() == 101, "the destructor ran once"
        print("ok")
        """;

    [Fact]
    public void ClassicModuleUsesVoidPointerHandles()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), Header);
        File.WriteAllText(Path.Combine(dir, "t.c"), Source);
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), Spec);
        Assert.Equal((0, ""), Run(dir, null, "gcc", "-shared", "-fPIC", "-o", "libvh.so", "t.c"));

        var env = new Dictionary<string, string> { ["LIBRARY_PATH"] = dir, ["BINDGEN_WERROR"] = "1" };
        var build = CliRunner.RunWithEnv(dir, env, "build", "--target", "classic", "--python", "/usr/bin/python3", "-v");
        Assert.True(build.ExitCode == 0, build.Stderr + build.Stdout);
        Assert.Contains("function 'index_parse': parameter 'args' is a string_array, which only the csharp target binds so far", build.Stderr);

        var moduleDir = Path.Combine(dir, "generated", "classic");
        File.WriteAllText(Path.Combine(moduleDir, "check.py"), Script);
        var (code, output) = Run(moduleDir, ("LD_LIBRARY_PATH", dir), "/usr/bin/python3", "check.py");
        Assert.True(code == 0, output);
        Assert.Equal("ok", output.Trim());
    }

    static (int Code, string Output) Run(string dir, (string Key, string Value)? env, string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (env is { } e) psi.Environment[e.Key] = e.Value;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr);
    }
}
