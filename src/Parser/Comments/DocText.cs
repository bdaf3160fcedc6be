using System.Text;

namespace Bindgen.Parser.Comments;

/// <summary>Raw comment text → plain doc text: markers and decorative stars removed, common indentation trimmed, paragraphs kept.</summary>
internal static class DocText
{
    private static readonly string[] LineMarkers = ["///<", "//!<", "///", "//!", "//"];
    private static readonly string[] BlockOpeners = ["/**<", "/*!<", "/**", "/*!", "/*"];

    /// <summary>One comment line; Fixed lines started right after an opener, so their indentation says nothing.</summary>
    private readonly record struct Line(string Text, bool Fixed);

    public static string? Clean(string raw)
    {
        var lines = new List<Line>();
        var inBlock = false;
        foreach (var source in ExpandTabs(raw.Replace("\r\n", "\n")).Split('\n'))
        {
            var text = source;
            var trimmed = text.TrimStart();
            if (!inBlock && trimmed.StartsWith("/*", StringComparison.Ordinal))
            {
                // The longest opener that does not eat the closer (`/**/` is empty, not "/").
                var close = trimmed.IndexOf("*/", 2, StringComparison.Ordinal);
                var opener = BlockOpeners.First(o => trimmed.StartsWith(o, StringComparison.Ordinal) && (close < 0 || close >= o.Length));
                var rest = trimmed[opener.Length..];
                inBlock = !TryCloseBlock(ref rest);
                lines.Add(new Line(rest.TrimStart('*').Trim(), Fixed: true));
            }
            else if (!inBlock)
            {
                var marker = LineMarkers.FirstOrDefault(m => trimmed.StartsWith(m, StringComparison.Ordinal));
                lines.Add(new Line(marker is null ? text : trimmed[marker.Length..], Fixed: false));
            }
            else
            {
                inBlock = !TryCloseBlock(ref text);
                lines.Add(new Line(text, Fixed: false));
            }
        }
        return Join(TrimIndentation(StripStars(lines)));
    }

    private static bool TryCloseBlock(ref string line)
    {
        var end = line.IndexOf("*/", StringComparison.Ordinal);
        if (end < 0) return false;
        line = line[..end].TrimEnd('*');
        return true;
    }

    /// <summary>Leading `*` / `**` columns are decoration only when every non-blank continuation line has them.</summary>
    private static List<Line> StripStars(List<Line> lines)
    {
        var continuation = lines.Where(l => !l.Fixed && l.Text.Trim().Length > 0).ToList();
        if (continuation.Count == 0 || !continuation.All(l => l.Text.TrimStart().StartsWith('*'))) return lines;
        return lines.Select(l => l.Fixed ? l : l with { Text = l.Text.TrimStart().TrimStart('*') }).ToList();
    }

    private static List<string> TrimIndentation(List<Line> lines)
    {
        var indent = lines.Where(l => !l.Fixed && l.Text.Trim().Length > 0)
            .Select(l => Indent(l.Text)).DefaultIfEmpty(0).Min();
        var result = lines.Select(l => l.Text.Trim().Length == 0 ? "" : l.Fixed ? l.Text.Trim() : l.Text[indent..].TrimEnd()).ToList();
        // zlib indents the first line of each paragraph: align it with the lines that follow.
        // Code examples keep their shape: their next line is blank or indented as much or more.
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var startsParagraph = i == 0 || result[i - 1].Length == 0;
            if (startsParagraph && result[i].Length > 0 && result[i + 1].Length > 0 && Indent(result[i + 1]) < Indent(result[i]))
                result[i] = result[i][Indent(result[i + 1])..].TrimStart().PadLeft(result[i].TrimStart().Length + Indent(result[i + 1]));
        }
        return result;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>Blank runs collapse to one paragraph break; blank edges go.</summary>
    private static string? Join(IEnumerable<string> lines)
    {
        var result = new StringBuilder();
        var pendingBlank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0) { pendingBlank = result.Length > 0; continue; }
            if (result.Length > 0) result.Append(pendingBlank ? "\n\n" : "\n");
            result.Append(line);
            pendingBlank = false;
        }
        return result.Length == 0 ? null : result.ToString();
    }

    private static string ExpandTabs(string text)
    {
        if (!text.Contains('\t')) return text;
        var sb = new StringBuilder(text.Length + 16);
        var column = 0;
        foreach (var c in text)
        {
            if (c == '\t')
            {
                var spaces = 8 - column % 8;
                sb.Append(' ', spaces);
                column += spaces;
            }
            else
            {
                sb.Append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return sb.ToString();
    }
}
