using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_gil_threads.py: `gil: release` is meaningless in C# (no global lock): calls run concurrently.</summary>
public class ThreadTests
{
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
}
