using System.Globalization;
using System.Text;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.Cffi;

/// <summary>Names the cffi output uses (generated locals start with '_', never clashing with parameters) and Python literals.</summary>
public static class CffiNames
{
    /// <summary>The `extern "Python"` function a callback signature is trampolined through (a C symbol: module-prefixed).</summary>
    public static string Trampoline(string callbackName) => "_bindgen_cb_" + callbackName;
    public static string PyTrampoline(string callbackName) => "_cbt_" + callbackName;
    public static string AbiCallbackPointer(string callbackName) => "_cbp_" + callbackName;
    public static string ExtensionModule(string module) => "_" + module;
    public static string Builder(string module) => "_" + module + "_build.py";
    public static string Constructor(string className) => "_new_" + className;

    /// <summary>`obj.name`, or getattr(obj, "name") when the C name is a Python keyword (a field `in`, a function `await`).</summary>
    public static string Attr(string obj, string name) =>
        Bindgen.Model.Binder.Naming.IsPythonKeyword(name) ? $"getattr({obj}, {Str(name)})" : $"{obj}.{name}";

    /// <summary>`obj.name = value`, or setattr(obj, "name", value) for a keyword name.</summary>
    public static string SetAttr(string obj, string name, string value) =>
        Bindgen.Model.Binder.Naming.IsPythonKeyword(name) ? $"setattr({obj}, {Str(name)}, {value})" : $"{obj}.{name} = {value}";

    /// <summary>The stdint type cffi knows for an integer field of size bytes.</summary>
    public static string IntType(int size, bool signed) => $"{(signed ? "" : "u")}int{size * 8}_t";

    /// <summary>A Python string literal (double quotes, escapes for control and non-ASCII characters).</summary>
    public static string Str(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var r in s.EnumerateRunes())
        {
            int c = r.Value;
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < 0x20 or 0x7f => $"\\x{c:x2}",
                < 0x7f => ((char)c).ToString(),
                <= 0xffff => $"\\u{c:x4}",
                _ => $"\\U{c:x8}",
            });
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A Python bytes literal of the UTF-8 encoding of s.</summary>
    public static string Bytes(string s)
    {
        var sb = new StringBuilder("b\"");
        foreach (var b in Encoding.UTF8.GetBytes(s))
            sb.Append(b switch
            {
                (byte)'\\' => "\\\\",
                (byte)'"' => "\\\"",
                < 0x20 or >= 0x7f => $"\\x{b:x2}",
                _ => ((char)b).ToString(),
            });
        return sb.Append('"').ToString();
    }

    /// <summary>A docstring literal: triple-quoted, safe for any text.</summary>
    public static string Doc(string text)
    {
        var body = text.Replace("\\", "\\\\").Replace("\"\"\"", "\\\"\\\"\\\"").Trim();
        if (body.EndsWith('"')) body = body[..^1] + "\\\"";
        return "\"\"\"" + body + "\"\"\"";
    }

    /// <summary>A YAML scalar (default: / fixed:) as a Python expression.</summary>
    public static string Scalar(ScalarValue v) => v.Kind switch
    {
        ScalarKind.Null => "None",
        ScalarKind.Bool => v.Text is "true" or "True" or "yes" ? "True" : "False",
        ScalarKind.Int => IntText(v.Text),
        ScalarKind.Float => FloatText(v.Text),
        _ => Str(v.Text),
    };

    static string IntText(string t)
    {
        var s = t.Replace("_", "");
        if (s.Length > 1 && s.TrimStart('-', '+').StartsWith('0') && s.TrimStart('-', '+').All(char.IsDigit))
            return long.Parse(s, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        return s;
    }

    static string FloatText(string t) => t.ToLowerInvariant() switch
    {
        ".inf" or "+.inf" or "inf" or "infinity" => "float(\"inf\")",
        "-.inf" or "-inf" or "-infinity" => "float(\"-inf\")",
        ".nan" or "nan" => "float(\"nan\")",
        _ => t,
    };

    /// <summary>A float constant from the binder ("R" format, Infinity/NaN spelled out) as Python.</summary>
    public static string FloatConstant(string v) => v switch
    {
        "Infinity" or "∞" => "float(\"inf\")",
        "-Infinity" or "-∞" => "float(\"-inf\")",
        "NaN" => "float(\"nan\")",
        _ => v,
    };
}
