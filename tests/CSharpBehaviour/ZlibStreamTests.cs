using System.IO.Compression;
using Zlibbind;
using Z = Zlibbind.Zlibbind;

namespace CSharpBehaviour;

/// <summary>Mirrors the streaming part of test_zlib.py: Compressor/Decompressor over a z_stream (spec extensions type/allocate/stream).</summary>
public class ZlibStreamTests
{
    const int NoFlush = 0, SyncFlush = 2, Finish = 4;

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
        using (var z = new ZLibStream(output, CompressionLevel.Optimal)) z.Write(data);
        return output.ToArray();
    }

    static byte[] StreamCompress(byte[] data, int piece, int level = -1)
    {
        using var c = new Compressor(level);
        var output = new MemoryStream();
        for (int i = 0; i < data.Length; i += piece) output.Write(c.Deflate(data.AsSpan(i, Math.Min(piece, data.Length - i))));
        output.Write(c.Deflate([], Finish));
        return output.ToArray();
    }

    public static IEnumerable<object[]> Cases()
    {
        foreach (var size in new[] { 0, 1, 1000, 1_000_000, 10 * 1024 * 1024 })
            foreach (var piece in new[] { 1, 1000, 65536, int.MaxValue })
                if (piece != 1 || size <= 1000) yield return [size, piece];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CompressInPieces(int size, int piece)
    {
        var data = Reference.Sample(size, seed: 11);
        Assert.Equal(data, Inflate(StreamCompress(data, piece)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DecompressOtherOutputInPieces(int size, int piece)
    {
        var data = Reference.Sample(size, seed: 12);
        var compressed = Deflate(data);
        if (piece == 1 && compressed.Length > 20_000) return;
        using var d = new Decompressor();
        var output = new MemoryStream();
        for (int i = 0; i < compressed.Length; i += piece)
            output.Write(d.Inflate(compressed.AsSpan(i, Math.Min(piece, compressed.Length - i))));
        Assert.Equal(data, output.ToArray());
    }

    [Fact]
    public void RoundTripThroughBothClassesAndLevels()
    {
        var data = Reference.Sample(300_000, seed: 13);
        foreach (var level in new[] { 0, 1, 9, -1 })
        {
            var compressed = StreamCompress(data, 7777, level);
            using var d = new Decompressor();
            Assert.Equal(data, d.Inflate(compressed, Finish));
        }
    }

    [Fact]
    public void SyncFlushIsDecodableAndEmptyInputIsNotAnError()
    {
        using var c = new Compressor();
        var part = c.Deflate("hello streaming world"u8, SyncFlush);
        using var inflater = new ZLibStream(new MemoryStream(part), CompressionMode.Decompress);
        var buffer = new byte[100];
        int n = inflater.ReadAtLeast(buffer, 21, throwOnEndOfStream: false);
        Assert.Equal("hello streaming world"u8.ToArray(), buffer.AsSpan(0, n).ToArray());
        Assert.Empty(c.Deflate([], NoFlush));   // Z_BUF_ERROR: no progress possible, not a failure
        using var d = new Decompressor();
        Assert.Empty(d.Inflate([]));
    }

    [Fact]
    public void DisposeAndUseAfterDispose()
    {
        var c = new Compressor();
        c.Deflate("abc"u8);
        c.Dispose();
        c.Dispose();                            // the destructor ran once
        Assert.Throws<ObjectDisposedException>(() => c.Deflate("abc"u8));
        var d = new Decompressor();
        Assert.Equal("xyz"u8.ToArray(), d.Inflate(Deflate("xyz"u8.ToArray())));
        d.Dispose();
        Assert.Throws<ObjectDisposedException>(() => d.Inflate([]));
    }

    [Fact]
    public void CorruptInputIsDataError()
    {
        using var d = new Decompressor();
        var e = Assert.Throws<ZlibError>(() => d.Inflate("this is not a zlib stream at all"u8));
        Assert.Equal(Z.Z_DATA_ERROR, e.Code);
        Assert.Contains("data error", e.Message);
    }

    [Fact]
    public void BadLevelFailsInTheConstructor()
    {
        var e = Assert.Throws<ZlibError>(() => new Compressor(42));
        Assert.Equal(Z.Z_STREAM_ERROR, e.Code);
    }

    [Fact]
    public void ManyObjectsAreReleased()
    {
        for (int i = 0; i < 2000; i++)
        {
            var c = new Compressor();
            c.Deflate("xxxxxxxxxx"u8);
            if (i % 2 == 1) c.Dispose();
            _ = new Decompressor();
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    [Fact]
    public void Concurrent()
    {
        var results = new bool[8];
        Parallel.For(0, results.Length, i =>
        {
            var data = Reference.Sample(300_000, seed: 40 + i);
            using var d = new Decompressor();
            results[i] = d.Inflate(StreamCompress(data, 65536)).AsSpan().SequenceEqual(data);
        });
        Assert.All(results, Assert.True);
    }

    [Fact]
    public void OneObjectFromTwoThreadsNeverCrashes()
    {
        // A second stream call on an object while one runs throws InvalidOperationException; overlap depends on scheduling.
        using var c = new Compressor();
        var data = Reference.Sample(2_000_000, seed: 50);
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8, _ =>
        {
            for (int k = 0; k < 5; k++)
            {
                try { c.Deflate(data); outcomes.Add("bytes"); }
                catch (InvalidOperationException e) when (e.Message.Contains("in use")) { outcomes.Add("busy"); }
            }
        });
        Assert.Contains("bytes", outcomes);
    }
}
