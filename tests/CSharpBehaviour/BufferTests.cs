using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_buffers.py: ReadOnlySpan in (no copy), Span out/inout, length units, alloc, produced, nullable.</summary>
public class BufferTests
{
    static readonly byte[] Data = "The quick brown fox jumps over the lazy dog"u8.ToArray();

    [Fact]
    public void ChecksumKnownValues()
    {
        Assert.Equal(2166136261u, Demo.DemoChecksum([]));
        Assert.Equal(0xE40C292Cu, Demo.DemoChecksum("a"u8));
        Assert.Equal(0xBF9CF968u, Demo.DemoChecksum("foobar"u8));
        Assert.Equal(Reference.Fnv1a(Data), Demo.DemoChecksum(Data));
        Assert.Equal(Reference.Fnv1a(Data.AsSpan(4, 5)), Demo.DemoChecksum(Data.AsSpan(4, 5)));  // a slice, no copy
    }

    [Fact]
    public void ZeroLengthBuffers()
    {
        Assert.Equal(2166136261u, Demo.DemoChecksum(default));
        Assert.Equal(0.0, Demo.DemoSumDoubles([]));
        Assert.Equal(0L, Demo.DemoSumI32([]));
        Assert.Equal(0UL, Demo.DemoStats([], out var min, out var max));
        Assert.Equal((0, 0), (min, max));
        Assert.Empty(Demo.DemoRepeat([], 5));
        Assert.Equal(0, Demo.DemoFill([], 0, 0));
        Demo.DemoXorInplace([], 1);
    }

    [Fact]
    public void LengthUnits()
    {
        Assert.Equal(3.0, Demo.DemoSumDoubles([1.0, 2.5, -0.5]));   // length_unit: bytes
        Assert.Equal(2L, Demo.DemoSumI32([1, -2, 3]));              // length_unit: items
        Assert.Equal(499500L, Demo.DemoSumI32(Enumerable.Range(0, 1000).ToArray()));
        Assert.Equal(((long)int.MaxValue) * 2, Demo.DemoSumI32([int.MaxValue, int.MaxValue]));
    }

    [Fact]
    public void NullableBuffer()
    {
        Assert.Equal(-1L, Demo.DemoNullableLen(null));      // null / default span: NULL
        Assert.Equal(-1L, Demo.DemoNullableLen(default));
        Assert.Equal(0L, Demo.DemoNullableLen(Array.Empty<byte>()));  // an empty array is not NULL
        Assert.Equal(3L, Demo.DemoNullableLen("abc"u8));
    }

    [Fact]
    public void BufferWithNegativeError()
    {
        Assert.Equal(2, Demo.DemoIndexOf("hello"u8, (byte)'l'));
        Assert.Equal(0, Demo.DemoIndexOf("hello"u8, needle: (byte)'h'));
        Assert.Throws<DemoIndexError>(() => Demo.DemoIndexOf("hello"u8, (byte)'z'));
    }

    [Fact]
    public void CallerBufferReturnsProducedLength()
    {
        var buf = new byte[8];
        Assert.Equal(3, Demo.DemoFill(buf, 0x41, 3));
        Assert.Equal("AAA\0\0\0\0\0"u8.ToArray(), buf);
        var exact = new byte[3];
        Assert.Equal(3, Demo.DemoFill(out_: exact, value_: 0x42, count: 3));
        Assert.Equal("BBB"u8.ToArray(), exact);
        Span<byte> stack = stackalloc byte[4];
        Assert.Equal(2, Demo.DemoFill(stack, 7, 2));
        Assert.Equal(7, stack[1]);
    }

    [Fact]
    public void CallerBufferTooSmallRaisesWithCode()
    {
        var buf = new byte[2];
        var e = Assert.Throws<DemoError>(() => Demo.DemoFill(buf, 0x41, 3));
        Assert.Equal(Demo.DEMO_E_SMALL, e.Code);
        Assert.Contains("buffer too small", e.Message);
        Assert.Equal(new byte[2], buf);
    }

    [Fact]
    public void AllocReturnsBytesTrimmedToProducedLength()
    {
        Assert.Equal("abcabcabc"u8.ToArray(), Demo.DemoRepeat("abc"u8, 3));
        Assert.Equal("x"u8.ToArray(), Demo.DemoRepeat("x"u8, 1));
        Assert.Empty(Demo.DemoRepeat("abc"u8, 0));
        var big = Demo.DemoRepeat(Data, 1000);
        Assert.Equal(Data.Length * 1000, big.Length);
        Assert.Equal(DemoLib.Demo.DemoChecksum(big), Reference.Fnv1a(big));
    }

    [Fact]
    public void AllocReadsTheInputBuffer()
    {
        // alloc: "demo_frame_size(src, src_len)": the output is sized from the input's header byte, before the call.
        Assert.Equal(6UL, Demo.DemoFrameSize("\u0003ab"u8));
        Assert.Equal("ababab"u8.ToArray(), Demo.DemoUnframe("\u0003ab"u8));
        Assert.Equal("xyzxyz"u8.ToArray(), Demo.DemoUnframe("\u0002xyz"u8));
        Assert.Empty(Demo.DemoUnframe("\u0000abc"u8));
        Assert.Empty(Demo.DemoUnframe("\u0005"u8));
    }

    [Fact]
    public void AllocOfAnErrorSizeIsOutOfMemory()
    {
        // An empty frame: demo_frame_size returns DEMO_FRAME_ERROR, (size_t)-1, which no array can have.
        Assert.Equal(Demo.DEMO_FRAME_ERROR, Demo.DemoFrameSize([]));
        var e = Assert.Throws<OutOfMemoryException>(() => Demo.DemoUnframe([]));
        Assert.Contains("cannot allocate 18446744073709551615 bytes", e.Message);
    }

    [Fact]
    public void ProducedParamAndKeptStatus()
    {
        Assert.Equal("abcd"u8.ToArray(), Demo.DemoCopyProduced("abcdef"u8, out var status));
        Assert.Equal(Demo.DEMO_MORE, status);
        Assert.Equal("ab"u8.ToArray(), Demo.DemoCopyProduced("ab"u8, out status));
        Assert.Equal(Demo.DEMO_OK, status);
        Assert.Empty(Demo.DemoCopyProduced([], out status));
        Assert.Equal(Demo.DEMO_OK, status);
    }

    [Fact]
    public void InoutBufferIsModifiedInPlace()
    {
        var data = "abc"u8.ToArray();
        Demo.DemoXorInplace(data, 0x20);
        Assert.Equal("ABC"u8.ToArray(), data);
        Demo.DemoXorInplace(data.AsSpan(1), 0x20);
        Assert.Equal("Abc"u8.ToArray(), data);
    }

    [Fact]
    public void LargeBufferIsNotCopied()
    {
        var big = new byte[100 * 1024 * 1024];
        long before = GC.GetAllocatedBytesForCurrentThread();
        var hash = Demo.DemoChecksum(big);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 1024 * 1024, $"allocated {allocated} bytes");
        uint expected = Reference.FnvOffset;
        for (int i = 0; i < big.Length; i++) expected = unchecked(expected * 16777619);
        Assert.Equal(expected, hash);
    }
}
