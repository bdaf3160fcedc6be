using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_strings.py: UTF-8 both ways, bytes, NUL, nullable, borrowed vs owned (freed once).</summary>
public class StringTests
{
    [Fact]
    public void Utf8In()
    {
        Assert.Equal(0UL, Demo.DemoStrlenUtf8(""));
        Assert.Equal(5UL, Demo.DemoStrlenUtf8("hello"));
        Assert.Equal(6UL, Demo.DemoStrlenUtf8("héllo"));
        Assert.Equal(4UL, Demo.DemoStrlenUtf8("€a"));
        Assert.Equal(4UL, Demo.DemoStrlenUtf8("🙂"));
    }

    [Fact]
    public void BytesIn()
    {
        Assert.Equal(3UL, Demo.DemoBytesLen([1, 2, 0xFF]));
        Assert.Equal(0UL, Demo.DemoBytesLen([]));
    }

    [Fact]
    public void EmbeddedNulIsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Demo.DemoStrlenUtf8("a\0b"));
        Assert.Throws<ArgumentException>(() => Demo.DemoBytesLen([1, 0, 2]));
    }

    [Fact]
    public void NullWhereNotNullableIsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Demo.DemoStrlenUtf8(null!));
        Assert.Throws<ArgumentNullException>(() => Demo.DemoBytesLen(null!));
    }

    [Fact]
    public void BorrowedReturnsAreNeverFreed()
    {
        var frees = CounterDelta.Frees();
        Assert.Equal("1.2.3", Demo.DemoVersion());
        Assert.Equal(Demo.DEMO_VERSION, Demo.DemoVersion());
        Assert.Equal("buffer too small", Demo.DemoStrerror(Demo.DEMO_E_SMALL));
        Assert.Equal(new byte[] { (byte)'d', 0xE9, (byte)'m', (byte)'o', 0xFF }, Demo.DemoRawBytes());
        Assert.Equal(0, frees.Delta);
    }

    [Fact]
    public void OwnedReturnIsCopiedThenFreedExactlyOnce()
    {
        var frees = CounterDelta.Frees();
        Assert.Equal("Hello, Ada!", Demo.DemoGreet("Ada"));
        Assert.Equal(1, frees.Delta);
        Assert.Equal("Hello, world!", Demo.DemoGreet());       // nullable, default null
        Assert.Equal("Hello, world!", Demo.DemoGreet(null));
        Assert.Equal("Hello, Zoë!", Demo.DemoGreet("Zoë"));
        Assert.Equal(4, frees.Delta);
    }

    [Fact]
    public void OwnedOutStringIsFreedExactlyOnce()
    {
        var frees = CounterDelta.Frees();
        Demo.DemoDescribe(4, out var even);
        Demo.DemoDescribe(7, out var odd);
        Assert.Equal("4 is even", even);
        Assert.Equal("7 is odd", odd);
        Assert.Equal(2, frees.Delta);
        var e = Assert.Throws<DemoError>(() => Demo.DemoDescribe(-1, out _));
        Assert.Equal(Demo.DEMO_E_RANGE, e.Code);
        Assert.Equal(2, frees.Delta);   // *text was NULL: nothing to free
    }
}
