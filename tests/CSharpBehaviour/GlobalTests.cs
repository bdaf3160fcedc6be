using System.Reflection;
using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_globals.py: globals are read-only static properties with their C names, read on each access.
/// Static inline functions and macros are not in the library: C# calls them through the shim library.</summary>
public class GlobalTests
{
    [Fact]
    public void StringGlobals()
    {
        Assert.Equal("1.2.3", Demo.demo_version_text);
        Assert.Equal("demo", Demo.demo_library_name);
    }

    [Fact]
    public void EnumAndDoubleGlobals()
    {
        Assert.Equal(demo_color.Green, Demo.demo_default_color);
        Assert.Equal(2.5, Demo.demo_default_ratio);
    }

    [Fact]
    public void EachReadGivesTheCurrentValue()
    {
        var before = Demo.demo_call_count;
        Assert.Equal(before + 1, Demo.DemoCountCall());
        Assert.Equal(before + 1, Demo.demo_call_count);
    }

    [Fact]
    public void GlobalsAreReadOnly()
    {
        var p = typeof(Demo).GetProperty("demo_call_count", BindingFlags.Public | BindingFlags.Static)!;
        Assert.False(p.CanWrite);
    }

    /// <summary>Static inline functions and function-like macros are called through the shim library (libdemo_shim.so).</summary>
    [Fact]
    public void StaticInlineFunctionsAndMacrosCallTheShim()
    {
        Assert.Equal(50, Demo.DemoInlineSquarePlusOne(7));
        Assert.Equal(10, Demo.DemoInlineSquarePlusOne(-3));
        Assert.Equal(5, Demo.DemoClamp(5, 0, 10));
        Assert.Equal(0, Demo.DemoClamp(-5, 0, 10));
        Assert.Equal(10, Demo.DemoClamp(50, 0, 10));
        Assert.Equal(5, Demo.DemoAddPair(2, 3));
    }
}
