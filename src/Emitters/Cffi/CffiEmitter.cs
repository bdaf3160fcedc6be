using System.Reflection;
using Bindgen.Model.IR;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Bindgen.Emitters.Cffi;

/// <summary>
/// The cffi target: a builder compiling `_MODULE` from a generated cdef (API mode) or an in-line ffi over
/// ffi.dlopen (ABI mode), and a thin Python module MODULE.py with the spec's semantics on top of it.
/// </summary>
public sealed class CffiEmitter : IEmitter
{
    public string Target => "cffi";

    public static bool IsApi(BoundModule module) => (module.Targets.Cffi?.Mode ?? "api") != "abi";

    public IReadOnlyList<GeneratedFile> Emit(BoundModule module, GeneratorInfo info)
    {
        bool api = IsApi(module);
        var model = new CffiLowering(module, api).Lower(info);
        var files = new List<GeneratedFile>();
        if (api) files.Add(new GeneratedFile(CffiNames.Builder(module.Name), Render("Builder.sbn", BuilderGlobals(module, info))));
        files.Add(new GeneratedFile(module.Name + ".py", Render("Module.sbn", model)));
        // ABI mode only loads libraries: static inline functions and macros come from the shim library.
        if (!api && Common.ShimWriter.Write(module, info) is { } shim) files.Add(shim);
        var project = new
        {
            HeaderLine = info.HeaderLine,
            Name = module.Name,
            Api = api,
            Builder = CffiNames.Builder(module.Name),
            Headers = string.Join(", ", module.Headers),
        };
        files.Add(new GeneratedFile("pyproject.toml", Render("Pyproject.sbn", project)));
        files.Add(new GeneratedFile("setup.py", Render("Setup.sbn", project)));
        return files;
    }

    public IReadOnlyList<BuildStep> BuildSteps(BoundModule module) =>
        IsApi(module) ? [new BuildStep("{python}", [CffiNames.Builder(module.Name)])]
        : module.ShimFunctions.Count > 0 ? [Common.ShimBuild.Step(module)] : [];

    /// <summary>API mode's builder imports cffi; ABI mode builds at most the shim, with the C compiler alone.</summary>
    public string? InterpreterCheck(BoundModule module) =>
        IsApi(module) ? "import sys\ntry:\n    import cffi\nexcept ImportError:\n    sys.exit('has no cffi')\n" : null;

    /// <summary>The cdef text alone (what the builder and the ABI module pass to ffi.cdef).</summary>
    public static string Cdef(BoundModule module) => CdefWriter.Write(module, IsApi(module));

    static object BuilderGlobals(BoundModule module, GeneratorInfo info)
    {
        var includes = string.Concat(module.Headers.Select(h => $"#include \"{h}\"\n"));
        return new
        {
            HeaderLine = info.HeaderLine,
            ExtName = CffiNames.ExtensionModule(module.Name),
            ExtNameLiteral = CffiNames.Str((info.Package is null ? "" : info.Package + ".") + CffiNames.ExtensionModule(module.Name)),
            Builder = CffiNames.Builder(module.Name),
            CdefLiteral = TripleQuoted(CdefWriter.Write(module, true)),
            SourceLiteral = CffiNames.Str(includes),
            Libraries = module.Libraries.Select(CffiNames.Str).ToList(),
            IncludeDirs = module.AbsoluteIncludeDirs.Distinct().Select(d => CffiNames.Str(info.Relative(d))).ToList(),
            DefineMacros = module.Defines.Select(kv => $"({CffiNames.Str(kv.Key)}, {(kv.Value.Length == 0 ? "None" : CffiNames.Str(kv.Value))})").ToList(),
        };
    }

    static string TripleQuoted(string text) => "\"\"\"\\\n" + text.Replace("\\", "\\\\").Replace("\"\"\"", "\\\"\\\"\\\"") + "\"\"\"";

    // -- templates ---------------------------------------------------------------------------------

    static string Render(string name, object model)
    {
        var template = Template.Parse(Load(name), name);
        if (template.HasErrors) throw new InvalidOperationException($"{name}: {string.Join("; ", template.Messages)}");
        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        var context = Common.TemplateContexts.Create();
        context.TemplateLoader = new ResourceLoader();
        context.MemberRenamer = StandardMemberRenamer.Default;
        context.PushGlobal(globals);
        var text = template.Render(context).Replace("\r\n", "\n");
        return NormalizeBlankLines(text);
    }

    /// <summary>At most two blank lines in a row and exactly one newline at the end (templates stay readable).</summary>
    static string NormalizeBlankLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        var result = new List<string>();
        int blank = 0;
        foreach (var l in lines)
        {
            blank = l.Length == 0 ? blank + 1 : 0;
            if (blank <= 2) result.Add(l);
        }
        return string.Join("\n", result).TrimEnd('\n') + "\n";
    }

    static string Load(string name)
    {
        var asm = typeof(CffiEmitter).Assembly;
        var resource = asm.GetManifestResourceNames().FirstOrDefault(r => r.Replace('\\', '/').EndsWith("Cffi/Templates/" + name))
                       ?? throw new InvalidOperationException($"template Cffi/Templates/{name} is not embedded");
        using var stream = asm.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    sealed class ResourceLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;
        public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => CffiEmitter.Load(templatePath);
        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(CffiEmitter.Load(templatePath));
    }
}
