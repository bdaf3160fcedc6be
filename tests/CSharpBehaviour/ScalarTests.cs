using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors tests/behaviour/test_demo_scalars.py: every width at its limits, floats, bool, default, fixed, names.</summary>
public class ScalarTests
{
    [Fact]
    public void IntegersRoundTripAtTheirLimits()
    {
        Assert.Equal(sbyte.MinValue, Demo.DemoEchoI8(sbyte.MinValue));
        Assert.Equal(sbyte.MaxValue, Demo.DemoEchoI8(sbyte.MaxValue));
        Assert.Equal(byte.MaxValue, Demo.DemoEchoU8(byte.MaxValue));
        Assert.Equal(short.MinValue, Demo.DemoEchoI16(short.MinValue));
        Assert.Equal(ushort.MaxValue, Demo.DemoEchoU16(ushort.MaxValue));
        Assert.Equal(int.MinValue, Demo.DemoEchoI32(int.MinValue));
        Assert.Equal(uint.MaxValue, Demo.DemoEchoU32(uint.MaxValue));
        Assert.Equal(long.MinValue, Demo.DemoEchoI64(long.MinValue));
        Assert.Equal(ulong.MaxValue, Demo.DemoEchoU64(ulong.MaxValue));
        Assert.Equal(int.MaxValue, Demo.DemoEchoInt(int.MaxValue));
        Assert.Equal(long.MinValue, Demo.DemoEchoLong(long.MinValue));
        Assert.Equal(ulong.MaxValue, Demo.DemoEchoSize(ulong.MaxValue));
    }

    [Fact]
    public void OverflowIsTheCallersCheckedConversion()
    {
        // C# types the parameters exactly (int8_t is sbyte): out-of-range values do not compile, and a
        // checked conversion at the call site raises OverflowException like Python's OverflowError.
        long big = 300;
        Assert.Throws<OverflowException>(() => Demo.DemoEchoI8(checked((sbyte)big)));
        Assert.Throws<OverflowException>(() => Demo.DemoEchoU32(checked((uint)-big)));
    }

    [Fact]
    public void FloatsAndBool()
    {
        Assert.Equal(1.5f, Demo.DemoEchoFloat(1.5f));
        Assert.Equal(float.PositiveInfinity, Demo.DemoEchoFloat(float.PositiveInfinity));
        Assert.Equal(-0.1, Demo.DemoEchoDouble(-0.1));
        Assert.True(double.IsNaN(Demo.DemoEchoDouble(double.NaN)));
        Assert.False(Demo.DemoNot(true));
        Assert.True(Demo.DemoNot(false));
    }

    [Fact]
    public void DefaultsFixedRenamedAndUnnamed()
    {
        Assert.Equal(9, Demo.DemoSquare());          // p1 defaults to 3
        Assert.Equal(16, Demo.DemoSquare(4));
        Assert.Equal(2.5, Demo.DemoScale(2.5));       // lambda defaults to 1.0
        Assert.Equal(5.0, Demo.DemoScale(2.5, lambda: 2));
        Assert.Equal(21, Demo.Triple(7));             // name: triple
        Assert.Equal(3L, Demo.DemoAdd(1, 2));         // reserved: fixed NULL
        Assert.Equal((long)int.MaxValue * 2, Demo.DemoAdd(int.MaxValue, int.MaxValue));
        Assert.Equal(42, Demo.DemoExtraAnswer());     // defines: DEMO_WITH_EXTRAS
    }

    [Fact]
    public void IntEnumReturn()
    {
        Assert.Equal(demo_level.DemoLevelLow, Demo.DemoLevelFor(0));
        Assert.Equal(demo_level.DemoLevelMedium, Demo.DemoLevelFor(50));
        Assert.Equal(demo_level.DemoLevelHigh, Demo.DemoLevelFor(99));
        Assert.Equal(10u, (uint)Demo.DemoLevelFor(99));
    }

    [Fact]
    public void SkippedExcludedAndVariadicFunctionsAreAbsent()
    {
        var names = typeof(Demo).GetMethods().Select(m => m.Name).ToHashSet();
        Assert.DoesNotContain("DemoFree", names);              // skip: true
        Assert.DoesNotContain("DemoInternalSelfcheck", names); // exclude
        Assert.DoesNotContain("DemoLog", names);               // variadic
        Assert.DoesNotContain("DemoLegacyTriple", names);      // renamed
        Assert.Contains("Triple", names);
    }
}
