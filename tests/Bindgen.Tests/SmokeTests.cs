namespace Bindgen.Tests;

public class SmokeTests
{
    [Fact]
    public void SourceLocationPrintsFileLineColumn() =>
        Assert.Equal("a.yaml:3:5", new Bindgen.Model.SourceLocation("a.yaml", 3, 5).ToString());
}
