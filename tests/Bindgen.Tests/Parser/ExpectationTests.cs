namespace Bindgen.Tests.Parser;

/// <summary>Each header under tests/cases/parser against the model serialized beside it (BINDGEN_BLESS=1 rewrites).</summary>
public class ExpectationTests
{
    [Theory]
    [InlineData("functions.h")]
    [InlineData("structs.h")]
    [InlineData("unions.h")]
    [InlineData("enums.h")]
    [InlineData("typedefs.h")]
    [InlineData("funcptrs.h")]
    [InlineData("macros.h")]
    [InlineData("docs.h")]
    [InlineData("variables.h")]
    [InlineData("unsupported.h")]
    [InlineData("anonymous.h")]
    [InlineData("includes/main.h")]
    public void ModelMatchesExpectation(string header) => ParserCases.MatchExpectation(header);
}
