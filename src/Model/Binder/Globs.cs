namespace Bindgen.Model.Binder;

/// <summary>
/// Shell-style globs over C names, the one implementation the parser (which declarations to keep) and the binder
/// (include, exclude, methods, macros) share: `*` any run, `?` one character, `[abc]` / `[a-z]` one of a set,
/// `[!abc]` (or `[^abc]`) one character not in it; a `]` first in a set is literal; an unclosed `[` is literal.
/// </summary>
public static class Globs
{
    public static bool Matches(string glob, string name) => Match(glob, name);

    public static bool AnyMatches(IEnumerable<string> globs, string name) => globs.Any(g => Matches(g, name));

    /// <summary>The literal text before the first wildcard ("sqlite3_*" → "sqlite3_").</summary>
    public static string LiteralPrefix(string glob)
    {
        for (int i = 0; i < glob.Length; i++)
            if (glob[i] is '*' or '?' || glob[i] == '[' && ClassEnd(glob, i) > 0) return glob[..i];
        return glob;
    }

    /// <summary>Iterative with one backtrack point (the last `*`): linear enough for C names, no regex to escape.</summary>
    static bool Match(string p, string s)
    {
        int pi = 0, si = 0, starP = -1, starS = -1;
        while (si < s.Length)
        {
            if (pi < p.Length && p[pi] == '*') { starP = pi++; starS = si; continue; }
            if (pi < p.Length && StepOne(p, pi, s[si]) is var next && next > 0) { pi = next; si++; continue; }
            if (starP < 0) return false;
            pi = starP + 1;
            si = ++starS;
        }
        while (pi < p.Length && p[pi] == '*') pi++;
        return pi == p.Length;
    }

    /// <summary>Where the pattern continues when the element at pi matches c; 0 when it does not.</summary>
    static int StepOne(string p, int pi, char c)
    {
        if (p[pi] == '?') return pi + 1;
        if (p[pi] == '[' && ClassEnd(p, pi) is var end and > 0) return InClass(p, pi, end, c) ? end + 1 : 0;
        return p[pi] == c ? pi + 1 : 0;
    }

    /// <summary>Index of the `]` closing the class opened at start, or -1 when it is never closed.</summary>
    static int ClassEnd(string p, int start)
    {
        int i = start + 1;
        if (i < p.Length && p[i] is '!' or '^') i++;
        if (i < p.Length && p[i] == ']') i++;
        while (i < p.Length && p[i] != ']') i++;
        return i < p.Length ? i : -1;
    }

    static bool InClass(string p, int start, int end, char c)
    {
        int i = start + 1;
        bool negate = p[i] is '!' or '^';
        if (negate) i++;
        bool found = false;
        for (bool first = true; i < end; first = false)
        {
            char lo = p[i];
            if (lo == ']' && !first) break;
            if (i + 2 < end && p[i + 1] == '-') { found |= c >= lo && c <= p[i + 2]; i += 3; }
            else { found |= c == lo; i++; }
        }
        return found != negate;
    }
}
