using System.Text.RegularExpressions;

namespace Bindgen.Cli;

/// <summary>
/// What `bindgen build` says when a compiler fails: the compiler's first error lines (a failing module of thousands
/// of functions can print thousands), then one located line naming the target, the file and the command.
/// </summary>
public static partial class BuildFailure
{
    const int MaxLines = 12;

    /// <summary>gcc/clang "FILE:LINE:COL: error:" and "fatal error:", the linker's "/usr/bin/ld: ..." (a missing -lNAME,
    /// an undefined symbol), Cython's "FILE.pyx:LINE:COL: ...", Python's tracebacks' last line ("SomethingError: ...").</summary>
    [GeneratedRegex(@"^(?<file>[^\s:]+):(?<line>\d+):(?<col>\d+): (fatal )?error:|^\S*\bld(\.\w+)?: |^[\w.]*(Error|Exception): |^\S+\.pyx:\d+:\d+: ", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    /// <summary>The first lines that look like errors (with the line after each: gcc prints the source line there),
    /// or the output's last lines when none does. Ends with a newline unless empty.</summary>
    public static string FirstErrors(string output)
    {
        var lines = output.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        var picked = new List<string>();
        for (int i = 0; i < lines.Length && picked.Count < MaxLines; i++)
        {
            if (!ErrorLine().IsMatch(lines[i])) continue;
            picked.Add(lines[i]);
            if (i + 1 < lines.Length && lines[i + 1].Trim().Length > 0 && !ErrorLine().IsMatch(lines[i + 1]) && picked.Count < MaxLines) picked.Add(lines[++i]);
        }
        if (picked.Count == 0) picked.AddRange(lines.Where(l => l.Length > 0).TakeLast(MaxLines));
        return picked.Count == 0 ? "" : string.Join("\n", picked) + "\n";
    }

    /// <summary>"FILE: error: building target 'T' failed: `COMMAND` exited with N"; FILE is where the first compiler
    /// error points (else the target folder).</summary>
    public static string Summary(string target, string dir, string command, int code, string output, bool verbose)
    {
        var m = ErrorLine().Match(output.Replace("\r\n", "\n"));
        var where = m.Success && m.Groups["file"].Success
            ? $"{(Path.IsPathRooted(m.Groups["file"].Value) ? Path.GetRelativePath(Directory.GetCurrentDirectory(), m.Groups["file"].Value) : Path.Combine(dir, m.Groups["file"].Value))}:{m.Groups["line"].Value}:{m.Groups["col"].Value}"
            : dir;
        var count = ErrorLine().Matches(output).Count;
        return $"{where}: error: building target '{target}' in {dir} failed: `{command}` exited with {code}" +
               (verbose ? "" : $" ({(count > 0 ? $"{count} error line(s); " : "")}-v prints the whole output)");
    }
}
