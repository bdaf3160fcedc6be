using System.Text;
using Bindgen.Model.C;

namespace Bindgen.Emitters.Common;

/// <summary>Text that goes into generated C: string literals and identifiers derived from C spellings.</summary>
public static class CText
{
    /// <summary>How C spells a primitive type (cffi's cdef and Cython's pxd re-declare C, so they share it); null when unknown.</summary>
    public static string? Primitive(CPrimitiveKind k) => k switch
    {
        CPrimitiveKind.Void => "void",
        CPrimitiveKind.Bool => "_Bool",
        CPrimitiveKind.Char => "char",
        CPrimitiveKind.SChar => "signed char",
        CPrimitiveKind.UChar => "unsigned char",
        CPrimitiveKind.Short => "short",
        CPrimitiveKind.UShort => "unsigned short",
        CPrimitiveKind.Int => "int",
        CPrimitiveKind.UInt => "unsigned int",
        CPrimitiveKind.Long => "long",
        CPrimitiveKind.ULong => "unsigned long",
        CPrimitiveKind.LongLong => "long long",
        CPrimitiveKind.ULongLong => "unsigned long long",
        CPrimitiveKind.Float => "float",
        CPrimitiveKind.Double => "double",
        CPrimitiveKind.LongDouble => "long double",
        CPrimitiveKind.WChar => "wchar_t",
        CPrimitiveKind.Char16 => "char16_t",
        CPrimitiveKind.Char32 => "char32_t",
        _ => null,
    };

    /// <summary>A C string literal of s: ASCII kept, everything else as octal escapes of its UTF-8 bytes, no trigraphs.</summary>
    public static string Literal(string s)
    {
        var sb = new StringBuilder("\"");
        byte prev = 0;
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            switch (b)
            {
                case (byte)'"': sb.Append("\\\""); break;
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                case (byte)'?' when prev == (byte)'?': sb.Append("\\?"); break;
                default:
                    if (b < 0x20 || b >= 0x7f) sb.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
                    else sb.Append((char)b);
                    break;
            }
            prev = b;
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A C literal, or NULL for null.</summary>
    public static string LiteralOrNull(string? s) => s is null ? "NULL" : Literal(s);

    /// <summary>An identifier fragment from a C spelling: "unsigned int" → "unsigned_int", "struct point" → "struct_point".</summary>
    public static string Ident(string spelling)
    {
        var sb = new StringBuilder();
        foreach (var c in spelling)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_') sb.Append(c);
            else if (c == '*') sb.Append("_p");
            else if (sb.Length > 0 && sb[^1] != '_') sb.Append('_');
        }
        return sb.ToString().Trim('_');
    }

    /// <summary>Text safe inside a /* */ comment.</summary>
    public static string Comment(string s) => s.Replace("*/", "* /");
}
