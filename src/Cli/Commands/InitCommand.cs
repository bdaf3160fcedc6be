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

    const string SchemaFileName = "bindings.schema.json";

    static string LibrarySection(LibraryGuess.Guess? g) => g is null
        ? "# library: NAME   # no installed library exports these functions: the link name (-lNAME), and library_name: the .so loaded at run time\n"
        : $"library: {g.Library}   # suggested: {g.Why}\nlibrary_name: {g.LibraryName}   # the file loaded at run time (cffi ABI mode, C#)\n";

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
        // The schema by a stable name: `bindgen schema`'s output written beside the spec, or its URL-like $id on stdout
        // (never a path into the build folder of whichever checkout ran init).
        var schemaText = Bindgen.Spec.JsonSchemaWriter.Write();
        var schemaRef = output is null
            ? (string)System.Text.Json.Nodes.JsonNode.Parse(schemaText)!["$id"]!
            : SchemaFileName;
        var library = LibraryGuess.For(spec.Headers, header.Functions.Select(f => f.Name).ToList());
        var text = StarterSpec.Render(name, shown, header, schemaRef, CompilerSection.Render(compiler, dir) + LibrarySection(library));
        if (output is null) { Console.Out.Write(text); return 0; }
        if (File.Exists(output)) { Console.Error.WriteLine($"bindgen init: '{output}' exists; not overwriting it"); return 1; }
        File.WriteAllText(output, text);
        var schemaFile = Path.Combine(dir, SchemaFileName);
        if (!File.Exists(schemaFile)) File.WriteAllText(schemaFile, schemaText);
        Console.Error.WriteLine($"wrote {output}");
        return 0;
    }
}
