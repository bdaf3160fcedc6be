using System.Text;

namespace Bindgen.Cli;

/// <summary>A unified diff of two texts (Myers' O(ND) algorithm), for `bindgen check`.</summary>
public static class UnifiedDiff
{
    enum Op { Keep, Delete, Insert }

    public static string Create(string oldText, string newText, string oldName, string newName, int context = 3)
    {
        var a = Lines(oldText); var b = Lines(newText);
        var ops = Diff(a, b);
        var sb = new StringBuilder();
        sb.Append($"--- {oldName}\n+++ {newName}\n");
        int i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Op == Op.Keep) { i++; continue; }
            int start = Math.Max(0, i - context), end = i;
            // Extend the hunk while changes are within 2*context of each other.
            while (end < ops.Count)
            {
                if (ops[end].Op != Op.Keep) { end++; continue; }
                int run = end; while (run < ops.Count && ops[run].Op == Op.Keep) run++;
                if (run == ops.Count || run - end > 2 * context) { end = Math.Min(ops.Count, end + context); break; }
                end = run;
            }
            int aStart = ops[start].A, bStart = ops[start].B;
            int aLen = ops.Skip(start).Take(end - start).Count(o => o.Op != Op.Insert);
            int bLen = ops.Skip(start).Take(end - start).Count(o => o.Op != Op.Delete);
            sb.Append($"@@ -{aStart + (aLen > 0 ? 1 : 0)},{aLen} +{bStart + (bLen > 0 ? 1 : 0)},{bLen} @@\n");
            for (int k = start; k < end; k++)
            {
                var o = ops[k];
                sb.Append(o.Op switch { Op.Keep => " " + a[o.A], Op.Delete => "-" + a[o.A], _ => "+" + b[o.B] }).Append('\n');
            }
            i = end;
        }
        return sb.ToString();
    }

    static string[] Lines(string s) => s.Length == 0 ? [] : s.TrimEnd('\n').Split('\n');

    static List<(Op Op, int A, int B)> Diff(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = n + m, offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        for (int d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) { x++; y++; }
                v[offset + k] = x;
                if (x >= n && y >= m) return Backtrack(trace, a, b, offset, d);
            }
        }
        return [];
    }

    static List<(Op, int, int)> Backtrack(List<int[]> trace, string[] a, string[] b, int offset, int dFinal)
    {
        var result = new List<(Op, int, int)>();
        int x = a.Length, y = b.Length;
        for (int d = dFinal; d > 0; d--)
        {
            var v = trace[d];
            int k = x - y;
            int prevK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            int prevX = v[offset + prevK], prevY = prevX - prevK;
            while (x > prevX && y > prevY) { x--; y--; result.Add((Op.Keep, x, y)); }
            if (x == prevX) { y--; result.Add((Op.Insert, x, y)); } else { x--; result.Add((Op.Delete, x, y)); }
        }
        while (x > 0 && y > 0) { x--; y--; result.Add((Op.Keep, x, y)); }
        result.Reverse();
        return result;
    }
}
