using System.Text;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.Common;

/// <summary>Python-side text shared by the Python emitters: literals for signatures and docstrings.</summary>
public static class PyText
{
    /// <summary>A Python string literal (repr-like, single quotes).</summary>
    public static string Str(string s)
    {
        var sb = new StringBuilder("'");
        foreach (var c in s)
        {
            switch (c)
            {
                case '\'': sb.Append("\\'"); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20) sb.Append($"\\x{(int)c:x2}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('\'').ToString();
    }

    /// <summary>A spec scalar as a Python literal (for `default:` in signatures).</summary>
    public static string Literal(ScalarValue v, bool isString) => v.Kind switch
    {
        ScalarKind.Null => "None",
        ScalarKind.Bool => v.Text is "true" or "True" or "yes" ? "True" : "False",
        ScalarKind.String => isString ? Str(v.Text) : v.Text,
        _ => v.Text,
    };

    /// <summary>
    /// "name(a, b=0)\n--\n\n" + doc: CPython's __text_signature__ convention. When the signature is not valid
    /// Python (a required parameter after one with a default: pass it by keyword), it is plain text instead.
    /// </summary>
    public static string SignatureDoc(string name, IEnumerable<string> args, string? doc, bool valid = true)
    {
        var sig = $"{name}({string.Join(", ", args)})" + (valid ? "\n--\n\n" : "\n\n");
        return sig + (doc?.Trim() ?? "");
    }

    /// <summary>Signature items in Python order, with "*" before the first keyword-only one.</summary>
    public static IEnumerable<string> WithStar(IEnumerable<(string Text, bool KeywordOnly)> args)
    {
        bool star = false;
        foreach (var (text, kwOnly) in args)
        {
            if (kwOnly && !star) { star = true; yield return "*"; }
            yield return text;
        }
    }

    /// <summary>True when no parameter without a default follows one with a default.</summary>
    public static bool DefaultsInOrder(IEnumerable<bool> hasDefault)
    {
        bool seen = false;
        foreach (var d in hasDefault)
        {
            if (d) seen = true;
            else if (seen) return false;
        }
        return true;
    }
}
