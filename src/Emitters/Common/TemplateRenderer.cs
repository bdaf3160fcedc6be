using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Bindgen.Emitters.Common;

/// <summary>
/// Renders the embedded Scriban templates of one emitter (resources named "Folder/Templates/X.sbn") with
/// strict variables: a typo in a template fails loudly. Model members keep their C# names.
/// </summary>
public sealed class TemplateRenderer(string folder)
{
    static readonly Assembly Asm = typeof(TemplateRenderer).Assembly;
    readonly Dictionary<string, Template> _cache = new();

    public string Render(string templateName, object model)
    {
        var globals = new ScriptObject();
        globals.Import(model, renamer: m => m.Name);
        // `T | bg_decl` → "T " or "T *" ready for a declarator: "int x", "char *x".
        globals.Import("bg_decl", new Func<string, string>(t => t.EndsWith('*') ? t : t + " "));
        var ctx = TemplateContexts.Create();
        ctx.MemberRenamer = m => m.Name;
        ctx.TemplateLoader = new Loader(this);
        ctx.PushGlobal(globals);
        var text = Load(templateName).Render(ctx);
        return text.Replace("\r\n", "\n");
    }

    Template Load(string name)
    {
        if (_cache.TryGetValue(name, out var t)) return t;
        var resource = $"{folder}/Templates/{name}";
        using var stream = Asm.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"no embedded template {resource}");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        t = Template.Parse(text, resource);
        if (t.HasErrors) throw new InvalidOperationException($"template {resource}: {string.Join("; ", t.Messages)}");
        return _cache[name] = t;
    }

    internal string Text(string name)
    {
        var resource = $"{folder}/Templates/{name}";
        using var stream = Asm.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"no embedded template {resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    sealed class Loader(TemplateRenderer owner) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;
        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => owner.Text(templatePath);
        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new((string?)owner.Text(templatePath));
    }
}
