using System.CommandLine;
using Bindgen.Cli.Init;
using Bindgen.Cli.Options;
using Bindgen.Model.Spec;

namespace Bindgen.Cli.Commands;

/// <summary>`bindgen init`: a starter bindings.yaml for the given headers, on stdout or into --output.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var headers = new Argument<string[]>("HEADER") { Description = "Headers to start from", Arity = ArgumentArity.OneOrMore };
        var module = new Option<string?>("--module", "-m") { Description = "Module name (default: the first header's name)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the spec to this file instead of stdout (never overwrites)" };
        var cmd = new Command("init", "Write a starter bindings.yaml with suggested annotations for the headers") { headers, module, output };
        CompilerOptions.AddTo(cmd);
        cmd.SetAction(r => Run(r.GetValue(headers)!, r.GetValue(module), r.GetValue(output), CompilerOptions.From(r)));
        return cmd;
    }

    public static int Run(IReadOnlyList<string> headers, string? module, string? output, CompilerOptions? compiler = null)
    {
        compiler ??= CompilerOptions.None;
        var name = module ?? Path.GetFileNameWithoutExtension(headers[0]).Replace('-', '_').Replace('.', '_');
        var dir = output is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(output))!;
        var spec = new BindingSpec
        {
            SpecPath = Path.Combine(dir, "bindings.yaml"), Module = name,
            Headers = headers.Select(h => Path.GetFullPath(h)).ToList(),
            IncludeDirs = compiler.IncludeDirs, Defines = compiler.Defines, ClangArgs = compiler.ClangArgs,
        };
        var header = Pipeline.Parse(spec);
        var shown = headers.Select(h => Path.IsPathRooted(h) && h.StartsWith("/usr/include/") ? h["/usr/include/".Length..] : h).ToList();
        // The schema shipped beside the tool; relative to the spec when it is written to a file.
        var schema = Path.Combine(AppContext.BaseDirectory, "schema", "bindings.schema.json");
        var schemaRef = output is null ? schema : Path.GetRelativePath(dir, schema).Replace('\\', '/');
        var text = StarterSpec.Render(name, shown, header, schemaRef, CompilerSection.Render(compiler, dir));
        if (output is null) { Console.Out.Write(text); return 0; }
        if (File.Exists(output)) { Console.Error.WriteLine($"bindgen init: '{output}' exists; not overwriting it"); return 1; }
        File.WriteAllText(output, text);
        Console.Error.WriteLine($"wrote {output}");
        return 0;
    }
}
