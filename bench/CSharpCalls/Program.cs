using System.Diagnostics;
using BenchLib;
using Bindgen.Bench.Calls;

// Per-call time of the five shapes, generated bindings vs hand-written [LibraryImport]: a Stopwatch loop
// after a warm-up (tiered JIT), min and median over R repeats of N calls, as one JSON object.
// Results are checked first. usage: bench-csharp-calls [R] [N]
int repeats = args.Length > 0 ? int.Parse(args[0]) : 25;
int calls = args.Length > 1 ? int.Parse(args[1]) : 200_000;
var buf = new byte[1024];
for (int i = 0; i < buf.Length; i++) buf[i] = (byte)(i * 7 + 3);
int expectSum = 0;
foreach (var b in buf) expectSum += b;
using var counter = new Counter(5);
using var handCounter = new HandCounter(5);

Check(Bench.BlNoargs() == 42 && Hand.bl_noargs() == 42, "noargs");
Check(Bench.BlAdd(1, 2) == 3 && Hand.bl_add(1, 2) == 3, "add");
Check(Bench.BlChecksum(buf) == expectSum && Hand.Checksum(buf) == expectSum, "buffer_in");
Check(Bench.BlCopyOut().AsSpan().SequenceEqual(Hand.CopyOut()) && Bench.BlCopyOut()[1] == 38, "alloc_out");
Check(counter.Get() == 5 && handCounter.Get() == 5, "method");

var shapes = new (string Name, Func<int, long> Generated, Func<int, long> Hand)[]
{
    ("noargs", n => { long s = 0; for (int i = 0; i < n; i++) s += Bench.BlNoargs(); return s; },
               n => { long s = 0; for (int i = 0; i < n; i++) s += Hand.bl_noargs(); return s; }),
    ("add", n => { long s = 0; for (int i = 0; i < n; i++) s += Bench.BlAdd(i, 2); return s; },
            n => { long s = 0; for (int i = 0; i < n; i++) s += Hand.bl_add(i, 2); return s; }),
    ("buffer_in", n => { long s = 0; for (int i = 0; i < n; i++) s += Bench.BlChecksum(buf); return s; },
                  n => { long s = 0; for (int i = 0; i < n; i++) s += Hand.Checksum(buf); return s; }),
    ("alloc_out", n => { long s = 0; for (int i = 0; i < n; i++) s += Bench.BlCopyOut()[7]; return s; },
                  n => { long s = 0; for (int i = 0; i < n; i++) s += Hand.CopyOut()[7]; return s; }),
    ("method", n => { long s = 0; for (int i = 0; i < n; i++) s += counter.Get(); return s; },
               n => { long s = 0; for (int i = 0; i < n; i++) s += handCounter.Get(); return s; }),
};

var parts = new List<string>();
foreach (var (name, gen, hand) in shapes)
{
    var (g, h) = Measure(gen, hand);
    parts.Add($"\"{name}\": {{\"generated\": {Json(g, AllocatedPerCall(gen))}, \"hand\": {Json(h, AllocatedPerCall(hand))}}}");
}
Console.WriteLine("{\"variant\": \"csharp\", \"mode\": \"wall\", \"runtime\": \".NET " + Environment.Version + "\", \"results\": {" + string.Join(", ", parts) + "}}");
return 0;

// The two loops alternate repeat by repeat, so a collection or a busy moment on the machine hits both alike
// (measured one after the other, the allocating shape's min differed by 40% between identical loops).
((double Min, double Median), (double Min, double Median)) Measure(Func<int, long> first, Func<int, long> second)
{
    long sink = 0;
    for (int w = 0; w < 3; w++) sink += first(calls) + second(calls);   // warm-up: tier-1 JIT
    var a = new double[repeats];
    var b = new double[repeats];
    var sw = new Stopwatch();
    for (int r = 0; r < repeats; r++)
    {
        sw.Restart();
        sink += first(calls);
        a[r] = sw.Elapsed.TotalNanoseconds / calls;
        sw.Restart();
        sink += second(calls);
        b[r] = sw.Elapsed.TotalNanoseconds / calls;
    }
    GC.KeepAlive(sink);
    return (MinMedian(a), MinMedian(b));
}

(double Min, double Median) MinMedian(double[] times)
{
    Array.Sort(times);
    return (times[0], times[times.Length / 2]);
}

// Managed bytes allocated per call (the GC's own count for this thread): what a shape costs the GC.
double AllocatedPerCall(Func<int, long> loop)
{
    long before = GC.GetAllocatedBytesForCurrentThread();
    GC.KeepAlive(loop(calls));
    return (double)(GC.GetAllocatedBytesForCurrentThread() - before) / calls;
}

static string Json((double Min, double Median) t, double allocated) =>
    FormattableString.Invariant($"{{\"min_ns\": {t.Min:F2}, \"median_ns\": {t.Median:F2}, \"alloc_bytes\": {allocated:F1}}}");

static void Check(bool ok, string what)
{
    if (!ok) throw new InvalidOperationException($"C# bench: {what} returned a wrong result");
}

