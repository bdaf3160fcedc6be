using System.Runtime.CompilerServices;
using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_callbacks.py: scope call and forever, lifetime, exceptions re-thrown, const char* parameters.</summary>
public class CallbackTests
{
    sealed class Boom(string message) : Exception(message);

    [Fact]
    public void ScopeCallVisitsEveryItem()
    {
        var seen = new List<int>();
        Assert.Equal(3, Demo.DemoForeach([1, 2, 3], item => { seen.Add(item); return 0; }));
        Assert.Equal([1, 2, 3], seen);
    }

    [Fact]
    public void ReturnValueReachesC()
    {
        var seen = new List<int>();
        Assert.Equal(2, Demo.DemoForeach(items: [1, 2, 3, 4], fn: item => { seen.Add(item); return item == 2 ? 1 : 0; }));
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public void NoItemsNeverCalls()
    {
        int calls = 0;
        Assert.Equal(0, Demo.DemoForeach([], _ => { calls++; return 0; }));
        Assert.Equal(0, calls);
        var extremes = new List<int>();
        Demo.DemoForeach([int.MinValue, int.MaxValue], i => { extremes.Add(i); return 0; });
        Assert.Equal([int.MinValue, int.MaxValue], extremes);
    }

    [Fact]
    public void MethodGroupsAndLambdasAreAccepted()
    {
        static int Zero(int _) => 0;
        Assert.Equal(2, Demo.DemoForeach([7, 8], Zero));
        DemoVisitFn fn = Zero;
        Assert.Equal(2, Demo.DemoForeach([7, 8], fn));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference CallWithTemporaryCallable()
    {
        var target = new object();
        DemoVisitFn fn = _ => target.GetHashCode() & 0;
        Demo.DemoForeach([1, 2], fn);
        return new WeakReference(target);
    }

    [Fact]
    public void ScopeCallDoesNotKeepTheCallable()
    {
        var weak = CallWithTemporaryCallable();
        CounterDelta.Settle(() => 0);
        Assert.False(weak.IsAlive);
    }

    [Fact]
    public void ExceptionInCallbackIsRethrownFromTheCall()
    {
        var e = Assert.Throws<Boom>(() => Demo.DemoForeach([5, 6], item => throw new Boom($"item {item}")));
        Assert.StartsWith("item 5", e.Message);
        Assert.Throws<KeyNotFoundException>(() => Demo.DemoForeach([1], _ => throw new KeyNotFoundException()));
        Assert.Equal(2, Demo.DemoForeach([1, 2], _ => 0));   // nothing left pending
        Assert.Throws<Boom>(() => Demo.DemoForeach([1, 2, 3], i => i == 3 ? throw new Boom("three") : 0));
    }

    [Fact]
    public void NullCallbackWhereNotNullable()
    {
        Assert.Throws<ArgumentNullException>(() => Demo.DemoForeach([1], null!));
    }

    [Fact]
    public void ConstCharParameterArrivesAsString()
    {
        var calls = new List<(string?, ulong)>();
        Assert.Equal(4950UL, Demo.DemoBusySumProgress(100, (stage, done) => calls.Add((stage, done))));
        Assert.Equal([("start", 0UL), ("half", 50UL), ("done", 100UL)], calls);
        Assert.Throws<Boom>(() => Demo.DemoBusySumProgress(10, (stage, _) => { if (stage == "half") throw new Boom(stage); }));
    }

    [Fact]
    public void ScopeForeverOutlivesTheCallersReference()
    {
        var events = new List<int>();
        using var counter = new DemoCounter(5);
        counter.SetCallback(v => events.Add(v));
        CounterDelta.Settle(() => 0);
        counter.Add();
        counter.Add(2);
        Assert.Equal([6, 8], events);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static (DemoCounter, WeakReference) CounterWithCallback(List<int> sink)
    {
        var target = new List<int>();
        var counter = new DemoCounter(0);
        counter.SetCallback(v => { target.Add(v); sink.Add(v); });
        return (counter, new WeakReference(target));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference DroppedCounterWithCallback()
    {
        var (_, weak) = CounterWithCallback([]);
        return weak;
    }

    [Fact]
    public void ScopeForeverIsKeptByTheHandleThenReleasedWithIt()
    {
        var sink = new List<int>();
        var (counter, weak) = CounterWithCallback(sink);
        CounterDelta.Settle(() => 0);
        Assert.True(weak.IsAlive);          // kept alive by the handle
        counter.Add(3);
        Assert.Equal([3], sink);
        counter.Dispose();
        CounterDelta.Settle(() => 0);
        Assert.False(weak.IsAlive);         // released with the handle

        var live = CounterDelta.LiveObjects();
        var dropped = DroppedCounterWithCallback();
        Assert.Equal(0, live.SettledDelta());   // a handle and its callback do not keep each other alive
        Assert.False(dropped.IsAlive);
    }

    [Fact]
    public void ScopeForeverReplaceAndClear()
    {
        var first = new List<int>();
        var second = new List<int>();
        using var counter = new DemoCounter(0);
        counter.SetCallback(first.Add);
        counter.Add();
        counter.SetCallback(second.Add);
        counter.Add();
        counter.SetCallback(null);
        counter.Add();
        Assert.Equal([1], first);
        Assert.Equal([2], second);
        Assert.Equal(3, counter.Value());
    }

    [Fact]
    public void ExceptionInForeverCallbackIsRethrownFromTheMethodThatRanIt()
    {
        using var counter = new DemoCounter(0);
        counter.SetCallback(v => throw new Boom($"value {v}"));
        var e = Assert.Throws<Boom>(() => counter.Add(4));
        Assert.Equal("value 4", e.Message);
        Assert.Equal(4, counter.Value());   // nothing left pending
    }
}
