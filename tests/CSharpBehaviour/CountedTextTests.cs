using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_counted_text.py: `string: utf8 | bytes` + `length:`, the length hidden, embedded NUL allowed.</summary>
public class CountedTextTests
{
    [Theory]
    [InlineData("", 'a', 0)]
    [InlineData("banana", 'a', 3)]
    [InlineData("a\0b\0c", 0, 2)]
    [InlineData("\0", 0, 1)]
    [InlineData("héllo", 0xC3, 1)]
    [InlineData("€€", 0xE2, 2)]
    [InlineData("🙂", 0xF0, 1)]
    public void Utf8TextIsPassedWithItsByteLength(string text, int c, int count) =>
        Assert.Equal((ulong)count, Demo.DemoTextCount(text, c));

    [Fact]
    public void Utf8TextLengthIsTheEncodedLength()
    {
        var text = string.Concat(Enumerable.Repeat("xé\0", 100));
        Assert.Equal(100UL, Demo.DemoTextCount(text, 'x'));
        Assert.Equal(100UL, Demo.DemoTextCount(text, 0));
        Assert.Equal(100UL, Demo.DemoTextCount(text, 0xA9));
    }

    [Fact]
    public void Utf8TextRejectsNullAndUnencodableText()
    {
        Assert.Throws<ArgumentNullException>(() => Demo.DemoTextCount(null!, 0));
        Assert.ThrowsAny<ArgumentException>(() => Demo.DemoTextCount("\ud800", 0));
    }

    [Fact]
    public void BytesTextIsPassedWithItsLength()
    {
        Assert.Equal(0UL, Demo.DemoBytesWeigh([]));
        Assert.Equal(3258UL, Demo.DemoBytesWeigh([1, 2, 0xFF]));
        Assert.Equal(3195UL, Demo.DemoBytesWeigh("a\0b"u8));
        var all = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        Assert.Equal(256000UL + 32640UL, Demo.DemoBytesWeigh(all));
        Assert.Equal(2003UL, Demo.DemoBytesWeigh(new byte[] { 0, 1, 2, 3 }.AsSpan(1, 2)));
    }
}
