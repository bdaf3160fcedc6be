using System.Diagnostics;
using Xunit.Abstractions;

namespace Bindgen.Tests.Parser;

/// <summary>
/// Reports how long sqlite3.h takes (goal: under 0.5 s warm); prints, never asserts on time.
/// CPU time is printed too because wall time on a loaded machine says little.
/// </summary>
public class PerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Sqlite3ParseTime()
    {
        var (coldWall, coldCpu) = Measure(out var cold);
        var (warmWall, warmCpu) = Measure(out var warm);
        output.WriteLine($"sqlite3.h cold (first in process): {coldWall:F0} ms wall, {coldCpu:F0} ms CPU");
        output.WriteLine($"sqlite3.h warm (second parse):     {warmWall:F0} ms wall, {warmCpu:F0} ms CPU " +
            $"({warm.Functions.Count} functions, {warm.Records.Count} records, {warm.Macros.Count} macros)");
        Assert.Equal(cold.Functions.Count, warm.Functions.Count);
    }

    private static (double Wall, double Cpu) Measure(out Bindgen.Model.C.CHeader header)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        header = ParserCases.System("sqlite3.h");
        var wall = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
