using Bindgen.Model.IR;

namespace Bindgen.Emitters.Common;

/// <summary>
/// How the shim library is compiled: `cc -shared` of &lt;module&gt;_shim.c against the headers, linked to the library
/// (its static inline functions may call exported ones). One command line for `bindgen build`, the comment at the top
/// of the shim source and the C# project's build target.
/// </summary>
public static class ShimBuild
{
    /// <summary>The compiler's arguments. LINK: `-L DIR -l:FILE` per library file found at bind time; when none was
    /// found (or for text written into generated files), `-lLIB` per spec `library`, found through LIBRARY_PATH.</summary>
    public static IReadOnlyList<string> Command(BoundModule m, IEnumerable<string> includeDirs, IReadOnlyList<string> libraryFiles, string? output = null)
    {
        var args = new List<string> { "cc", "-shared", "-fPIC", "-O2", "-Wall", "-Wextra", "-Werror" };
        args.AddRange(includeDirs.Distinct().Select(d => "-I" + d));
        args.AddRange(["-o", output ?? m.ShimLibraryFile, ShimWriter.SourceFile(m)]);
        if (libraryFiles.Count > 0)
            foreach (var f in libraryFiles) args.AddRange(["-L" + Path.GetDirectoryName(f), "-l:" + Path.GetFileName(f)]);
        else
            args.AddRange(m.Libraries.Select(l => "-l" + l));
        return args;
    }

    /// <summary>Include directories as generated files write them: relative to the target folder.</summary>
    public static IEnumerable<string> RelativeIncludeDirs(BoundModule m, GeneratorInfo info) => m.AbsoluteIncludeDirs.Select(info.Relative);

    /// <summary>The step `bindgen build` runs in the target folder (absolute include dirs, the library files found).</summary>
    public static BuildStep Step(BoundModule m)
    {
        var cmd = Command(m, m.AbsoluteIncludeDirs, m.LibraryFiles);
        return new BuildStep(cmd[0], cmd.Skip(1).ToList());
    }
}
