using Bindgen.Model;
using Bindgen.Parser;
using Bindgen.Parser.Interop;

namespace Bindgen.Tests.Parser;

public class ErrorTests
{
    [Fact]
    public void MissingHeaderNamesItAndTheSearchPath()
    {
        var request = new ParseRequest([new HeaderRef("nope.h", new SourceLocation("spec.yaml", 4, 3))], [ParserCases.Dir], [], []);
        var error = Assert.Throws<BindgenException>(() => HeaderParser.Parse(request));
        Assert.StartsWith("spec.yaml:4:3: error: header 'nope.h' not found (searched: ", error.Message);
        Assert.Contains(ParserCases.Dir, error.Message);
        Assert.Contains("/usr/include", error.Message);
    }

    [Fact]
    public void EveryMissingHeaderIsReported()
    {
        var request = new ParseRequest(
            [new HeaderRef("a_missing.h", new SourceLocation("spec.yaml", 2, 5)), new HeaderRef("b_missing.h", new SourceLocation("spec.yaml", 3, 5))],
            [], [], []);
        var lines = Assert.Throws<BindgenException>(() => HeaderParser.Parse(request)).Message.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("'b_missing.h'", lines[1]);
    }

    [Fact]
    public void SearchDirsComeBeforeTheSystemPath()
    {
        // tests/cases/parser has no zlib.h, so the system one is found; a local enums.h wins over nothing.
        Assert.Equal("/usr/include/zlib.h", HeaderResolver.Resolve([new HeaderRef("zlib.h", SourceLocation.None)], [ParserCases.Dir])[0]);
        Assert.Equal(ParserCases.PathOf("enums.h"), HeaderResolver.Resolve([new HeaderRef("enums.h", SourceLocation.None)], [ParserCases.Dir])[0]);
    }

    [Fact]
    public void SyntaxErrorsAreListedWithPositions()
    {
        var error = Assert.Throws<BindgenException>(() => ParserCases.Parse("errors/syntax_error.h"));
        var lines = error.Message.Split('\n');
        var file = ParserCases.PathOf("errors/syntax_error.h");
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{file}:3:27: error: ", lines[0]);
        Assert.StartsWith($"{file}:5:1: error: unknown type name 'unknown_type_t'", lines[1]);
        Assert.DoesNotContain("   at ", error.Message);
    }

    [Fact]
    public void LibclangOverrideIsTheOnlyCandidate()
    {
        Assert.Equal(["/nonexistent/libclang.so"], LibclangLoader.Candidates("/nonexistent/libclang.so"));
        var tried = new List<string>();
        Assert.False(LibclangLoader.TryLoadFirst(LibclangLoader.Candidates("/nonexistent/libclang.so"), tried, out _, out _));
        Assert.Contains("BINDGEN_LIBCLANG='/nonexistent/libclang.so'", LibclangLoader.OverrideFailedMessage("/nonexistent/libclang.so", tried));
        Assert.True(LibclangLoader.TryLoadFirst(LibclangLoader.Candidates(null), new List<string>(), out var handle, out _));
        Assert.NotEqual(0, handle);
    }

    [Fact]
    public void LibclangNotFoundMessageSaysWhatToDo()
    {
        var tried = new List<string>();
        Assert.False(LibclangLoader.TryLoadFirst(["/nonexistent/a.so", "/nonexistent/b.so"], tried, out _, out _));
        var message = LibclangLoader.NotFoundMessage(tried);
        Assert.Equal(
            "bindgen: libclang not found (tried: /nonexistent/a.so, /nonexistent/b.so). Install it with 'apt-get install libclang1-14' or set BINDGEN_LIBCLANG to the library's path.",
            message);
        Assert.DoesNotContain('\n', message);
    }
}
