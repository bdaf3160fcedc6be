using System.Diagnostics;
using System.Runtime.InteropServices;
using Bindgen.Emitters;

namespace Bindgen.Cli;

/// <summary>
/// Writes DIR/&lt;target&gt;/ atomically per target: everything goes to a temp folder first and replaces the
/// old folder only when generation succeeded, so a failed or killed run leaves earlier output intact. On Linux
/// the old and new folders are swapped in one renameat2(RENAME_EXCHANGE), so there is no moment without
/// DIR/&lt;target&gt;; elsewhere two renames, and the next run puts back an old folder a kill left aside.
/// </summary>
public static partial class OutputWriter
{
    const string StagingPrefix = ".bindgen-staging-";
    const string OldInfix = ".bindgen-old-";

    public static void Write(string outDir, IReadOnlyDictionary<string, IReadOnlyList<GeneratedFile>> byTarget)
    {
        Directory.CreateDirectory(outDir);
        RecoverInterrupted(outDir);
        var staging = Path.Combine(outDir, StagingPrefix + Environment.ProcessId);
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
                var fresh = Path.Combine(staging, target);
                if (Directory.Exists(final) && Exchange(fresh, final)) continue; // staging now holds the old output
                var old = final + OldInfix + Environment.ProcessId;
                if (Directory.Exists(final)) Directory.Move(final, old);
                Directory.Move(fresh, final);
                if (Directory.Exists(old)) Directory.Delete(old, true);
            }
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, true);
        }
    }

    /// <summary>Leftovers of a killed run (its process is gone): staging folders are deleted, an old target
    /// folder moved aside whose replacement never arrived is put back.</summary>
    static void RecoverInterrupted(string outDir)
    {
        foreach (var dir in Directory.EnumerateDirectories(outDir, StagingPrefix + "*"))
            if (!OwnerRunning(dir)) Directory.Delete(dir, true);
        foreach (var dir in Directory.EnumerateDirectories(outDir, "*" + OldInfix + "*"))
        {
            if (OwnerRunning(dir)) continue;
            var name = Path.GetFileName(dir);
            var final = Path.Combine(outDir, name[..name.IndexOf(OldInfix, StringComparison.Ordinal)]);
            if (Directory.Exists(final)) Directory.Delete(dir, true);
            else Directory.Move(dir, final);
        }
    }

    /// <summary>True when the process whose id ends the folder name is another live process.</summary>
    static bool OwnerRunning(string dir)
    {
        var name = Path.GetFileName(dir);
        if (!int.TryParse(name[(name.LastIndexOf('-') + 1)..], out var pid) || pid == Environment.ProcessId) return false;
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    const int AtFdCwd = -100;
    const uint RenameExchange = 2;

    [LibraryImport("libc.so.6", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);

    /// <summary>Swaps two folders atomically; false where the system cannot (then the caller renames twice).</summary>
    static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try { return RenameAt2(AtFdCwd, Path.GetFullPath(a), AtFdCwd, Path.GetFullPath(b), RenameExchange) == 0; }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }
}
