using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_outparams.py: the C return value, out parameters as `out`, inout as `ref`.</summary>
public class OutParamTests
{
    [Fact]
    public void OutParameters()
    {
        Demo.DemoDivmod(17, 5, out var q, out var r);
        Assert.Equal((3, 2), (q, r));
        Demo.DemoDivmod(-7, 2, out q, out r);
        Assert.Equal((-3, -1), (q, r));     // C truncation
        Assert.Equal(Demo.DEMO_E_DIVZERO, Assert.Throws<DemoError>(() => Demo.DemoDivmod(1, 0, out _, out _)).Code);
        Assert.Equal(Demo.DEMO_E_RANGE, Assert.Throws<DemoError>(() => Demo.DemoDivmod(int.MinValue, -1, out _, out _)).Code);
    }

    [Fact]
    public void ReturnValueThenOuts()
    {
        Assert.Equal(3UL, Demo.DemoStats([5, -2, 9], out var min, out var max));
        Assert.Equal((-2, 9), (min, max));
    }

    [Fact]
    public void OutWithFixedParameter()
    {
        Demo.DemoParseInt("123", out var v);   // base is fixed to 10
        Assert.Equal(123, v);
        Demo.DemoParseInt("-42", out v);
        Assert.Equal(-42, v);
        Assert.Equal(Demo.DEMO_E_INVALID, Assert.Throws<DemoError>(() => Demo.DemoParseInt("ff", out _)).Code);
        Assert.Equal(Demo.DEMO_E_RANGE, Assert.Throws<DemoError>(() => Demo.DemoParseInt("99999999999", out _)).Code);
    }

    [Fact]
    public void InoutIsRef()
    {
        int counter = 5;
        Demo.DemoIncrement(ref counter);
        Assert.Equal(6, counter);
        Demo.DemoIncrement(ref counter, 10);
        Assert.Equal(16, counter);
        counter = int.MaxValue;
        Demo.DemoIncrement(ref counter);
        Assert.Equal(int.MinValue, counter);   // wraps in C
    }

    [Fact]
    public void OutStruct()
    {
        Demo.DemoShapeInit(out var s, 3, 4);
        Assert.Equal((3, 4), (s.size.x, s.size.y));
    }
}
