namespace Bindgen.Parser.Reading;

/// <summary>Shell-style name patterns: * any run, ? one character, everything else literal.</summary>
internal static class Glob
{
    public static bool Matches(string pattern, string name) => Match(pattern, 0, name, 0);

    private static bool Match(string p, int pi, string s, int si)
    {
        // Iterative with one backtrack point: enough for * and ?.
        int starP = -1, starS = -1;
        while (si < s.Length)
        {
            if (pi < p.Length && (p[pi] == '?' || p[pi] == s[si])) { pi++; si++; }
            else if (pi < p.Length && p[pi] == '*') { starP = pi++; starS = si; }
            else if (starP >= 0) { pi = starP + 1; si = ++starS; }
            else return false;
        }
        while (pi < p.Length && p[pi] == '*') pi++;
        return pi == p.Length;
    }
}
