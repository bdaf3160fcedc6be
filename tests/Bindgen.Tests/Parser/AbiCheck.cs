using System.Diagnostics;
using System.Text;
using Bindgen.Model.C;

namespace Bindgen.Tests.Parser;

/// <summary>
/// Compares the model's record layouts with what gcc computes: a generated C program prints
/// sizeof, _Alignof and offsetof for every spellable record and every named non-bitfield field
/// (fields of anonymous members and of unnamed nested types through their access path).
/// </summary>
internal sealed class AbiCheck
{
    private readonly CHeader _model;
    private readonly Dictionary<string, CRecord> _records;
    private readonly HashSet<string> _synthesized;
    private readonly List<(string Key, string Expression, long Expected)> _checks = new();

    public AbiCheck(CHeader model)
    {
        _model = model;
        _records = model.Records.GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.First());
        _synthesized = SynthesizedNames(model);
    }

    public int CheckCount => _checks.Count;

    /// <summary>Mismatches as readable lines; empty when gcc agrees with every number.</summary>
    public List<string> Run(string includeLine, IReadOnlyList<string> includeDirs)
    {
        foreach (var record in _model.Records.Where(r => r.IsComplete && !_synthesized.Contains(r.Name)))
        {
            // Untagged records are spelled as the parser says C names them (typedef name, `__typeof__(…)` through
            // their field): gcc compiling that spelling checks it too. Tagged ones need their keyword.
            var spelled = record.IsAnonymous ? record.CSpelling! : (record.IsUnion ? "union " : "struct ") + record.Name;
            Add($"sizeof {spelled}", $"sizeof({spelled})", record.Size);
            Add($"alignof {spelled}", $"_Alignof({spelled})", record.Align);
            Walk(record, spelled, "", 0);
        }
        if (_checks.Count == 0) return [];
        var actual = CompileAndRun(Program(includeLine), includeDirs);
        var mismatches = new List<string>();
        foreach (var (key, _, expected) in _checks)
        {
            if (!actual.TryGetValue(key, out var value)) mismatches.Add($"{key}: no output");
            else if (value != expected) mismatches.Add($"{key}: model {expected}, gcc {value}");
        }
        return mismatches;
    }

    private void Walk(CRecord record, string spelled, string prefix, long baseBits)
    {
        foreach (var field in record.Fields)
        {
            if (field.BitWidth is not null) continue;
            var bits = baseBits + field.OffsetBits;
            var nested = field.Type.Canonical is CRecordType rt && _records.TryGetValue(rt.Name, out var r) ? r : null;
            if (field.IsAnonymous)
            {
                Assert.NotNull(nested);
                Walk(nested, spelled, prefix, bits);
                continue;
            }
            var path = prefix + field.Name;
            Assert.True(bits % 8 == 0, $"{spelled}.{path} is not byte aligned ({bits} bits)");
            Add($"offsetof {spelled}.{path}", $"offsetof({spelled}, {path})", bits / 8);
            if (nested is { IsComplete: true } && _synthesized.Contains(nested.Name))
            {
                Add($"sizeof {spelled}.{path}", $"sizeof((({spelled} *)0)->{path})", nested.Size);
                Walk(nested, spelled, path + ".", bits);
            }
        }
    }

    private void Add(string key, string expression, long expected) => _checks.Add((key, expression, expected));

    private string Program(string includeLine)
    {
        var c = new StringBuilder();
        c.Append("#include <stdio.h>\n#include <stddef.h>\n").Append(includeLine).Append('\n');
        c.Append("int main(void) {\n");
        foreach (var (key, expression, _) in _checks)
            c.Append("    printf(\"%s\\t%zu\\n\", \"").Append(key).Append("\", (size_t)(").Append(expression).Append("));\n");
        c.Append("    return 0;\n}\n");
        return c.ToString();
    }

    private static Dictionary<string, long> CompileAndRun(string program, IReadOnlyList<string> includeDirs)
    {
        var dir = Directory.CreateTempSubdirectory("bindgen-abi-");
        try
        {
            var source = Path.Combine(dir.FullName, "abi.c");
            var exe = Path.Combine(dir.FullName, "abi");
            File.WriteAllText(source, program);
            var args = new List<string> { "-std=gnu11", "-w", "-o", exe, source };
            args.AddRange(includeDirs.Select(d => "-I" + d));
            var (code, stdout, stderr) = Run("gcc", args);
            Assert.True(code == 0, $"gcc failed:\n{stderr}\n--- program ---\n{program}");
            (code, stdout, stderr) = Run(exe, []);
            Assert.True(code == 0, $"abi program failed: {stderr}");
            return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split('\t'))
                .ToDictionary(parts => parts[0], parts => long.Parse(parts[1]));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (int Code, string Stdout, string Stderr) Run(string file, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    /// <summary>Records C cannot name: anonymous members and untagged records without a typedef or a field to spell them by.</summary>
    private static HashSet<string> SynthesizedNames(CHeader model) =>
        model.Records.Where(r => r.IsAnonymous && r.CSpelling is null).Select(r => r.Name).ToHashSet();
}
