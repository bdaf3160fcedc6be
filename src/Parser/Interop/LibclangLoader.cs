using System.Reflection;
using System.Runtime.InteropServices;
using Bindgen.Model;

namespace Bindgen.Parser.Interop;

/// <summary>
/// Finds libclang once per process and routes the "clang" library name of the
/// [LibraryImport] declarations to it, so a missing library is one clear error up front
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
            // An explicit BINDGEN_LIBCLANG is the only candidate: silently loading another libclang
            // than the one the user named would hide a broken setup.
            var overridePath = Environment.GetEnvironmentVariable(EnvironmentVariable);
            var candidates = string.IsNullOrWhiteSpace(overridePath) ? DefaultNames : [overridePath];
            foreach (var candidate in candidates)
            {
                tried.Add(candidate);
                if (NativeLibrary.TryLoad(candidate, out var handle))
                {
                    _handle = handle;
                    LoadedFrom = candidate;
                    break;
                }
            }
            if (_handle == 0)
                throw new BindgenException(string.IsNullOrWhiteSpace(overridePath)
                    ? $"bindgen: libclang not found (tried: {string.Join(", ", tried)}). " +
                      $"Install it with 'apt-get install libclang1-14' or set {EnvironmentVariable} to the library's path."
                    : $"bindgen: libclang could not be loaded from {EnvironmentVariable}='{overridePath}'. " +
                      $"Fix or unset it (the default is libclang-14.so.1 from 'apt-get install libclang1-14').");
            if (!_resolverSet)
            {
                NativeLibrary.SetDllImportResolver(typeof(LibclangLoader).Assembly, Resolve);
                _resolverSet = true;
            }
        }
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == Libclang.Library ? _handle : 0;
}
