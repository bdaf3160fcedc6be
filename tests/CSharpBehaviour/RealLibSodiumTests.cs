using System.Security.Cryptography;
using S = Sodiumbind.Sodiumbind;

namespace CSharpBehaviour;

/// <summary>Mirrors reallibs/test_sodium.py against the real libsodium.so.23 (examples/sodium).</summary>
public class RealLibSodiumTests
{
    public RealLibSodiumTests() => Assert.InRange(S.SodiumInit(), 0, 1);

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(256_000)]
    public void Sha256MatchesDotnet(int size)
    {
        var data = new byte[size];
        for (int i = 0; i < size; i++) data[i] = (byte)(i * 7);
        var digest = S.CryptoHashSha256(data);
        Assert.Equal(32, digest.Length);
        Assert.Equal(SHA256.HashData(data), digest);
    }

    [Fact]
    public void SecretboxRoundTripAndForgery()
    {
        var key = Enumerable.Repeat((byte)'k', (int)S.CryptoSecretboxKeybytes()).ToArray();
        var nonce = Enumerable.Repeat((byte)'n', (int)S.CryptoSecretboxNoncebytes()).ToArray();
        var message = "attack at dawn"u8.ToArray();
        var box = S.CryptoSecretboxEasy(message, nonce, key);
        Assert.Equal(message.Length + (int)S.CryptoSecretboxMacbytes(), box.Length);
        Assert.Equal(message, S.CryptoSecretboxOpenEasy(box, nonce, key));
        box[0] ^= 1;
        var e = Assert.Throws<Sodiumbind.SodiumError>(() => S.CryptoSecretboxOpenEasy(box, nonce, key));
        Assert.Equal(-1, e.Code);
    }

    [Fact]
    public void RandombytesFillTheBuffer()
    {
        var a = new byte[64];
        var b = new byte[64];
        S.RandombytesBuf(a);
        S.RandombytesBuf(b);
        Assert.NotEqual(a, b);
        Assert.NotEqual(new byte[64], a);
        Assert.Equal(0, S.SodiumMemcmp(a, a));
        Assert.Equal(-1, S.SodiumMemcmp(a, b));
    }

    [Fact]
    public void GenerichashBadSizeRaises()
    {
        var e = Assert.Throws<Sodiumbind.SodiumError>(() => S.CryptoGenerichash(new byte[1000], "m"u8, default));
        Assert.Equal(-1, e.Code);
        S.CryptoGenerichash(new byte[32], "m"u8, default);   // an empty span is NULL: no key
    }
}
