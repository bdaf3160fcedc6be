using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bindgen.Model;

/// <summary>The one JSON form of the C model and the IR: stable key order (declaration order), snake_case, nulls and defaults left out.</summary>
public static class ModelJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        IndentSize = 2,
        NewLine = "\n",
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";
}
