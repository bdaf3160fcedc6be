using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace Bindgen.Emitters.Cython;

/// <summary>Renders the embedded Cython/Templates/*.sbn with strict variables; models are exposed with snake_case members.</summary>
public sealed class TemplateRenderer
{
    static readonly ConcurrentDictionary<string, Template> Cache = new();

    public string Render(string name, object model)
    {
        var template = Cache.GetOrAdd(name, Load);
        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        globals.Import("indent", new Func<string, int, string>(Indent));
        var context = Common.TemplateContexts.Create();
        context.MemberRenamer = StandardMemberRenamer.Default;
        context.TemplateLoader = new Loader();
        context.EnableRelaxedMemberAccess = true;   // as before: the Cython templates read optional members as null
        context.PushGlobal(globals);
        var text = template.Render(context).Replace("\r\n", "\n");
        return text.EndsWith('\n') ? text : text + "\n";
    }

    static string Indent(string text, int spaces) =>
        string.Join("\n", text.TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? l : new string(' ', spaces) + l));

    /// <summary>`include 'Name'` loads another embedded template.</summary>
    sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) => templateName;
        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) => Source(templatePath);
        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) => new((string?)Source(templatePath));
    }

    static string Source(string name)
    {
        var asm = typeof(TemplateRenderer).Assembly;
        var resource = asm.GetManifestResourceNames().FirstOrDefault(n =>
            n.Replace('\\', '/') is var r && (r == $"Cython/{name}.sbn" || r == $"Cython/Templates/{name}.sbn"))
            ?? throw new InvalidOperationException($"template resource '{name}' not found; have: {string.Join(", ", asm.GetManifestResourceNames())}");
        using var stream = asm.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    static Template Load(string name)
    {
        var template = Template.Parse(Source(name), name + ".sbn");
        if (template.HasErrors) throw new InvalidOperationException($"{name}.sbn: {string.Join("; ", template.Messages)}");
        return template;
    }
}
