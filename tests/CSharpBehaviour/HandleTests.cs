using System.Runtime.CompilerServices;
using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_handles.py: SafeHandle classes, destructor exactly once (Dispose, GC), use after dispose.</summary>
public class HandleTests
{
    [Fact]
    public void ClassesAreNamedBySpecAndMethodsHavePrefixStripped()
    {
        Assert.True(typeof(DemoCounter).IsSubclassOf(typeof(System.Runtime.InteropServices.SafeHandle)));
        Assert.True(typeof(ByteBuffer).IsSubclassOf(typeof(System.Runtime.InteropServices.SafeHandle)));
        foreach (var m in new[] { "Value", "Add", "SetLimit", "Errmsg", "Clone", "SetCallback", "Equal" })
            Assert.NotNull(typeof(DemoCounter).GetMethod(m));
        foreach (var m in new[] { "Write", "Size", "Capacity", "Contents", "AdoptCounter" })
            Assert.NotNull(typeof(ByteBuffer).GetMethod(m));
        Assert.Null(typeof(Demo).GetMethod("DemoCounterValue"));
    }

    [Fact]
    public void ConstructorReturningPointer()
    {
        var live = CounterDelta.LiveObjects();
        var counter = new DemoCounter(5);
        Assert.Equal(5, counter.Value());
        Assert.Equal(1, live.Delta);
        using (var zero = new DemoCounter()) Assert.Equal(0, zero.Value());
        using (var negative = new DemoCounter(start: -3)) Assert.Equal(-3, negative.Value());
        counter.Dispose();
        Assert.Equal(0, live.SettledDelta());
    }

    [Fact]
    public void MethodsWithDefaults()
    {
        using var counter = new DemoCounter(1);
        counter.Add();
        Assert.Equal(2, counter.Value());
        counter.Add(by: 5);
        Assert.Equal(7, counter.Value());
    }

    [Fact]
    public void DisposeRunsTheDestructorOnceAndUseAfterDisposeThrows()
    {
        var live = CounterDelta.LiveObjects();
        var counter = new DemoCounter(1);
        var other = new DemoCounter(2);
        counter.Dispose();
        Assert.Equal(1, live.Delta);
        counter.Dispose();
        counter.Close();
        Assert.Equal(1, live.Delta);
        Assert.Throws<ObjectDisposedException>(() => counter.Value());
        Assert.Throws<ObjectDisposedException>(() => counter.Add(1));
        Assert.Throws<ObjectDisposedException>(() => counter.Clone());
        Assert.Throws<ObjectDisposedException>(() => other.Equal(counter));   // never passed to C
        Assert.Throws<ObjectDisposedException>(() => Demo.DemoCountersTotal(other, counter));
        other.Dispose();
        Assert.Equal(0, live.SettledDelta());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeGarbage(int n)
    {
        for (int i = 0; i < n; i++) _ = new DemoCounter(i);
    }

    [Fact]
    public void FinalizerRunsTheDestructor()
    {
        var live = CounterDelta.LiveObjects();
        MakeGarbage(1);
        MakeGarbage(2000);
        Assert.Equal(0, live.SettledDelta());
    }

    [Fact]
    public void DisposedThenCollectedIsNotDestroyedTwice()
    {
        var live = CounterDelta.LiveObjects();
        using var keep = new DemoCounter(0);
        for (int i = 0; i < 100; i++) new DemoCounter(1).Dispose();
        Assert.Equal(1, live.SettledDelta());
    }

    [Fact]
    public void HandleReturnIsANewOwnedObject()
    {
        var live = CounterDelta.LiveObjects();
        var counter = new DemoCounter(4);
        var copy = counter.Clone()!;
        Assert.NotSame(counter, copy);
        Assert.Equal(2, live.Delta);
        copy.Add(1);
        Assert.Equal((4, 5), (counter.Value(), copy.Value()));
        Assert.Equal(0, counter.Equal(copy));
        counter.Add(1);
        Assert.Equal(1, counter.Equal(copy));
        counter.Dispose();
        Assert.Equal(5, copy.Value());
        copy.Dispose();
        Assert.Equal(0, live.SettledDelta());
    }

    [Fact]
    public void ModuleFunctionReturningHandle()
    {
        var live = CounterDelta.LiveObjects();
        using (var counter = Demo.DemoParseCounter("12")!)
        {
            Assert.Equal(12, counter.Value());
            Assert.Equal(1, live.Delta);
            Assert.Throws<ParseError>(() => Demo.DemoParseCounter("x"));
            Assert.Equal(1, live.Delta);
        }
        Assert.Equal(0, live.Delta);
    }

    [Fact]
    public void HandlesAsParameters()
    {
        using var a = new DemoCounter(2);
        using var b = new DemoCounter(40);
        Assert.Equal(42L, Demo.DemoCountersTotal(a, b));
        Assert.Equal(80L, Demo.DemoCountersTotal(a: b, b: b));
        Assert.Throws<ArgumentNullException>(() => Demo.DemoCountersTotal(a, null!));
        Assert.Throws<ArgumentNullException>(() => a.Equal(null!));
    }

    [Fact]
    public void ConstructorWithOutParamAndStatus()
    {
        var live = CounterDelta.LiveObjects();
        using (var buf = new ByteBuffer(16))
        {
            Assert.Equal(1, live.Delta);
            Assert.Equal(16UL, buf.Capacity());
            Assert.Equal(0UL, buf.Size());
            Assert.Empty(buf.Contents());
            buf.Write("abc"u8);
            Assert.Equal(3UL, buf.Size());
            Assert.Equal("abc"u8.ToArray(), buf.Contents());
            buf.Write(data: "de"u8.ToArray());
            Assert.Equal("abcde"u8.ToArray(), buf.Contents());
        }
        Assert.Equal(0, live.Delta);
    }

    [Fact]
    public void ConstructorFailures()
    {
        var live = CounterDelta.LiveObjects();
        Assert.Equal(Demo.DEMO_E_RANGE, Assert.Throws<DemoError>(() => new ByteBuffer(Demo.DEMO_BUFFER_MAX + 1)).Code);
        Assert.Equal(0, live.SettledDelta());
        // C stores a buffer in *out and returns DEMO_E_INVALID: the destructor still runs.
        var e = Assert.Throws<DemoError>(() => new ByteBuffer(0));
        Assert.Equal(Demo.DEMO_E_INVALID, e.Code);
        Assert.Contains("invalid argument", e.Message);
        Assert.Equal(0, live.SettledDelta());
    }

    [Fact]
    public void MethodErrorAndAllocFromMethodExpression()
    {
        var buf = new ByteBuffer(4);
        buf.Write("abc"u8);
        Assert.Equal(Demo.DEMO_E_FULL, Assert.Throws<DemoError>(() => buf.Write("de"u8)).Code);
        Assert.Equal("abc"u8.ToArray(), buf.Contents());
        buf.Dispose();
        Assert.Throws<ObjectDisposedException>(() => buf.Contents());
        Assert.Throws<ObjectDisposedException>(() => buf.Write("x"u8));
    }

    [Fact]
    public void TransferFullMovesOwnershipToC()
    {
        var live = CounterDelta.LiveObjects();
        var buf = new ByteBuffer(4);
        var counter = new DemoCounter(1);
        Assert.Equal(2, live.Delta);
        buf.AdoptCounter(counter);
        Assert.Equal(2, live.Delta);
        Assert.Throws<ObjectDisposedException>(() => counter.Value());
        counter.Dispose();                       // must not destroy what C owns now
        Assert.Equal(2, live.SettledDelta());
        buf.Dispose();                           // destroys the buffer and the adopted counter
        Assert.Equal(0, live.Delta);
    }
}
