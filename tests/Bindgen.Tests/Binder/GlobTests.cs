using Bindgen.Model.Binder;

namespace Bindgen.Tests.Binder;

/// <summary>The one glob implementation: the parser's include globs and the binder's include/exclude/methods/macros.</summary>
public class GlobTests
{
    [Theory]
    [InlineData("deflate*", "deflateInit_", true)]
    [InlineData("crc32", "crc32_combine", false)]
    [InlineData("*_", "inflateInit_", true)]
    [InlineData("sqlite3_?", "sqlite3_x", true)]
    [InlineData("lzma_*", "lzma_code", true)]
    [InlineData("lzma_*", "LZMA_OK", false)]
    [InlineData("*_t", "size_t", true)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "ac", false)]
    [InlineData("*", "", true)]
    [InlineData("x*y*z", "xaaybbz", true)]
    [InlineData("x*y*z", "xaaybb", false)]
    [InlineData("exact", "exact", true)]
    [InlineData("a.c", "abc", false)]          // regex metacharacters are literal
    [InlineData("a+", "aa", false)]
    public void WildcardsMatchWholeNames(string glob, string name, bool expected) => Assert.Equal(expected, Globs.Matches(glob, name));

    [Theory]
    [InlineData("demo_[ab]*", "demo_add", true)]
    [InlineData("demo_[ab]*", "demo_buf", true)]
    [InlineData("demo_[ab]*", "demo_cat", false)]
    [InlineData("v[0-9]_*", "v2_open", true)]
    [InlineData("v[0-9]_*", "vx_open", false)]
    [InlineData("*_v[0-9]", "open_v2", true)]
    [InlineData("demo_[!ab]*", "demo_cat", true)]
    [InlineData("demo_[!ab]*", "demo_add", false)]
    [InlineData("demo_[^ab]*", "demo_add", false)]
    [InlineData("x[]]y", "x]y", true)]         // `]` first in a class is literal
    [InlineData("x[!]]y", "x]y", false)]
    [InlineData("x[a-]", "x-", true)]          // a trailing '-' is literal
    [InlineData("x[A-Z_]*", "xFOO", true)]
    [InlineData("x[A-Z_]*", "x_foo", true)]
    [InlineData("x[A-Z_]*", "xfoo", false)]
    [InlineData("a[bc", "a[bc", true)]         // an unclosed '[' is literal
    [InlineData("a[bc", "ab", false)]
    [InlineData("*[0-9]*[0-9]", "a1b2", true)]  // classes backtrack with '*'
    [InlineData("*[0-9]*[0-9]", "a1b", false)]
    public void CharacterClassesMatchOneCharacter(string glob, string name, bool expected) => Assert.Equal(expected, Globs.Matches(glob, name));

    [Theory]
    [InlineData("sqlite3_*", "sqlite3_")]
    [InlineData("demo_[ab]*", "demo_")]
    [InlineData("a[bc", "a[bc")]
    [InlineData("exact", "exact")]
    public void LiteralPrefixStopsAtTheFirstWildcard(string glob, string prefix) => Assert.Equal(prefix, Globs.LiteralPrefix(glob));
}
