using System.Globalization;
using System.Text;
using Bindgen.Model.Binder;

namespace Bindgen.Emitters.CSharp;

/// <summary>C# lexical rules: identifiers, literals and XML doc comments.</summary>
internal static class CsSyntax
{
    /// <summary>A C name usable as a C# identifier: keywords get a trailing '_' (SPEC.md).</summary>
    public static string Identifier(string name) => Naming.CSharpIdentifier(name);

    /// <summary>A C name kept verbatim where a trailing '_' would change an ABI-visible spelling (P/Invoke parameters).</summary>
    public static string Verbatim(string name) => Naming.CSharpIdentifier(name) != name ? "@" + name : name;

    public static string String(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (c < 0x20 || c == 0x7f) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    static string Xml(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>`/// &lt;summary&gt;` lines for a header comment; empty when there is none.</summary>
    public static IReadOnlyList<string> Doc(string? text, params string[] extra)
    {
        var lines = new List<string>();
        if (string.IsNullOrWhiteSpace(text) && extra.Length == 0) return lines;
        var body = string.IsNullOrWhiteSpace(text) ? [] : text.Replace("\r", "").Trim().Split('\n').Select(l => Xml(l.TrimEnd())).ToArray();
        if (body.Length == 1 && body[0].Length < 90)
            lines.Add($"/// <summary>{body[0]}</summary>");
        else
        {
            lines.Add("/// <summary>");
            foreach (var l in body) lines.Add(("/// " + l).TrimEnd());
            lines.Add("/// </summary>");
        }
        foreach (var e in extra) lines.Add("/// " + e);
        return lines;
    }
}
