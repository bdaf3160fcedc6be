// The C# bad-input matrix runner (tests/reliability/csharp/run_matrix.py starts it):
//   CsMatrix gen CASES.jsonl OUT.cs MODULE_CLASS   write the cases as C# calls (reflection over the bindings)
//   CsMatrix run CASES.jsonl START                 run cases START.. in order: "START i", then PASS/FAIL/SKIP lines
// A crash kills this process mid-case: the parent records it and starts a fresh one at the next case.
using System.Reflection;
using System.Text.Json;

namespace CsMatrix;

public sealed class MatrixBoom() : Exception("thrown by a matrix callback");

/// <summary>What a case body can use: a disposed handle, the callback exception, checks.</summary>
public sealed class Ctx
{
    public readonly MatrixBoom Boom = new();
    public int Calls;
    public int Reentered;
    public Exception? ReentryError;

    public T Disposed<T>(T handle) where T : IDisposable { handle.Dispose(); return handle; }

    public void Reenter(Func<object?> call)
    {
        Interlocked.Increment(ref Calls);
        try { call(); Interlocked.Increment(ref Reentered); }
        catch (Exception e) { ReentryError = e; }
    }

    public bool RethrownLater;

    /// <summary>Runs each call in turn until one re-throws Boom (own errors of the calls are ignored).</summary>
    public void Later(params Action[] calls)
    {
        foreach (var call in calls)
        {
            int before = Calls;
            try { call(); }
            catch (MatrixBoom e) when (ReferenceEquals(e, Boom)) { RethrownLater = true; return; }
            catch (Exception e) when (e.GetType().Assembly == typeof(Ctx).Assembly && e is not CheckFailed) { }
            if (Calls != before) throw new CheckFailed("C called the throwing callback during a call that returned normally");
        }
    }

    public void ExpectDisposed(Action use)
    {
        try { use(); }
        catch (ObjectDisposedException) { return; }
        throw new CheckFailed("a method of a disposed handle did not throw ObjectDisposedException");
    }

    public void Check(bool ok, string what) { if (!ok) throw new CheckFailed("check failed: " + what); }
}

public sealed class CheckFailed(string message) : Exception(message);

static partial class Cases
{
    static partial void Fill(Dictionary<string, Action<Ctx>> all);

    public static Dictionary<string, Action<Ctx>> All()
    {
        var all = new Dictionary<string, Action<Ctx>>();
        Fill(all);
        return all;
    }
}

static class Program
{
    static int Main(string[] args)
    {
        if (args.Length == 4 && args[0] == "gen")
            return Gen.Run(args[1], args[2], Assembly.GetExecutingAssembly(), args[3]);
        if (args.Length == 3 && args[0] == "run")
            return Run(args[1], int.Parse(args[2]));
        Console.Error.WriteLine("usage: CsMatrix gen CASES OUT.cs MODULE_CLASS | run CASES START");
        return 2;
    }

    static int Run(string casesPath, int start)
    {
        var all = Cases.All();
        var lines = File.ReadLines(casesPath).Where(l => l.Trim().Length > 0).ToList();
        if (all.Count == 0) { Console.WriteLine("FATAL no compiled cases (built without Cases.g.cs?)"); return 2; }
        for (int i = start; i < lines.Count; i++)
        {
            var c = JsonDocument.Parse(lines[i]).RootElement;
            string id = c.GetProperty("id").GetString()!;
            Console.WriteLine($"START {i}");
            Console.Out.Flush();
            string verdict = all.TryGetValue(id, out var body) ? Verdict(body, c.GetProperty("expect")) : "FAIL not compiled";
            Console.WriteLine($"{verdict.Split(' ')[0]} {id}{(verdict.Contains(' ') ? ": " + verdict[(verdict.IndexOf(' ') + 1)..] : "")}");
            Console.Out.Flush();
        }
        return 0;
    }

    static string Verdict(Action<Ctx> body, JsonElement expect)
    {
        var ctx = new Ctx();
        Exception? thrown = null;
        try { body(ctx); }
        catch (NotBound e) { return "SKIP " + e.Message; }
        catch (Exception e) { thrown = e; }
        string got = thrown is null ? "no exception" : $"{thrown.GetType().Name}: {thrown.Message}";
        if (thrown is CheckFailed) return "FAIL " + thrown.Message;
        if (expect.TryGetProperty("raises", out var r))
            return thrown?.GetType().Name == r.GetString() ? "PASS" : $"FAIL expected {r.GetString()}, got {got}";
        if (expect.TryGetProperty("raises_family", out var fam))
        {
            for (var t = thrown?.GetType(); t is not null; t = t.BaseType)
                if (t.Name == fam.GetString()) return $"PASS {thrown!.GetType().Name}";
            return $"FAIL expected an {fam.GetString()}, got {got}";
        }
        if (expect.TryGetProperty("rethrows_later", out _))
        {
            if (thrown is not null) return $"FAIL {got}";
            if (ctx.Calls == 0) return "PASS no later call made C call it";
            return ctx.RethrownLater ? $"PASS re-thrown from a later call" : "FAIL the callback's exception was lost";
        }
        if (expect.TryGetProperty("rethrows", out _))
        {
            if (ctx.Calls == 0) return thrown is null ? "FAIL the callback was never called" : OwnError(thrown, expect, "(callback not called) ");
            return ReferenceEquals(thrown, ctx.Boom) ? "PASS" : $"FAIL expected the callback's MatrixBoom re-thrown, got {got}";
        }
        if (expect.TryGetProperty("reentrant", out _))
        {
            if (ctx.ReentryError is { } re) return $"FAIL the call back into the library threw {re.GetType().Name}: {re.Message}";
            if (thrown is not null) return $"FAIL {got}";
            return ctx.Reentered > 0 ? "PASS" : "FAIL the callback was never called";
        }
        if (expect.TryGetProperty("lifecycle", out _) || expect.TryGetProperty("frees", out _))
            return thrown is null ? "PASS" : $"FAIL {got}";
        if (expect.TryGetProperty("ok_or", out _))
            return thrown is null ? "PASS" : OwnError(thrown, expect, "");
        return "FAIL unknown expectation " + expect;
    }

    /// <summary>PASS when THROWN is one of the spec's exception classes (or the module's base), with its Code.</summary>
    static string OwnError(Exception thrown, JsonElement expect, string note)
    {
        var names = expect.TryGetProperty("ok_or", out var o) ? o.EnumerateArray().Select(x => x.GetString()).ToHashSet() : [];
        // An alloc size no buffer can have is OutOfMemoryException by contract (Python: MemoryError), not a crash.
        if (thrown is OutOfMemoryException && names.Contains(nameof(OutOfMemoryException)))
            return $"PASS {note}OutOfMemoryException: {thrown.Message}";
        var code = thrown.GetType().GetProperty("Code");
        bool own = thrown.GetType().Assembly == typeof(Program).Assembly && code is not null
            && (names.Contains(thrown.GetType().Name) || thrown.GetType().BaseType == typeof(Exception));
        if (!own)
            return $"FAIL {note}expected a result or [{string.Join(", ", names)}], got {thrown.GetType().Name}: {thrown.Message}";
        long value = Convert.ToInt64(code!.GetValue(thrown));
        if (expect.TryGetProperty("success", out var ok) && ok.EnumerateArray().Any(x => x.GetInt64() == value))
            return $"FAIL {note}{thrown.GetType().Name} raised for the success code {value}";
        return $"PASS {note}own error {thrown.GetType().Name} Code={value}";
    }
}
