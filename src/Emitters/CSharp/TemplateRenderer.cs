using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Runtime;

namespace Bindgen.Emitters.CSharp;

/// <summary>Renders the embedded Scriban templates of this folder with strict variables; _helpers.sbn is prepended to each.</summary>
internal static class TemplateRenderer
{
    static readonly ConcurrentDictionary<string, Template> Cache = new();

    static string Load(string name)
    {
        var asm = typeof(TemplateRenderer).Assembly;
        var resource = asm.GetManifestResourceNames().FirstOrDefault(n => IsCSharpTemplate(n.Replace('\\', '/'), name))
                       ?? throw new InvalidOperationException($"template {name} is not embedded");
        using var s = asm.GetManifestResourceStream(resource)!;
        using var r = new StreamReader(s);
        return r.ReadToEnd().Replace("\r\n", "\n");
    }

    /// <summary>Resources are named by their path under src/Emitters (RecursiveDir); only this folder's count.</summary>
    static bool IsCSharpTemplate(string resource, string name) =>
        resource.StartsWith("CSharp/", StringComparison.Ordinal) && resource.EndsWith("/" + name, StringComparison.Ordinal);

    public static string Render(string name, object model)
    {
        var template = Cache.GetOrAdd(name, n =>
        {
            var t = Template.Parse(Load("_helpers.sbn") + Load(n), n);
            if (t.HasErrors) throw new InvalidOperationException($"{n}: {string.Join("; ", t.Messages)}");
            return t;
        });
        var globals = new ScriptObject();
        globals.Import(model);
        var context = Common.TemplateContexts.Create();
        context.PushGlobal(globals);
        return template.Render(context);
    }
}
