using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_structs.py: blittable structs with C layout, nested struct, bitfields, array, readonly.</summary>
public class StructTests
{
    [Fact]
    public void LayoutMatchesTheCCompiler()
    {
        var checks = Demo.CheckLayouts();
        Assert.Contains(checks, c => c.What == "sizeof(demo_shape)");
        Assert.All(checks, c => Assert.True(c.Expected == c.Actual, $"{c.What}: C says {c.Expected}, C# has {c.Actual}"));
        Assert.Equal(8, System.Runtime.InteropServices.Marshal.SizeOf<demo_point>());
        Assert.Equal(40, System.Runtime.CompilerServices.Unsafe.SizeOf<demo_shape>());
        Assert.Equal(24, (int)System.Runtime.InteropServices.Marshal.OffsetOf<demo_shape>(nameof(demo_shape.scale)));
    }

    [Fact]
    public void FieldsAndByValue()
    {
        var p = new demo_point { x = 1, y = 2 };
        p.y = -5;
        Assert.Equal((1, -5), (p.x, p.y));
        var r = Demo.DemoPointAdd(new demo_point { x = 1, y = 2 }, new demo_point { x = 10, y = -20 });
        Assert.Equal((11, -18), (r.x, r.y));
    }

    [Fact]
    public void OutStructFillsEveryField()
    {
        Demo.DemoShapeInit(out var s, 3, 4);
        Assert.Equal((0, 0), (s.origin.x, s.origin.y));
        Assert.Equal((3, 4), (s.size.x, s.size.y));
        Assert.Equal(0u, s.flags);
        Assert.Equal(1u, s.visible);
        Assert.Equal("demo"u8.ToArray(), ((ReadOnlySpan<byte>)s.tag).ToArray());
        Assert.Equal(1.0, s.scale);
        Assert.Equal((uint)Demo.DEMO_SHAPE_MAGIC, s.magic);
    }

    [Fact]
    public void StructByPointer()
    {
        Demo.DemoShapeInit(out var s, 3, 4);
        Assert.Equal(12.0, Demo.DemoShapeArea(s));
        s.scale = 2.5;
        Assert.Equal(30.0, Demo.DemoShapeArea(in s));
        s.size = new demo_point { x = 2, y = 5 };
        Assert.Equal(25.0, Demo.DemoShapeArea(shape: s));
    }

    [Fact]
    public void BitfieldsSetGetAndRangeCheck()
    {
        Demo.DemoShapeInit(out var s, 1, 1);
        for (uint v = 0; v < 8; v++)
        {
            s.flags = v;
            Assert.Equal(v, s.flags);
            Assert.Equal(1u, s.visible);     // the neighbouring bitfield is untouched
        }
        s.visible = 0;
        Assert.Equal(0u, s.visible);
        Assert.Equal(7u, s.flags);
        Assert.Equal((byte)'d', s.tag[0]);   // the overlapping array is untouched too
        Assert.Throws<ArgumentOutOfRangeException>(() => { var t = s; t.flags = 8; });
        Assert.Throws<ArgumentOutOfRangeException>(() => { var t = s; t.visible = 2; });
        Assert.Equal(7u, s.flags);
    }

    [Fact]
    public void ArrayField()
    {
        Demo.DemoShapeInit(out var s, 1, 1);
        Span<byte> tag = s.tag;
        Assert.Equal(4, tag.Length);
        "wxyz"u8.CopyTo(tag);
        Assert.Equal("wxyz"u8.ToArray(), ((ReadOnlySpan<byte>)s.tag).ToArray());
        Assert.Throws<ArgumentException>(() => { var t = s; "too long"u8.CopyTo((Span<byte>)t.tag); });
    }

    [Fact]
    public void ReadonlyFieldHasNoSetter()
    {
        Assert.Null(typeof(demo_shape).GetProperty(nameof(demo_shape.magic))!.SetMethod);
    }

    [Fact]
    public void RoundTripByValueKeepsEveryField()
    {
        Demo.DemoShapeInit(out var s, 3, 4);
        s.flags = 5;
        s.visible = 0;
        new byte[] { 1, 2, 3, 0xFF }.CopyTo((Span<byte>)s.tag);
        s.scale = -0.5;
        var moved = Demo.DemoShapeTranslate(s, 2, -3);
        Assert.Equal((2, -3), (moved.origin.x, moved.origin.y));
        Assert.Equal((3, 4), (moved.size.x, moved.size.y));
        Assert.Equal((5u, 0u), (moved.flags, moved.visible));
        Assert.Equal(new byte[] { 1, 2, 3, 0xFF }, ((ReadOnlySpan<byte>)moved.tag).ToArray());
        Assert.Equal(-0.5, moved.scale);
        Assert.Equal((uint)Demo.DEMO_SHAPE_MAGIC, moved.magic);
        Assert.Equal((0, 0), (s.origin.x, s.origin.y));   // passed by value
    }

    [Fact]
    public void TypedefAnonymousStructAndEnum()
    {
        // typedef struct { … } demo_box_t; and typedef enum { … } demo_tool_t;: both keyed by their typedef names
        var box = Demo.DemoBoxMake(3, 4, demo_tool_t.Drill);
        Assert.Equal((3, 4, demo_tool_t.Drill), (box.width, box.height, box.tool));
        Assert.Equal(30, Demo.DemoBoxArea(new demo_box_t { width = 5, height = 6 }));
        Assert.Equal(demo_tool_t.Saw, Demo.DemoToolNext(demo_tool_t.Hammer));
        Assert.Equal(4, (int)demo_tool_t.Saw);
    }
}
