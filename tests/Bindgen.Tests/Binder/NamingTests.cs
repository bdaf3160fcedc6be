using Bindgen.Model.Binder;
using Bindgen.Model;

namespace Bindgen.Tests.Binder;

public class NamingTests
{
    [Theory]
    [InlineData("in", "in_")]
    [InlineData("from", "from_")]
    [InlineData("lambda", "lambda_")]
    [InlineData("len", "len")]
    public void PythonKeywordsGetATrailingUnderscore(string name, string expected) => Assert.Equal(expected, Naming.PythonIdentifier(name));

    [Theory]
    [InlineData("out", "out_")]
    [InlineData("ref", "ref_")]
    [InlineData("string", "string_")]
    [InlineData("level", "level")]
    public void CSharpKeywordsGetATrailingUnderscore(string name, string expected) => Assert.Equal(expected, Naming.CSharpIdentifier(name));

    [Theory]
    [InlineData("demo_counter", "DemoCounter")]
    [InlineData("sqlite3", "Sqlite3")]
    [InlineData("XML_Parser", "XmlParser")]
    [InlineData("decompress_into", "DecompressInto")]
    [InlineData("lzma_crc32", "LzmaCrc32")]
    [InlineData("TEXT", "Text")]
    public void CamelCaseFollowsTheSpec(string name, string expected) => Assert.Equal(expected, Naming.CamelCase(name));
}

public class SuggestTests
{
    [Fact]
    public void SuggestFindsTypos()
    {
        Assert.Equal("length", Suggest.Closest("lenght", ["length", "buffer", "alloc"]));
        Assert.Null(Suggest.Closest("zzzzzz", ["length", "buffer"]));
    }
}

public class AllocExprTests
{
    static (Bindgen.Model.IR.Expr? Expr, string? Error) Parse(string s) =>
        AllocExprParser.Parse(s, p => p is "sourceLen" or "n", f => f == "compressBound");

    [Fact]
    public void ParsesCallsArithmeticAndParameters()
    {
        var (e, err) = Parse("compressBound(sourceLen) + 2 * n");
        Assert.Null(err);
        Assert.Equal("(lib.compressBound(c_sourceLen) + (2 * c_n))", e!.Render(p => "c_" + p, f => "lib." + f));
    }

    [Theory]
    [InlineData("nope(sourceLen)", "'nope' is not a function bound by this spec")]
    [InlineData("sourceLen + x", "'x' is not a parameter of this function")]
    [InlineData("(sourceLen", "missing ')'")]
    [InlineData("sourceLen $", "unexpected '$'")]
    public void ReportsWhatIsWrong(string text, string expected)
    {
        var (e, err) = Parse(text);
        Assert.Null(e);
        Assert.Contains(expected, err);
    }
}
