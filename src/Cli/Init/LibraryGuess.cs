using System.Diagnostics;
using System.Text.RegularExpressions;
using Bindgen.Parser.Symbols;

namespace Bindgen.Cli.Init;

/// <summary>
/// Which shared library implements a header: the `library:` link name (z for -lz) and the `library_name:` file loaded at
/// run time (libz.so.1). First the header's Debian package (`dpkg -S HEADER`, then its `lib<name>.so` files from
/// `dpkg -L`), else a `lib<name>.so*` in the standard directories whose ELF .dynsym exports most of the header's
/// functions. Never the module name: a module is what Python imports, the library is what the linker finds.
/// </summary>
public static class LibraryGuess
{
    public sealed record Guess(string Library, string LibraryName, string Why);

    static readonly string[] StandardDirs =
        ["/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"];
    static readonly Regex SharedObject = new(@"^lib(?<name>.+?)\.so(\.\d+)*$");

    /// <summary>The best guess for the headers and their function names, or null when nothing exports them.</summary>
    public static Guess? For(IReadOnlyList<string> headers, IReadOnlyCollection<string> functions)
    {
        foreach (var header in headers)
            if (Package(header) is { } pkg)
            {
                var files = PackageFiles(pkg).Where(f => SharedObject.IsMatch(Path.GetFileName(f))).ToList();
                if (Best(files, functions) is { } g) return g with { Why = $"{Path.GetFileName(header)} is in Debian package {pkg}, which ships {Path.GetFileName(g.Why)}" };
            }
        // Not packaged (a vendor's own header): a library in the standard directories exporting the functions.
        var candidates = StandardDirs.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "lib*.so*"))
            .Where(f => SharedObject.IsMatch(Path.GetFileName(f)) && NameFits(Path.GetFileName(f), headers, functions)).ToList();
        return Best(candidates, functions) is { } found ? found with { Why = $"{found.Why} exports the header's functions" } : null;
    }

    /// <summary>The file exporting most of the functions (at least one); Why holds its path for the caller's comment.</summary>
    static Guess? Best(IEnumerable<string> files, IReadOnlyCollection<string> functions)
    {
        Guess? best = null; int bestCount = 0;
        foreach (var f in files.Distinct().OrderBy(f => f, StringComparer.Ordinal))
        {
            var real = ResolveLinks(f);
            if (real is null) continue;
            int count;
            try { var syms = ElfDynamicSymbols.Read(real); count = functions.Count == 0 ? 1 : functions.Count(syms.Contains); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Bindgen.Model.BindgenException or InvalidDataException or ArgumentException) { continue; }
            if (count <= bestCount) continue;
            var name = SharedObject.Match(Path.GetFileName(f)).Groups["name"].Value;
            best = new Guess(name, RuntimeName(name, real), f); bestCount = count;
        }
        return best;
    }

    /// <summary>lib<name>.so.MAJOR: what the loader finds at run time (the unversioned .so exists only with the -dev package).</summary>
    static string RuntimeName(string name, string realFile)
    {
        var m = Regex.Match(Path.GetFileName(realFile), @"\.so\.(\d+)");
        var major = $"lib{name}.so.{(m.Success ? m.Groups[1].Value : "")}";
        return m.Success && LibraryLocator.Find(major) is not null ? major : Path.GetFileName(realFile);
    }

    static string? ResolveLinks(string f)
    {
        try { var fi = new FileInfo(f); var t = fi.LinkTarget is null ? fi : fi.ResolveLinkTarget(true); return t is { Exists: true } ? t.FullName : null; }
        catch (IOException) { return null; }
    }

    /// <summary>Only libraries whose name shares a word with the header or the functions' prefix are read.</summary>
    static bool NameFits(string file, IReadOnlyList<string> headers, IReadOnlyCollection<string> functions)
    {
        var name = SharedObject.Match(file).Groups["name"].Value.ToLowerInvariant();
        if (name.Length < 2) return headers.Any(h => Path.GetFileNameWithoutExtension(h).ToLowerInvariant().Contains(name + "lib") || Path.GetFileNameWithoutExtension(h).Equals(name, StringComparison.OrdinalIgnoreCase));
        return headers.Any(h => Path.GetFileNameWithoutExtension(h).ToLowerInvariant().Contains(name) || name.Contains(Path.GetFileNameWithoutExtension(h).ToLowerInvariant()))
            || functions.Take(50).Any(fn => fn.ToLowerInvariant().StartsWith(name));
    }

    static string? Package(string header) =>
        Run("dpkg", "-S", Path.GetFullPath(header)) is { } o && o.Split('\n')[0] is var line && line.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon
            ? line[..colon].Split(',')[0].Trim() : null;

    static IEnumerable<string> PackageFiles(string pkg) =>
        (Run("dpkg", "-L", pkg) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(f => f.Contains(".so"));

    /// <summary>stdout of a successful run; null when the tool is missing (not Debian) or fails (file not packaged).</summary>
    static string? Run(string exe, params string[] args)
    {
        try
        {
            var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync();
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            _ = err.Result;
            return p.ExitCode == 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
    }
}
