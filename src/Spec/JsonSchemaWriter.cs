using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bindgen.Spec;

/// <summary>
/// The JSON Schema (draft 2020-12) of bindings.yaml, generated from SpecSchema, the same table the loader
/// validates with, so editors and bindgen never disagree about a key.
/// </summary>
public static class JsonSchemaWriter
{
    public const string Id = "https://bindgen.dev/schema/bindings.schema.json";

    public static string Write()
    {
        var defs = new JsonObject();
        foreach (var node in SpecSchema.Nodes) defs[DefName(node.Kind)] = NodeSchemaJson(node);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "bindgen bindings.yaml",
            ["$ref"] = "#/$defs/" + DefName(SpecSchema.Root),
            ["$defs"] = defs,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    static string DefName(string kind) => kind.Replace('.', '_');

    static JsonObject NodeSchemaJson(NodeSchema node)
    {
        var props = new JsonObject();
        foreach (var k in node.Keys) props[k.Key] = KeyJson(k);
        var o = new JsonObject
        {
            ["type"] = "object",
            ["description"] = node.Description,
            ["properties"] = props,
            ["additionalProperties"] = false,
        };
        var required = node.Keys.Where(k => k.Required).Select(k => (JsonNode)k.Key).ToArray();
        if (required.Length > 0) o["required"] = new JsonArray(required);
        return o;
    }

    static JsonNode Ref(string? kind) => new JsonObject { ["$ref"] = "#/$defs/" + DefName(kind!) };
    static JsonNode Type(params string[] types) => types.Length == 1 ? new JsonObject { ["type"] = types[0] } : new JsonObject { ["type"] = new JsonArray(types.Select(t => (JsonNode)t).ToArray()) };
    static JsonNode AnyOf(params JsonNode[] options) => new JsonObject { ["anyOf"] = new JsonArray(options) };

    static JsonObject KeyJson(KeySchema k)
    {
        JsonNode schema = k.Shape switch
        {
            ValueShape.String => k.Pattern is null ? Type("string") : new JsonObject { ["type"] = "string", ["pattern"] = k.Pattern },
            ValueShape.Bool => Type("boolean"),
            ValueShape.Int => Type("integer"),
            // A plain `null` in YAML is JSON null; the loader reads it as the text "null".
            ValueShape.Enum => new JsonObject { ["enum"] = new JsonArray(k.AllowedValues.Select(v => (JsonNode?)v).Concat(k.AllowedValues.Contains("null") ? [null] : []).ToArray()) },
            ValueShape.Expr => Type("string", "integer"),
            ValueShape.Scalar => Type("string", "integer", "number", "boolean", "null"),
            ValueShape.StringList => new JsonObject { ["type"] = "array", ["items"] = Type("string") },
            ValueShape.StringOrList => AnyOf(Type("string"), new JsonObject { ["type"] = "array", ["items"] = Type("string") }),
            ValueShape.IntList => new JsonObject { ["type"] = "array", ["items"] = Type("integer") },
            ValueShape.ScalarMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = Type("string", "integer", "number", "boolean", "null") },
            ValueShape.Node => Ref(k.NodeKind),
            ValueShape.OptionalNode => AnyOf(Ref(k.NodeKind), Type("null")),
            ValueShape.NodeMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = AnyOf(Ref(k.NodeKind), Type("null")) },
            ValueShape.NameOrNode => AnyOf(Type("string"), Ref(k.NodeKind)),
            _ => throw new InvalidOperationException($"no JSON Schema for {k.Shape}"),
        };
        var o = schema.AsObject();
        // A description next to $ref is valid in 2020-12 and is what editors show on hover.
        o["description"] = k.Description;
        return o;
    }
}
