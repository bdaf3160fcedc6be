using Bindgen.Emitters;

namespace Bindgen.Cli;

/// <summary>
/// Writes DIR/&lt;target&gt;/ atomically per target: everything goes to a temp folder first and replaces the
/// old folder only when generation succeeded, so a failed or killed run leaves earlier output intact.
/// </summary>
public static class OutputWriter
{
    public static void Write(string outDir, IReadOnlyDictionary<string, IReadOnlyList<GeneratedFile>> byTarget)
    {
        Directory.CreateDirectory(outDir);
        var staging = Path.Combine(outDir, $".bindgen-staging-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, true);
        try
        {
            foreach (var (target, files) in byTarget)
                foreach (var f in files)
                {
                    var path = Path.Combine(staging, target, f.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, f.Content);
                }
            foreach (var target in byTarget.Keys)
            {
                var final = Path.Combine(outDir, target);
                var old = final + $".bindgen-old-{Environment.ProcessId}";
                if (Directory.Exists(final)) Directory.Move(final, old);
                Directory.Move(Path.Combine(staging, target), final);
                if (Directory.Exists(old)) Directory.Delete(old, true);
            }
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, true);
        }
    }
}
