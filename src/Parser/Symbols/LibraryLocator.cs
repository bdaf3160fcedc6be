using System.Diagnostics;

namespace Bindgen.Parser.Symbols;

/// <summary>
/// Finds a shared library file by the name a program would dlopen, the way the dynamic loader looks: a name with a
/// slash as is, else LD_LIBRARY_PATH, then the ld.so cache (`ldconfig -p`), then the standard directories.
/// </summary>
public static class LibraryLocator
{
    static readonly string[] StandardDirs =
    [
        "/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib",
        "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
    ];

    static Dictionary<string, string>? s_cache;

    /// <summary>The full path of NAME, or null when the loader would not find it either.</summary>
    public static string? Find(string name, string? ldLibraryPath = null)
    {
        if (name.Contains('/')) return File.Exists(name) ? Path.GetFullPath(name) : null;
        ldLibraryPath ??= Environment.GetEnvironmentVariable("LD_LIBRARY_PATH") ?? "";
        foreach (var dir in ldLibraryPath.Split(':', StringSplitOptions.RemoveEmptyEntries))
            if (File.Exists(Path.Combine(dir, name))) return Path.GetFullPath(Path.Combine(dir, name));
        if (LdCache().TryGetValue(name, out var cached) && File.Exists(cached)) return cached;
        return StandardDirs.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
    }

    /// <summary>`ldconfig -p`: "\tlibz.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libz.so.1", first entry per name wins
    /// (the loader's order). Empty where ldconfig is missing (not Linux, or a minimal container).</summary>
    static Dictionary<string, string> LdCache()
    {
        if (s_cache is not null) return s_cache;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var exe in new[] { "/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig" })
        {
            if (exe.StartsWith('/') && !File.Exists(exe)) continue;
            try
            {
                var psi = new ProcessStartInfo(exe, "-p") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                using var p = Process.Start(psi)!;
                var text = p.StandardOutput.ReadToEnd();
                p.WaitForExit();
                foreach (var line in text.Split('\n'))
                {
                    var arrow = line.IndexOf("=>", StringComparison.Ordinal);
                    var paren = line.IndexOf(" (", StringComparison.Ordinal);
                    if (arrow < 0 || paren < 0 || paren > arrow) continue;
                    map.TryAdd(line[..paren].Trim(), line[(arrow + 2)..].Trim());
                }
                break;
            }
            catch (System.ComponentModel.Win32Exception) { }
        }
        return s_cache = map;
    }
}
