using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_enums_constants.py: enums with strip_prefix and class, [Flags], macros as const members.</summary>
public class EnumConstantTests
{
    [Fact]
    public void IntEnumWithStrippedNames()
    {
        Assert.Equal(0u, (uint)demo_color.Red);
        Assert.Equal(2u, (uint)demo_color.Blue);
        Assert.Equal(demo_color.Green, Demo.DemoNextColor(demo_color.Red));
        Assert.Equal(demo_color.Red, Demo.DemoNextColor(demo_color.Blue));
    }

    [Fact]
    public void FlagsEnumNamedByClass()
    {
        Assert.True(typeof(Perm).IsDefined(typeof(FlagsAttribute), false));
        Assert.Equal(Perm.Read | Perm.Exec, Demo.DemoPermToggle(Perm.Read, Perm.Exec));
        Assert.Equal(Perm.None, Demo.DemoPermToggle(Perm.Write, Perm.Write));
        Assert.Equal("Read, Write", (Perm.Read | Perm.Write).ToString());
    }

    [Fact]
    public void MacrosAreConstMembersWithCNames()
    {
        Assert.Equal("1.2.3", Demo.DEMO_VERSION);
        Assert.Equal(1, Demo.DEMO_VERSION_MAJOR);
        Assert.Equal(0xC0FFEE, Demo.DEMO_MAGIC);
        Assert.Equal(64, Demo.DEMO_MAX);
        Assert.Equal(2.5, Demo.DEMO_RATIO);
        Assert.Equal(-42, Demo.DEMO_MIN_OFFSET);
        Assert.Equal(-7, Demo.DEMO_E_NOMEM);
        Assert.True(typeof(Demo).GetField(nameof(Demo.DEMO_MAX))!.IsLiteral);
        Assert.Null(typeof(Demo).GetField("DEMO_ARRAY_LEN"));   // function-like macro
        Assert.Null(typeof(Demo).GetField("LIBDEMO_H"));        // include guard
    }
}
