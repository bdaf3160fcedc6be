namespace CSharpBehaviour;

public class Smoke
{
    [Fact]
    public void Version() => Assert.Equal("1.2.3", DemoLib.Demo.DemoVersion());
}
