using System.Text;

namespace Bindgen.Tests.Reliability;

/// <summary>
/// Mutates a valid bindings.yaml into an invalid (or differently valid) one, deterministically from a seed:
/// wrong types, missing keys, bad references, YAML syntax errors, huge values.
/// </summary>
public sealed class SpecFuzzer(string seedText, int seed)
{
    private readonly string[] _lines = seedText.Replace("\r\n", "\n").Split('\n');
    private readonly Random _rng = new(seed);
    private readonly string[] _names = NamesIn(seedText);

    /// <summary>Replacement values: wrong types, bad references, syntax breakers, huge and odd scalars.</summary>
    private static readonly string[] Values =
    [
        "", "null", "~", "-1", "0", "1.5", "true", "no", "99999999999999999999999999", "-9223372036854775809",
        "1e999", "nan", "[", "]", "{", "}", "[1, 2]", "{a: 1}", "'unterminated", "\"bad \\q escape\"", "\"\\x\"",
        "*nosuch", "&a x", "!!binary AAAA", "!!int x", "?", "|", ">", "- x", "nosuch_function", "out", "in",
        "inout", "items", "bytes", "forever", "call", "release", "owned", "borrowed", "full", "utf8",
        "IntEnum", "abi", "p0", "p99", "\"a\\u0000b\"", "\t", "'*'", "\"[\"", "x: y: z", "@", "`", "%TAG",
        "{buffer: in}", "{callback: {}}", "{out: true, inout: true}", "{length: nosuch}", "{alloc: \"1 +\"}",
        "{alloc: \"nosuch(1)\"}", "{alloc: \"((((((((((1))))))))))\"}", "{error: nosuch}", "{handle: nosuch}",
        "{kind: nosuch}", "[a, [b, [c, [d]]]]",
    ];

    public string Next(out string description)
    {
        var lines = new List<string>(_lines);
        int n = 1 + _rng.Next(3); // one to three mutations
        var what = new List<string>();
        for (int i = 0; i < n; i++) what.Add(Mutate(lines));
        description = string.Join("; ", what);
        return string.Join("\n", lines);
    }

    private string Mutate(List<string> lines)
    {
        if (lines.Count == 0) { lines.Add("module: x"); return "empty→module"; }
        int i = _rng.Next(lines.Count);
        string line = lines[i];
        switch (_rng.Next(16))
        {
            case 0:
                lines.RemoveAt(i);
                return $"delete line {i + 1}";
            case 1:
                lines.Insert(i, line);
                return $"duplicate line {i + 1}";
            case 2:
            case 3:
            case 4:
            {
                int colon = line.IndexOf(": ", StringComparison.Ordinal);
                string v = Values[_rng.Next(Values.Length)];
                lines[i] = colon >= 0 ? line[..(colon + 2)] + v : line + " " + v;
                return $"line {i + 1} value → {v}";
            }
            case 5:
            {
                // misspell or replace a key
                int colon = line.IndexOf(':');
                string indent = line[..(line.Length - line.TrimStart().Length)];
                if (colon <= indent.Length) goto case 6;
                string key = line[indent.Length..colon];
                string newKey = _rng.Next(2) == 0 && key.Length > 1 ? key[1..] + key[0] : _names[_rng.Next(_names.Length)];
                lines[i] = indent + newKey + line[colon..];
                return $"line {i + 1} key {key} → {newKey}";
            }
            case 6:
            {
                // a reference to another name of the spec (bad or crossed references)
                string from = _names[_rng.Next(_names.Length)], to = _names[_rng.Next(_names.Length)];
                lines[i] = line.Replace(from, to);
                return $"line {i + 1} {from} → {to}";
            }
            case 7:
            {
                int pos = _rng.Next(line.Length + 1);
                char c = ":-[]{}\"'#&*!|>%@`\t,?\0\\"[_rng.Next(22)];
                lines[i] = line.Insert(pos, c.ToString());
                return $"line {i + 1} insert {(int)c:x2} at {pos}";
            }
            case 8:
                lines[i] = _rng.Next(2) == 0 ? "  " + line : line.TrimStart();
                return $"line {i + 1} re-indented";
            case 9:
            {
                int j = _rng.Next(lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return $"swap lines {i + 1} and {j + 1}";
            }
            case 10:
            {
                int keep = _rng.Next(lines.Count);
                lines.RemoveRange(keep, lines.Count - keep);
                if (keep > 0 && lines[keep - 1].Length > 0) lines[keep - 1] = lines[keep - 1][..(_rng.Next(lines[keep - 1].Length))];
                return $"truncate at line {keep + 1}";
            }
            case 11:
            {
                // huge values: a long scalar, a long list, deep nesting
                int colon = line.IndexOf(": ", StringComparison.Ordinal);
                string head = colon >= 0 ? line[..(colon + 2)] : line + ": ";
                string v = _rng.Next(3) switch
                {
                    0 => new string('x', 200_000),
                    1 => "[" + string.Join(", ", Enumerable.Range(0, 20_000).Select(k => "n" + k)) + "]",
                    _ => new string('[', 500) + new string(']', 500),
                };
                lines[i] = head + v;
                return $"line {i + 1} huge value ({v.Length} chars)";
            }
            case 12:
            {
                // an alias bomb: each level refers to the previous twice
                var bomb = new StringBuilder("x_bomb:\n  l0: &l0 [a, a, a, a, a, a, a, a]\n");
                for (int k = 1; k < 12; k++) bomb.Append($"  l{k}: &l{k} [*l{k - 1}, *l{k - 1}, *l{k - 1}, *l{k - 1}]\n");
                lines.Insert(i, bomb.ToString().TrimEnd('\n'));
                return $"alias bomb before line {i + 1}";
            }
            case 13:
                lines[i] = line.Replace("true", "false").Replace("in", "out").Replace("call", "forever");
                return $"line {i + 1} flipped words";
            case 14:
            {
                // a whole new entry with random keys under the current indentation
                string indent = line[..(line.Length - line.TrimStart().Length)];
                string entry = $"{indent}{_names[_rng.Next(_names.Length)]}: {Values[_rng.Next(Values.Length)]}";
                lines.Insert(i, entry);
                return $"insert \"{entry.Trim()}\"";
            }
            default:
            {
                // a random byte string, including invalid UTF-16 halves and control characters
                var sb = new StringBuilder();
                for (int k = 0, len = 1 + _rng.Next(8); k < len; k++) sb.Append((char)_rng.Next(0, 0xFFFF));
                lines[i] = line + sb;
                return $"line {i + 1} random characters";
            }
        }
    }

    private static string[] NamesIn(string text)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (char c in text + " ")
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_') { sb.Append(c); continue; }
            if (sb.Length > 1 && !char.IsAsciiDigit(sb[0])) words.Add(sb.ToString());
            sb.Clear();
        }
        return [.. words];
    }
}
