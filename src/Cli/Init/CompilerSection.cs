using System.Text;
using Bindgen.Cli.Options;

namespace Bindgen.Cli.Init;

/// <summary>The starter spec's `include_dirs:`, `defines:` and `clang_args:` from init's compiler options, so the
/// spec parses the header as the command line did.</summary>
public static class CompilerSection
{
    /// <param name="specDir">Where the spec lives: include_dirs are relative to it when they are inside it.</param>
    public static string Render(CompilerOptions o, string specDir)
    {
        var sb = new StringBuilder();
        if (o.IncludeDirs.Count > 0)
            sb.Append($"include_dirs: [{string.Join(", ", o.IncludeDirs.Select(d => Quote(Shown(d, specDir))))}]   # from -I\n");
        if (o.Defines.Count > 0)
            sb.Append($"defines: {{{string.Join(", ", o.Defines.Select(d => $"{Quote(d.Key)}: {(d.Value.Length == 0 ? "null" : Quote(d.Value))}"))}}}   # from -D\n");
        if (o.ClangArgs.Count > 0)
            sb.Append($"clang_args: [{string.Join(", ", o.ClangArgs.Select(Quote))}]   # from --clang-arg\n");
        return sb.ToString();
    }

    static string Shown(string dir, string specDir)
    {
        var rel = Path.GetRelativePath(specDir, dir);
        return rel.StartsWith("..") || Path.IsPathRooted(rel) ? dir : rel.Replace('\\', '/');
    }

    /// <summary>Plain scalars when YAML reads them back unchanged, else double-quoted.</summary>
    static string Quote(string s) =>
        s.Length > 0 && s.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '/' or '.' or '=') && !s.StartsWith('-') && !s.StartsWith('.')
            ? s : "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
