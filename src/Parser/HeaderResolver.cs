using Bindgen.Model;

namespace Bindgen.Parser;

/// <summary>Turns spec header names into absolute paths the same way for every run, so "which file" never depends on clang's own search order.</summary>
public static class HeaderResolver
{
    public static readonly IReadOnlyList<string> SystemIncludeDirs =
        ["/usr/local/include", "/usr/include/x86_64-linux-gnu", "/usr/include"];

    /// <summary>Absolute paths in request order, duplicates removed; throws listing every header that is missing.</summary>
    public static IReadOnlyList<string> Resolve(IReadOnlyList<HeaderRef> headers, IReadOnlyList<string> searchDirs)
    {
        var dirs = searchDirs.Select(Path.GetFullPath).Concat(SystemIncludeDirs).Distinct().ToList();
        var resolved = new List<string>();
        var errors = new List<string>();
        foreach (var header in headers)
        {
            var path = Find(header.Name, dirs);
            if (path is null)
            {
                var searched = Path.IsPathRooted(header.Name) ? header.Name : string.Join(", ", dirs);
                errors.Add($"{header.SpecLocation}: error: header '{header.Name}' not found (searched: {searched})");
            }
            else if (!resolved.Contains(path))
            {
                resolved.Add(path);
            }
        }
        if (errors.Count > 0) throw new BindgenException(string.Join("\n", errors));
        return resolved;
    }

    private static string? Find(string name, IReadOnlyList<string> dirs)
    {
        if (Path.IsPathRooted(name)) return File.Exists(name) ? Path.GetFullPath(name) : null;
        foreach (var dir in dirs)
        {
            var candidate = Path.GetFullPath(Path.Combine(dir, name));
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
