using System.Text;
using System.Text.RegularExpressions;

namespace Bindgen.Cli.Coverage;

/// <summary>
/// Prints coverage entries as one table per kind (bound / skipped / failed), the reasons grouped with a count
/// and an example, and as the last line exactly `coverage: B bound, S skipped, F failed of N declarations`.
/// </summary>
public static class CoverageTable
{
    // Names, types and parameters differ per declaration; the reason's shape is what groups them.
    static readonly Regex Quoted = new("'[^']*'", RegexOptions.Compiled);
    static readonly Regex ParamType = new(@"\(.*?\): ", RegexOptions.Compiled);

    static string Shape(string reason) => ParamType.Replace(Quoted.Replace(reason, "'…'"), "(…): ", 1);

    public static string Render(IReadOnlyList<CoverageEntry> entries)
    {
        var sb = new StringBuilder();
        sb.Append($"{"kind",-10} {"total",7} {"bound",7} {"skipped",8} {"failed",7}\n");
        foreach (var kind in CoverageEntry.Kinds)
        {
            var of = entries.Where(e => e.Kind == kind).ToList();
            sb.Append($"{kind,-10} {of.Count,7} {Count(of, CoverageState.Bound),7} {Count(of, CoverageState.Skipped),8} {Count(of, CoverageState.Failed),7}\n");
        }
        foreach (var kind in CoverageEntry.Kinds)
        {
            var notBound = entries.Where(e => e.Kind == kind && e.State != CoverageState.Bound).ToList();
            if (notBound.Count == 0) continue;
            sb.Append($"\n{kind} not bound:\n");
            var groups = notBound
                .GroupBy(e => (e.State, Shape: Shape(e.Reason ?? "no reason given")))
                .OrderBy(g => g.Key.State == CoverageState.Failed ? 0 : 1).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Shape, StringComparer.Ordinal);
            foreach (var g in groups)
            {
                var state = g.Key.State == CoverageState.Failed ? "FAILED " : "skipped";
                var example = g.First();
                var more = g.Count() > 1 ? $", +{g.Count() - 1} more" : "";
                sb.Append($"  {state} {g.Count(),5}  {g.Key.Shape}\n");
                var text = example.Reason ?? "";
                if (text.Length > 110) text = text[..107] + "...";
                sb.Append($"                 e.g. {example.Name}: {text}{more}\n");
            }
        }
        int bound = Count(entries, CoverageState.Bound), skipped = Count(entries, CoverageState.Skipped), failed = Count(entries, CoverageState.Failed);
        sb.Append($"\ncoverage: {bound} bound, {skipped} skipped, {failed} failed of {entries.Count} declarations\n");
        return sb.ToString();
    }

    static int Count(IEnumerable<CoverageEntry> entries, CoverageState state) => entries.Count(e => e.State == state);
}
