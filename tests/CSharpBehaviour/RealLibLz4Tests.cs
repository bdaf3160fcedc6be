using L = Lz4bind.Lz4bind;

namespace CSharpBehaviour;

/// <summary>Mirrors reallibs/test_lz4.py against the real liblz4.so.1 (examples/lz4).</summary>
public class RealLibLz4Tests
{
    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(1_000_000)]
    public void RoundTrip(int size)
    {
        var data = new byte[size];
        for (int i = 0; i < size; i++) data[i] = (byte)(i % 3 == 0 ? 'a' : i * 7 % 251);
        var block = L.Lz4CompressDefault(data, out var n);   // the produced size comes back separately
        Assert.Equal(L.Lz4CompressBound(size), block.Length);
        Assert.InRange(n, 1, block.Length);
        var output = new byte[size];
        Assert.Equal(size, L.Lz4DecompressSafe(block.AsSpan(0, n), output));
        Assert.Equal(data, output);
    }

    [Fact]
    public void VersionAndBound()
    {
        Assert.Equal(L.LZ4_VERSION_NUMBER, L.Lz4VersionNumber());
        Assert.Equal(L.LZ4_VERSION_STRING, L.Lz4VersionString());
        Assert.Equal(16, L.Lz4CompressBound(0));
        Assert.Equal(0, L.Lz4CompressBound(L.LZ4_MAX_INPUT_SIZE + 1));
    }

    [Fact]
    public void GarbageIsAnError()
    {
        var e = Assert.Throws<Lz4bind.LZ4Error>(() => L.Lz4DecompressSafe(Enumerable.Repeat((byte)0xff, 64).ToArray(), new byte[100]));
        Assert.True(e.Code < 0);
    }
}
