using System.Text.RegularExpressions;

namespace Bindgen.Model.Binder;

/// <summary>Shell-style globs (* and ?) over C names.</summary>
public static class Globs
{
    public static bool Matches(string glob, string name) =>
        Regex.IsMatch(name, "^" + Regex.Escape(glob).Replace(@"\*", ".*").Replace(@"\?", ".") + "$");

    public static bool AnyMatches(IEnumerable<string> globs, string name) => globs.Any(g => Matches(g, name));

    /// <summary>The literal text before the first wildcard ("sqlite3_*" → "sqlite3_").</summary>
    public static string LiteralPrefix(string glob)
    {
        int i = glob.IndexOfAny(['*', '?']);
        return i < 0 ? glob : glob[..i];
    }
}
