using System.Text;

namespace Bindgen.Parser.Macros;

/// <summary>Decodes a narrow C string literal as clang prints it (escapes included) to its UTF-8 text.</summary>
internal static class CLiteral
{
    public static string? DecodeString(string literal)
    {
        if (literal.Length < 2 || literal[0] != '"' || literal[^1] != '"') return null;
        var bytes = new List<byte>(literal.Length);
        var body = literal[1..^1];
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\')
            {
                // Copy the whole run up to the next escape so surrogate pairs stay together.
                var next = body.IndexOf('\\', i);
                if (next < 0) next = body.Length;
                bytes.AddRange(Encoding.UTF8.GetBytes(body[i..next]));
                i = next - 1;
                continue;
            }
            if (++i >= body.Length) return null;
            var e = body[i];
            switch (e)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'v': bytes.Add(11); break;
                case 'e': bytes.Add(27); break;
                case '\\' or '"' or '\'' or '?': bytes.Add((byte)e); break;
                case 'x':
                {
                    var start = i + 1;
                    var end = start;
                    while (end < body.Length && Uri.IsHexDigit(body[end])) end++;
                    if (end == start) return null;
                    bytes.Add(unchecked((byte)Convert.ToUInt32(body[start..end], 16)));
                    i = end - 1;
                    break;
                }
                case 'u' or 'U':
                {
                    var digits = e == 'u' ? 4 : 8;
                    if (i + digits >= body.Length) return null;
                    var code = Convert.ToInt32(body.Substring(i + 1, digits), 16);
                    bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(code)));
                    i += digits;
                    break;
                }
                case >= '0' and <= '7':
                {
                    var end = i;
                    while (end < body.Length && end < i + 3 && body[end] is >= '0' and <= '7') end++;
                    bytes.Add(unchecked((byte)Convert.ToInt32(body[i..end], 8)));
                    i = end - 1;
                    break;
                }
                default: return null;
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
