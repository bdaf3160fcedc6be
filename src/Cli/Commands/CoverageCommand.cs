using System.CommandLine;
using System.Text.RegularExpressions;
using Bindgen.Cli.Coverage;
using Bindgen.Cli.Options;
using Bindgen.Model;
using Bindgen.Model.Spec;
using Bindgen.Spec;

namespace Bindgen.Cli.Commands;

/// <summary>
/// `bindgen coverage HEADER... [--spec SPEC]`: binds every declaration of the headers with the default rules (plus
/// the spec's annotations when given), renders every target in memory, and prints per kind what was bound, skipped
/// (with the reasons grouped) and failed. Exit 1 when anything failed or the spec has errors.
/// </summary>
public static class CoverageCommand
{
    public static Command Create()
    {
        var headers = new Argument<string[]>("HEADER") { Description = "Headers to measure (default: the spec's headers)", Arity = ArgumentArity.ZeroOrMore };
        var specOption = new Option<string?>("--spec", "-s") { Description = "Apply this binding spec's annotations (its headers unless HEADER is given)" };
        var cmd = new Command("coverage", "Bind every declaration of the headers and report bound / skipped (why) / failed per kind") { headers, specOption };
        CompilerOptions.AddTo(cmd);
        cmd.SetAction(r => Run(r.GetValue(headers) ?? [], r.GetValue(specOption), Log.From(r), CompilerOptions.From(r)));
        return cmd;
    }

    public static int Run(IReadOnlyList<string> headers, string? specPath, Log log, CompilerOptions? compiler = null)
    {
        compiler ??= CompilerOptions.None;
        if (headers.Count == 0 && specPath is null)
        {
            Console.Error.WriteLine("bindgen coverage: give at least one HEADER or --spec SPEC");
            return 2;
        }
        var diags = new DiagnosticBag();
        var spec = specPath is null ? DefaultSpec(headers) : SpecLoader.Load(specPath, diags);
        if (spec is null || diags.HasErrors) { Pipeline.Report(diags, log.Verbose); return 1; }
        if (specPath is not null && headers.Count > 0) spec = spec with { Headers = headers.Select(Path.GetFullPath).ToList() };
        // Command-line options come after the spec's, as a compiler's later flags do.
        if (!compiler.IsEmpty)
            spec = spec with
            {
                IncludeDirs = spec.IncludeDirs.Concat(compiler.IncludeDirs).ToList(),
                Defines = spec.Defines.Concat(compiler.Defines).ToList(),
                ClangArgs = spec.ClangArgs.Concat(compiler.ClangArgs).ToList(),
            };

        var header = Pipeline.Parse(spec);
        // Functions the library files do not export are counted as skipped with that reason.
        var exportDiags = new DiagnosticBag();
        var exports = Bindgen.Parser.Symbols.LibraryExportsReader.Read(spec, exportDiags);
        Pipeline.Report(exportDiags, true);
        var entries = new CoverageAnalyzer(spec, header, exports).Analyze();
        Console.Out.Write(CoverageTable.Render(entries));
        return entries.Any(e => e.State == CoverageState.Failed) ? 1 : 0;
    }

    /// <summary>What `bindgen init` starts from: no annotations, every declaration of the headers selected.</summary>
    static BindingSpec DefaultSpec(IReadOnlyList<string> headers)
    {
        var name = Regex.Replace(Path.GetFileNameWithoutExtension(headers[0]), "[^A-Za-z0-9_]", "_");
        return new BindingSpec
        {
            SpecPath = Path.Combine(Directory.GetCurrentDirectory(), "bindings.yaml"), Module = name,
            Headers = headers.Select(Path.GetFullPath).ToList(),
        };
    }
}
