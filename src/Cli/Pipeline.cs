using Bindgen.Model;
using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;
using Bindgen.Parser;
using Bindgen.Parser.Interop;
using Bindgen.Spec;

namespace Bindgen.Cli;

/// <summary>spec → header model → bound IR; diagnostics collected on the way.</summary>
public static class Pipeline
{
    public sealed record Result(BindingSpec? Spec, BoundModule? Module, DiagnosticBag Diagnostics);

    public static Result Run(string specPath, Log? log = null)
    {
        var diags = new DiagnosticBag();
        var spec = SpecLoader.Load(specPath, diags);
        log?.Phase("spec", specPath);
        if (spec is null) return new Result(spec, null, diags);

        // A spec with errors (an unknown key, a bad value) still goes through the parser and the binder, so one run
        // reports every problem: a misspelt key, a length naming a missing parameter, an unknown function. What the
        // loader could not read is left out of the spec; if parsing or binding then fails outright, the spec's own
        // errors are the ones to fix first.
        bool specErrors = diags.HasErrors;
        CHeader header;
        try { header = Parse(spec); }
        catch (BindgenException) when (specErrors) { return new Result(spec, null, diags); }
        log?.Phase("parse", $"{spec.Headers.Count} header(s), {header.Functions.Count} function(s), {header.Records.Count} record(s)");
        // The binder warns about the variadic functions the spec selects; the parser's warning covers every one.
        diags.AddRange(header.Diagnostics.Where(d => !d.Message.Contains("is variadic")));
        var exports = Bindgen.Parser.Symbols.LibraryExportsReader.Read(spec, diags);
        log?.Phase("exports", exports is null ? "library not read" : $"{exports.Names.Count} symbol(s) of {exports.Display}");
        BoundModule module;
        try { module = Bindgen.Model.Binder.Binder.Bind(spec, header, diags, DisplayPath(specPath), exports); }
        catch (Exception) when (specErrors) { return new Result(spec, null, diags); }
        log?.Phase("bind", $"{module.Functions.Count} function(s), {module.Handles.Count} handle class(es)");
        return new Result(spec, diags.HasErrors ? null : module, diags);
    }

    public static CHeader Parse(BindingSpec spec)
    {
        LibclangLoader.EnsureLoaded();
        return HeaderParser.Parse(ParseRequest.For(spec));
    }

    /// <summary>The spec path as generated files name it: relative to the current directory when inside it.</summary>
    public static string DisplayPath(string specPath)
    {
        var full = Path.GetFullPath(specPath);
        var rel = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return rel.StartsWith("..") ? Path.GetFileName(full) : rel.Replace('\\', '/');
    }

    /// <summary>Prints diagnostics (warnings only with verbose) to stderr; true when there were errors.</summary>
    public static bool Report(DiagnosticBag diags, bool showWarnings)
    {
        foreach (var d in diags.Items.Where(d => showWarnings || d.Severity == Severity.Error))
            Console.Error.WriteLine(d.ToString());
        return diags.HasErrors;
    }
}
