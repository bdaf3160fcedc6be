namespace Bindgen.Model;

/// <summary>"did you mean" hints: the closest candidate by edit distance (case-insensitive), when close enough.</summary>
public static class Suggest
{
    /// <summary>The best candidate for <paramref name="word"/>, or null when none is close.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        string? best = null;
        int bestDistance = int.MaxValue;
        var lower = word.ToLowerInvariant();
        foreach (var c in list)
        {
            if (string.Equals(c, word, StringComparison.OrdinalIgnoreCase)) return c;
            int d = Distance(lower, c.ToLowerInvariant());
            if (d < bestDistance) { best = c; bestDistance = d; }
        }
        if (best == null) return null;
        int limit = Math.Max(1, Math.Min(word.Length, best.Length) / 3);
        if (bestDistance <= limit) return best;
        // A truncated word: 'own' for 'owned'.
        return word.Length >= 3 ? list.FirstOrDefault(c => c.StartsWith(word, StringComparison.OrdinalIgnoreCase)) : null;
    }

    /// <summary>"; did you mean 'X'?" or "".</summary>
    public static string Hint(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } s ? $"; did you mean '{s}'?" : "";

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                d[i, j] = v;
            }
        return d[a.Length, b.Length];
    }
}
