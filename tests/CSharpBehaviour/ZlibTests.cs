using System.IO.Compression;
using Zlibbind;
using Z = Zlibbind.Zlibbind;

namespace CSharpBehaviour;

/// <summary>Mirrors test_zlib.py against the real libz.so.1, checked with System.IO.Compression and reference checksums.</summary>
public class ZlibTests
{
    static byte[] Inflate(byte[] compressed)
    {
        using var input = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    static byte[] Deflate(byte[] data)
    {
        var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.SmallestSize)) z.Write(data);
        return output.ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(65536)]
    [InlineData(1_000_000)]
    [InlineData(10 * 1024 * 1024)]
    public void Compress2UncompressRoundTrip(int size)
    {
        var data = Reference.Sample(size);
        var compressed = Z.Compress2(data, 6);
        Assert.True((ulong)compressed.Length <= Z.CompressBound((ulong)size));
        Assert.Equal(data, Inflate(compressed));
        var output = new byte[size];
        Assert.Equal(size, Z.Uncompress(output, compressed));   // the produced length
        Assert.Equal(data, output);
    }

    [Fact]
    public void UncompressOfOtherOutputIntoALargerBuffer()
    {
        var data = Reference.Sample(100_000, seed: 7);
        var output = new byte[data.Length + 10];
        Assert.Equal(data.Length, Z.Uncompress(dest: output, source: Deflate(data)));
        Assert.Equal(data, output.AsSpan(0, data.Length).ToArray());
    }

    [Fact]
    public void LevelsDefaultAndCompress()
    {
        var data = Reference.Sample(20_000);
        foreach (var level in new[] { 0, 1, 9, -1 }) Assert.Equal(data, Inflate(Z.Compress2(data, level)));
        Assert.Equal(data, Inflate(Z.Compress2(data)));
        Assert.Equal(Z.Compress(data), Z.Compress2(data, Z.Z_DEFAULT_COMPRESSION));
    }

    [Fact]
    public void InvalidLevelIsStreamError()
    {
        var e = Assert.Throws<ZlibError>(() => Z.Compress2("data"u8, 42));
        Assert.Equal(Z.Z_STREAM_ERROR, e.Code);
        Assert.Equal(Z.ZError(-2), e.Message);
    }

    [Fact]
    public void GarbageIsDataError()
    {
        var e = Assert.Throws<ZlibError>(() => Z.Uncompress(new byte[100], "this is not zlib data"u8));
        Assert.Equal(Z.Z_DATA_ERROR, e.Code);
        Assert.Equal("data error", e.Message);
        var small = Assert.Throws<ZlibError>(() => Z.Uncompress(new byte[10], Z.Compress(new byte[1000])));
        Assert.Equal(Z.Z_BUF_ERROR, small.Code);
    }

    [Fact]
    public void ChecksumsMatchKnownValues()
    {
        var fox = "The quick brown fox jumps over the lazy dog"u8;
        Assert.Equal(0x414FA339UL, Z.Crc32(0, fox));
        Assert.Equal(0x5BDC0FDAUL, Z.Adler32(1, fox));
        Assert.Equal(0UL, Z.Crc32(0, []));
        Assert.Equal(1UL, Z.Adler32(1, []));
        Assert.Equal(Z.Crc32(0, "hello world"u8), Z.Crc32(Z.Crc32(0, "hello "u8), "world"u8));
        var big = new byte[10 * 1024 * 1024];
        for (int i = 0; i < big.Length; i++) big[i] = (byte)(i * 7 % 251);
        Assert.Equal(0x9D2D1457UL, Z.Crc32(0, big));
        Assert.Equal(0xEE7F8FF5UL, Z.Adler32(1, big));
        var sample = Reference.Sample(1 << 20, seed: 99);
        Assert.Equal(Reference.Crc32(sample), Z.Crc32(0, sample));
        Assert.Equal(Reference.Adler32(sample), Z.Adler32(1, sample));
    }

    [Fact]
    public void VersionAndConstants()
    {
        Assert.StartsWith("1.", Z.ZlibVersion());
        Assert.Equal(0, Z.Z_OK);
        Assert.Equal("data error", Z.ZError(Z.Z_DATA_ERROR));
        Assert.False(string.IsNullOrEmpty(Z.ZLIB_VERSION));
    }
}
