using System.CommandLine;
using Bindgen.Spec;

namespace Bindgen.Cli.Commands;

/// <summary>`bindgen schema`: the JSON Schema of bindings.yaml, for editors (yaml-language-server) and CI validation.</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var cmd = new Command("schema", "Print the JSON Schema of bindings.yaml (generated from the same table the spec loader validates with)");
        cmd.SetAction(_ => { Console.Out.Write(JsonSchemaWriter.Write()); return 0; });
        return cmd;
    }
}
