using System.Reflection;
using System.Runtime.InteropServices;
using Bindgen.Model;

namespace Bindgen.Parser.Interop;

/// <summary>
/// Finds libclang once per process and routes the library name of the generated
/// [LibraryImport] declarations (Libclang.Native, from the root bindings.yaml) to it, so a missing library is one clear error up front
/// instead of a DllNotFoundException in the middle of a parse.
/// </summary>
public static class LibclangLoader
{
    public const string EnvironmentVariable = "BINDGEN_LIBCLANG";

    private static readonly string[] DefaultNames =
    [
        "libclang-14.so.1",
        "libclang.so.1",
        "libclang.so",
        "/usr/lib/llvm-14/lib/libclang-14.so.1",
    ];

    /// <summary>The newest functions the parser calls (libclang 9+).</summary>
    private static readonly string[] RequiredExports = ["clang_getTypedefName", "clang_Cursor_isAnonymousRecordDecl", "clang_Cursor_Evaluate"];

    private static readonly Lock Gate = new();
    private static nint _handle;
    private static bool _resolverSet;

    /// <summary>The path or name that loaded, for diagnostics (null until loaded).</summary>
    public static string? LoadedFrom { get; private set; }

    /// <summary>Loads libclang or throws BindgenException saying how to get it.</summary>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (_handle != 0) return;
            var tried = new List<string>();
            var overridePath = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!TryLoadFirst(Candidates(overridePath), tried, out var handle, out var from))
                throw new BindgenException(string.IsNullOrWhiteSpace(overridePath) ? NotFoundMessage(tried) : OverrideFailedMessage(overridePath, tried));
            _handle = handle;
            LoadedFrom = from;
            if (!_resolverSet)
            {
                // Runs before the generated interop's own resolver (Libclang.Native's static constructor), which then
                // steps back to AssemblyLoadContext.ResolvingUnmanagedDll; were it first, it already loads libclang-14.so.1.
                try { NativeLibrary.SetDllImportResolver(typeof(LibclangLoader).Assembly, Resolve); }
                catch (InvalidOperationException) { }
                _resolverSet = true;
            }
        }
    }

    /// <summary>An explicit BINDGEN_LIBCLANG is the only candidate: silently loading another libclang than the
    /// one the user named would hide a broken setup.</summary>
    internal static IReadOnlyList<string> Candidates(string? overridePath) =>
        string.IsNullOrWhiteSpace(overridePath) ? DefaultNames : [overridePath];

    internal static bool TryLoadFirst(IEnumerable<string> candidates, List<string> tried, out nint handle, out string? from)
    {
        foreach (var candidate in candidates)
        {
            tried.Add(candidate);
            if (!NativeLibrary.TryLoad(candidate, out handle)) continue;
            // An old libclang loads fine and then fails mid-parse on a missing entry point: skip it here.
            var loaded = handle;
            if (RequiredExports.All(name => NativeLibrary.TryGetExport(loaded, name, out _)))
            {
                from = candidate;
                return true;
            }
            NativeLibrary.Free(handle);
            tried[^1] = $"{candidate} (too old)";
        }
        handle = 0;
        from = null;
        return false;
    }

    internal static string OverrideFailedMessage(string overridePath, IEnumerable<string> tried) =>
        $"bindgen: libclang could not be loaded from {EnvironmentVariable}='{overridePath}' ({string.Join(", ", tried)}). " +
        "Fix or unset it (the default is libclang-14.so.1 from 'apt-get install libclang1-14').";

    internal static string NotFoundMessage(IEnumerable<string> tried) =>
        $"bindgen: libclang not found (tried: {string.Join(", ", tried)}). " +
        $"Install it with 'apt-get install libclang1-14' or set {EnvironmentVariable} to the library's path.";

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == Libclang.Native.LibraryName ? _handle : 0;
}
