using Bindgen.Cli;

namespace Bindgen.Tests.Cli;

public class UnifiedDiffTests
{
    [Fact]
    public void ShowsChangedLinesWithContext()
    {
        var a = "a\nb\nc\nd\ne\nf\ng\nh\n";
        var b = "a\nb\nc\nD\ne\nf\ng\nh\ni\n";
        var diff = UnifiedDiff.Create(a, b, "a/x", "b/x");
        Assert.Equal("--- a/x\n+++ b/x\n@@ -1,8 +1,9 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n h\n+i\n", diff);
    }

    [Fact]
    public void IdenticalTextsHaveNoHunks() =>
        Assert.Equal("--- a\n+++ b\n", UnifiedDiff.Create("x\ny\n", "x\ny\n", "a", "b"));

    [Fact]
    public void NewFileIsAllInsertions() =>
        Assert.Equal("--- /dev/null\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n", UnifiedDiff.Create("", "x\ny\n", "/dev/null", "b"));
}
