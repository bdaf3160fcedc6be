using System.Runtime.CompilerServices;
using DemoLib;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace CSharpBehaviour;

/// <summary>How much a C-side counter changed within a test (demo_live_objects, demo_free_count).</summary>
internal sealed class CounterDelta(Func<int> read)
{
    readonly int _start = Settle(read);

    public int Delta => read() - _start;

    /// <summary>Delta after a full garbage collection with finalizers run.</summary>
    public int SettledDelta() => Settle(read) - _start;

    public static int Settle(Func<int> read)
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return read();
    }

    public static CounterDelta LiveObjects() => new(Demo.DemoLiveObjects);
    public static CounterDelta Frees() => new(Demo.DemoFreeCount);
}

internal static class Reference
{
    public const uint FnvOffset = 2166136261;

    public static uint Fnv1a(ReadOnlySpan<byte> data)
    {
        uint h = FnvOffset;
        foreach (var b in data) h = unchecked((h ^ b) * 16777619);
        return h;
    }

    static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        uint c = (uint)n;
        for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    public static ulong Crc32(ReadOnlySpan<byte> data, ulong crc = 0)
    {
        uint c = (uint)crc ^ 0xFFFFFFFF;
        foreach (var b in data) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFF;
    }

    public static ulong Adler32(ReadOnlySpan<byte> data, ulong adler = 1)
    {
        ulong a = adler & 0xFFFF, b = adler >> 16;
        foreach (var x in data) { a = (a + x) % 65521; b = (b + a) % 65521; }
        return (b << 16) | a;
    }

    /// <summary>Half random bytes, half repetitive text (as tests/behaviour/test_zlib.py's sample).</summary>
    public static byte[] Sample(int size, int seed = 1234)
    {
        var rng = new Random(seed + size);
        var data = new byte[size];
        int half = size / 2;
        rng.NextBytes(data.AsSpan(0, size - half));
        var text = "bindgen zlib behaviour suite "u8;
        for (int i = 0; i < half; i++) data[size - half + i] = text[i % text.Length];
        return data;
    }

    public static byte[] I32s(params int[] values) => System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static WeakReference Unrooted(Func<object> make) => new(make());
}
