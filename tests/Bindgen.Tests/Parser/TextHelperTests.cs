using Bindgen.Parser.Comments;
using Bindgen.Parser.Macros;
using Bindgen.Parser.Reading;

namespace Bindgen.Tests.Parser;

public class TextHelperTests
{
    [Theory]
    [InlineData("/** One line. */", "One line.")]
    [InlineData("/// a\n/// b", "a\nb")]
    [InlineData("//  indented\n//  twice", "indented\ntwice")]
    [InlineData("/*\n * Star\n * lines\n *\n * para\n */", "Star\nlines\n\npara")]
    [InlineData("/*\n** CAPI3REF: x\n**\n** body\n*/", "CAPI3REF: x\n\nbody")]
    [InlineData("/* first\n   second\n */", "first\nsecond")]
    [InlineData("/*\n     Para one\n   continues.\n\n\n     Para two\n   continues.\n*/", "Para one\ncontinues.\n\nPara two\ncontinues.")]
    [InlineData("/*\n   Example:\n\n     code();\n       nested();\n*/", "Example:\n\n  code();\n    nested();")]
    [InlineData("/**< trailing */", "trailing")]
    [InlineData("/* trailing spaces   \n   here  */", "trailing spaces\nhere")]
    [InlineData("/**/", null)]
    [InlineData("/*\tTab\n\tstart */", "Tab\nstart")]
    public void CleansComments(string raw, string? expected) => Assert.Equal(expected, DocText.Clean(raw));

    [Theory]
    [InlineData("\"plain\"", "plain")]
    [InlineData("\"a\\tb\\n\"", "a\tb\n")]
    [InlineData("\"\\\"q\\\" \\\\\"", "\"q\" \\")]
    [InlineData("\"\\101\\x42\"", "AB")]
    [InlineData("\"\\303\\251\"", "\u00e9")]
    [InlineData("\"\\u00e9\"", "\u00e9")]
    [InlineData("L\"wide\"", null)]
    public void DecodesStringLiterals(string literal, string? expected) => Assert.Equal(expected, CLiteral.DecodeString(literal));
}
