using X = Lzmabind.Lzmabind;

namespace CSharpBehaviour;

/// <summary>Mirrors reallibs/test_lzma.py against the real liblzma.so.5 (examples/lzma).</summary>
public class RealLibLzmaTests
{
    [Fact]
    public void EncodeDecodeRoundTrip()
    {
        var data = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("hello xz ", 1000)));
        var packed = X.LzmaEasyBufferEncode(6, 4, data);   // preset 6, LZMA_CHECK_CRC64
        Assert.True((ulong)packed.Length <= X.LzmaStreamBufferBound((ulong)data.Length));
        var output = new byte[data.Length + 5];
        ulong memlimit = 1UL << 30, inPos = 0;
        Assert.Equal(data.Length, X.LzmaStreamBufferDecode(ref memlimit, 0, packed, ref inPos, output));
        Assert.Equal((ulong)packed.Length, inPos);
        Assert.Equal(data, output.AsSpan(0, data.Length).ToArray());
    }

    [Fact]
    public void GarbageRaisesFormatError()
    {
        ulong memlimit = 1UL << 30, inPos = 0;
        var e = Assert.Throws<Lzmabind.LzmaError>(() => X.LzmaStreamBufferDecode(ref memlimit, 0, "not xz at all"u8, ref inPos, new byte[100]));
        Assert.Equal(7, e.Code);   // LZMA_FORMAT_ERROR
    }

    [Fact]
    public void Checksums()
    {
        Assert.Equal(0xCBF43926u, X.LzmaCrc32("123456789"u8));
        Assert.Equal(0x995DC9BBDF1939FAul, X.LzmaCrc64("123456789"u8));
        Assert.StartsWith("5.", X.LzmaVersionString());
    }
}
