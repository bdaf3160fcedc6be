using System.Runtime.InteropServices;

namespace Bindgen.Bench.Calls;

/// <summary>The bench library declared by hand, the way a careful C# developer writes it.</summary>
static unsafe partial class Hand
{
    const string Lib = "libbench.so";

    [LibraryImport(Lib)] public static partial int bl_noargs();
    [LibraryImport(Lib)] public static partial int bl_add(int a, int b);
    [LibraryImport(Lib)] public static partial int bl_checksum(byte* data, nuint len);
    [LibraryImport(Lib)] public static partial void bl_copy_out(byte* dest, nuint len);
    [LibraryImport(Lib)] public static partial nint bl_counter_new(int start);
    [LibraryImport(Lib)] public static partial void bl_counter_free(nint c);
    [LibraryImport(Lib)] public static partial int bl_counter_get(HandCounter c);

    public static int Checksum(ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data) return bl_checksum(p, (nuint)data.Length);
    }

    public static byte[] CopyOut()
    {
        var b = new byte[1024];
        fixed (byte* p = b) bl_copy_out(p, (nuint)b.Length);
        return b;
    }
}

/// <summary>A hand-written SafeHandle for bl_counter.</summary>
sealed class HandCounter : SafeHandle
{
    public HandCounter() : base(0, true) { }
    public HandCounter(int start) : base(0, true) => SetHandle(Hand.bl_counter_new(start));
    public override bool IsInvalid => handle == 0;
    protected override bool ReleaseHandle() { Hand.bl_counter_free(handle); return true; }
    public int Get() => Hand.bl_counter_get(this);
}
