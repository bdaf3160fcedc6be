using Bindgen.Model.C;
using Bindgen.Tests.Support;
using Xunit.Abstractions;

namespace Bindgen.Tests.Parser;

/// <summary>Record layouts from the model against gcc's sizeof/_Alignof/offsetof for real headers.</summary>
public class AbiTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> SystemHeaders => new()
    {
        { "zlib.h", [] },
        { "bzlib.h", [] },
        // lzma.h itself only includes lzma/*.h: the globs keep what they declare.
        { "lzma.h", ["lzma_*", "LZMA_*"] },
        { "expat.h", ["XML_*"] },
        { "sqlite3.h", [] },
        { "yaml.h", [] },
    };

    [Theory]
    [MemberData(nameof(SystemHeaders))]
    public void SystemHeaderLayoutsMatchGcc(string header, string[] globs)
    {
        var model = ParserCases.System(header, globs);
        Check(model, $"#include <{header}>", []);
    }

    [Theory]
    [InlineData("structs.h")]
    [InlineData("unions.h")]
    [InlineData("funcptrs.h")]
    [InlineData("docs.h")]
    [InlineData("anonymous.h")]
    public void CaseHeaderLayoutsMatchGcc(string header)
    {
        var model = ParserCases.Parse(header);
        Check(model, $"#include \"{ParserCases.PathOf(header)}\"", []);
    }

    [Fact]
    public void DemoHeaderLayoutsMatchGcc()
    {
        var demo = Path.Combine(ExpectedFile.RepoRoot(), "examples", "demo", "demo.h");
        Assert.True(File.Exists(demo), $"{demo} is missing");
        var dir = Path.GetDirectoryName(demo)!;
        var model = ParserCases.ParseHeaders([demo], [dir]);
        Check(model, $"#include \"{demo}\"", [dir]);
    }

    private void Check(CHeader model, string includeLine, IReadOnlyList<string> includeDirs)
    {
        var check = new AbiCheck(model);
        var mismatches = check.Run(includeLine, includeDirs);
        output.WriteLine($"{check.CheckCount} layout checks over {model.Records.Count(r => r.IsComplete)} complete records");
        Assert.True(check.CheckCount > 0, "no records to check");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
