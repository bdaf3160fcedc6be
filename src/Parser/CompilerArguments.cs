using System.Text;

namespace Bindgen.Parser;

/// <summary>The clang command line and the in-memory main file shared by the declaration and macro passes.</summary>
internal sealed class CompilerArguments
{
    /// <summary>Not a real file: clang only sees it through CXUnsavedFile.</summary>
    public const string MainFileName = "/__bindgen__/headers.c";

    public IReadOnlyList<string> Headers { get; }
    public IReadOnlyList<string> Args { get; }

    public CompilerArguments(IReadOnlyList<string> headers, ParseRequest request)
    {
        Headers = headers;
        var args = new List<string> { "-x", "c", "-std=gnu11" };
        foreach (var dir in request.SearchDirs) args.Add("-I" + Path.GetFullPath(dir));
        // Release builds, Python's extension builds among them, define NDEBUG: a declaration under `#ifndef NDEBUG`
        // (sqlite3_mutex_held) would be bound and then be missing when the generated code compiles.
        // clang_args: [-UNDEBUG] undoes it.
        args.Add("-DNDEBUG");
        foreach (var (name, value) in request.Defines) args.Add(value.Length == 0 ? $"-D{name}" : $"-D{name}={value}");
        // clang 14's libclang does not always find its builtin headers (stddef.h, stdarg.h) on its own.
        var resourceDir = FindResourceDir();
        if (resourceDir is not null) args.AddRange(["-resource-dir", resourceDir]);
        // Report every error, not the first 20, and let the user's own arguments override ours.
        args.Add("-ferror-limit=0");
        args.AddRange(request.ClangArgs);
        Args = args;
    }

    /// <summary>#include lines for every header, by absolute path so no search order can pick another file.</summary>
    public string IncludeLines()
    {
        var text = new StringBuilder();
        foreach (var header in Headers) text.Append("#include \"").Append(header).Append("\"\n");
        return text.ToString();
    }

    private static string? _resourceDir;
    private static bool _resourceDirSearched;

    internal static string? FindResourceDir()
    {
        if (_resourceDirSearched) return _resourceDir;
        var roots = new[] { "/usr/lib/llvm-14/lib/clang", "/usr/lib/clang", "/usr/local/lib/clang" };
        // First root wins (it matches the libclang we load); newest version inside it.
        _resourceDir = roots
            .Where(Directory.Exists)
            .Select(root => Directory.GetDirectories(root)
                .Where(d => File.Exists(Path.Combine(d, "include", "stddef.h")))
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version(0, 0))
                .FirstOrDefault())
            .FirstOrDefault(d => d is not null);
        _resourceDirSearched = true;
        return _resourceDir;
    }
}
