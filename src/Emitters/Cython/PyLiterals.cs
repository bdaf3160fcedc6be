using System.Globalization;
using System.Text;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.Cython;

/// <summary>Python source literals: strings, docstrings, defaults.</summary>
public static class PyLiterals
{
    public static string Str(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (ch < 0x20 || ch == 0x7f) sb.Append($"\\x{(int)ch:x2}");
                    else sb.Append(ch);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A docstring literal (triple-quoted, escaped), or null for none.</summary>
    public static string? Doc(string? doc)
    {
        if (string.IsNullOrWhiteSpace(doc)) return null;
        var text = doc.Trim().Replace("\\", "\\\\").Replace("\"\"\"", "\\\"\\\"\\\"");
        if (text.EndsWith('"')) text = text[..^1] + "\\\"";
        return "\"\"\"" + text + "\"\"\"";
    }

    /// <summary>
    /// A docstring that starts with a text signature (`name($self)`, then `--` and a blank line, as escapes so the
    /// template's indentation cannot break the marker): CPython shows it as __text_signature__ and the rest as __doc__.
    /// </summary>
    public static string DocWithSignature(string signature, string? doc)
    {
        var body = Doc(doc) is { } lit ? lit[3..^3] : "";
        return "\"\"\"" + signature + "\\n--\\n\\n" + body + "\"\"\"";
    }

    /// <summary>Indents every line of a (possibly multi-line) docstring for a body at the given depth.</summary>
    public static IEnumerable<string> DocLines(string? doc)
    {
        var lit = Doc(doc);
        if (lit is null) yield break;
        var lines = lit.Split('\n');
        foreach (var l in lines) yield return l.TrimEnd();
    }

    public static string Default(ScalarValue v) => v.Kind switch
    {
        ScalarKind.Null => "None",
        ScalarKind.Bool => v.Text is "true" or "True" or "1" ? "True" : "False",
        ScalarKind.Int => v.Text,
        ScalarKind.Float => Float(v.Text),
        _ => Str(v.Text),
    };

    public static string Float(string text)
    {
        if (text.Contains("Infinity")) return text.StartsWith('-') ? "float(\"-inf\")" : "float(\"inf\")";
        if (text.Contains("NaN")) return "float(\"nan\")";
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !text.Contains('.') && !text.Contains('e') && !text.Contains('E'))
            return text + ".0";
        return text;
    }
}
