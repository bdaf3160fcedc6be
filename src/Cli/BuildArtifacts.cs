namespace Bindgen.Cli;

/// <summary>
/// What `bindgen build` (setuptools, cffi, Cython, the HPy build script, dotnet) leaves beside the generated files of
/// a target folder: `check` does not call those stale output.
/// </summary>
public static class BuildArtifacts
{
    static readonly string[] Folders = ["build/", "dist/", "bin/", "obj/"];
    static readonly string[] Extensions = [".so", ".o", ".pyc", ".pyd", ".dll", ".dylib"];

    /// <summary>True when PATH (relative, '/' separators) is a build product; generated holds the paths gen writes.</summary>
    public static bool IsArtifact(string path, IEnumerable<string> generated)
    {
        if (Folders.Any(path.StartsWith) || path.Contains("__pycache__/") || path.Contains(".egg-info/")) return true;
        if (Extensions.Any(path.EndsWith)) return true;
        // C translated from a generated source: Cython's X.c from X.pyx, cffi's _X.c from its builder _X_build.py.
        if (path.EndsWith(".c"))
        {
            var stem = path[..^2];
            return generated.Any(g => g == stem + ".pyx" || g == stem + "_build.py");
        }
        return false;
    }
}
