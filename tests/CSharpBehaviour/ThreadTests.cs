using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_gil_threads.py: `gil: release` is meaningless in C# (no global lock): calls run concurrently.</summary>
public class ThreadTests
{
    sealed class Boom(string message) : Exception(message);

    [Fact]
    public void CallsRunConcurrently()
    {
        var results = new int[4];
        var threads = Enumerable.Range(0, 4).Select(i => new Thread(() => results[i] = Demo.DemoRendezvous(4, 5000))).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.All(results, r => Assert.Equal(1, r));
    }

    [Fact]
    public void ManyThreadsWithCallbacks()
    {
        var sums = new ulong[8];
        Parallel.For(0, 8, i =>
        {
            int calls = 0;
            sums[i] = Demo.DemoBusySumProgress((ulong)(1000 + i), (_, _) => Interlocked.Increment(ref calls));
            Assert.Equal(3, calls);
        });
        for (int i = 0; i < 8; i++) Assert.Equal((ulong)(1000 + i) * (ulong)(999 + i) / 2, sums[i]);
    }

    [Fact]
    public void CallbacksFromThreadsCreatedInC()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<(int Item, int Thread)>();
        int caller = Environment.CurrentManagedThreadId;
        Assert.Equal(360L, Demo.DemoForeachThreaded([1, 2, 3, 4, 5, 6, 7, 8], item =>
        {
            seen.Add((item, Environment.CurrentManagedThreadId));
            return item * 10;
        }));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], seen.Select(s => s.Item).Order());
        Assert.All(seen, s => Assert.NotEqual(caller, s.Thread));
    }

    [Fact]
    public void ExceptionInACallbackOnACThreadIsRethrown()
    {
        Assert.Throws<Boom>(() => Demo.DemoForeachThreaded([1, 2, 3], item => item == 2 ? throw new Boom("two") : 0));
        Assert.Equal(6L, Demo.DemoForeachThreaded([1, 2, 3], item => item)); // nothing left pending
    }
}
