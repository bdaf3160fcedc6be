using System.Globalization;
using System.Text.RegularExpressions;
using Bindgen.Model.Spec;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bindgen.Spec;

/// <summary>YAML 1.2 core-schema classification of scalars: plain scalars resolve to null/bool/int/float, quoted ones are strings.</summary>
internal static partial class YamlScalars
{
    private const string StrTag = "tag:yaml.org,2002:str";

    public static bool IsPlain(YamlScalarNode s) => s.Style is ScalarStyle.Plain or ScalarStyle.Any;

    /// <summary>Quoted, block (| >), tagged <c>!!str</c>, or with the non-specific tag <c>!</c>: a string whatever it reads like.</summary>
    private static bool ForcedString(YamlScalarNode s) =>
        !IsPlain(s) || (!s.Tag.IsEmpty && (s.Tag.IsNonSpecific || s.Tag.ToString() == StrTag));

    public static bool IsNullText(string v) => v is "" or "~" or "null" or "Null" or "NULL";
    public static bool IsBoolText(string v) => v is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";

    /// <summary>True for a plain null: nothing written, <c>~</c>, or <c>null</c>.</summary>
    public static bool IsNull(YamlNode? n) => n is YamlScalarNode s && !ForcedString(s) && IsNullText(s.Value ?? "");

    public static ScalarValue Classify(YamlScalarNode s)
    {
        var v = s.Value ?? "";
        if (ForcedString(s)) return new ScalarValue(v, ScalarKind.String);
        if (IsNullText(v)) return new ScalarValue(v, ScalarKind.Null);
        if (IsBoolText(v)) return new ScalarValue(v, ScalarKind.Bool);
        if (IntRegex().IsMatch(v)) return new ScalarValue(v, ScalarKind.Int);
        if (FloatRegex().IsMatch(v)) return new ScalarValue(v, ScalarKind.Float);
        return new ScalarValue(v, ScalarKind.String);
    }

    public static bool? Bool(YamlScalarNode s) =>
        ForcedString(s) ? null : s.Value switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ => null,
        };

    /// <summary>The value of a plain integer literal; null when the scalar is not one. <paramref name="overflow"/> when it is but does not fit.</summary>
    public static long? Int(YamlScalarNode s, out bool overflow)
    {
        overflow = false;
        var v = s.Value ?? "";
        if (ForcedString(s) || !IntRegex().IsMatch(v)) return null;
        bool negative = v.StartsWith('-');
        var digits = v.TrimStart('-', '+');
        int radix = 10;
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) { radix = 16; digits = digits[2..]; }
        else if (digits.StartsWith("0o", StringComparison.OrdinalIgnoreCase)) { radix = 8; digits = digits[2..]; }
        else if (digits.StartsWith("0b", StringComparison.OrdinalIgnoreCase)) { radix = 2; digits = digits[2..]; }
        System.Numerics.BigInteger value = 0;
        foreach (var c in digits)
            value = value * radix + int.Parse(c.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (negative) value = -value;
        if (value < long.MinValue || value > long.MaxValue) { overflow = true; return null; }
        return (long)value;
    }

    /// <summary>How a value is named in "expected X, got Y" messages.</summary>
    public static string Describe(YamlNode n) => n switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when !ForcedString(s) && s.Value is "" or null => "nothing",
        YamlScalarNode s when IsNull(s) => "null",
        YamlScalarNode s => $"'{Shorten(s.Value ?? "")}'",
        _ => "an alias",
    };

    private static string Shorten(string v)
    {
        v = v.Replace("\n", "\\n");
        return v.Length <= 40 ? v : v[..37] + "...";
    }

    [GeneratedRegex(@"^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)$")]
    private static partial Regex IntRegex();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex FloatRegex();
}
